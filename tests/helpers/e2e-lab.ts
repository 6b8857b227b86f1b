// One real lab and one Chromium page for an e2e test file: checks that what the file needs exists
// (the build, shared data), starts the classroom server on a fresh data directory and a browser page
// that records page errors, and tears both down afterwards. Screenshots go to $AIRI_E2E_SCREENSHOTS,
// or a temporary folder that is printed at the end.
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { CHROMIUM, CHROMIUM_ARGS } from './chromium';
import { ROOT, SERVE, startLabServer, stopLabServer, type LabServer } from './lab-server';

export interface E2eLab {
  /** The lab's address, e.g. http://127.0.0.1:PORT/. */
  readonly url: string;
  readonly page: Page;
  readonly browser: Browser;
  readonly server: LabServer;
  /** The lab's data directory (AIRI_LAB_HOME). */
  readonly home: string;
  readonly shots: string;
  /** Uncaught errors of the page's scripts. */
  readonly pageErrors: string[];
  /** Stops the server and starts it again on the same data directory (its url changes). */
  restartServer(): Promise<void>;
}

export interface E2eLabOptions {
  /** Built workers or shared data files the tests need, beside dist/node/serve.mjs and the renderer. */
  requires?: string[];
  viewport?: { width: number; height: number };
  /** Run on the fresh data directory before the server starts (seed runs, import weights...). */
  prepare?: (home: string) => void | Promise<void>;
  /** Extra environment for the server (e.g. AIRI_LAB_MAX_TRAININGS). */
  serverEnv?: Record<string, string>;
  /** The page's browser context: downloads, a fixed locale. */
  context?: { acceptDownloads?: boolean; locale?: string };
  /** How long starting everything may take (prepare included); 60 s by default. */
  startTimeoutMs?: number;
}

/** Registers beforeAll/afterAll hooks; the returned object's page and url are ready inside tests. */
export function useE2eLab(name: string, options: E2eLabOptions = {}): E2eLab {
  const home = mkdtempSync(join(tmpdir(), `airi-lab-e2e-${name}-`));
  const shots = process.env.AIRI_E2E_SCREENSHOTS ?? mkdtempSync(join(tmpdir(), 'airi-lab-e2e-shots-'));
  const pageErrors: string[] = [];
  let server: LabServer | null = null;
  let browser: Browser | null = null;
  let page: Page | null = null;
  const ready = <T>(value: T | null, what: string): T => {
    if (value === null) throw new Error(`the e2e lab's ${what} is not started (used outside a test?)`);
    return value;
  };

  beforeAll(async () => {
    for (const file of [SERVE, join(ROOT, 'dist/renderer/index.html'), ...(options.requires ?? [])]) {
      if (!existsSync(file)) throw new Error(`${file} is missing: run \`npm run build\` (and keep ../shared beside the project) before the e2e tests`);
    }
    if (!existsSync(CHROMIUM)) throw new Error(`no Chromium at ${CHROMIUM}; set CHROMIUM_PATH`);
    mkdirSync(shots, { recursive: true });
    await options.prepare?.(home);
    server = await startLabServer(home, options.serverEnv);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: [...CHROMIUM_ARGS] });
    const context = await browser.newContext({ viewport: options.viewport ?? { width: 1280, height: 900 }, ...options.context });
    page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
  }, options.startTimeoutMs ?? 60_000);

  afterAll(async () => {
    await browser?.close().catch(() => {});
    await stopLabServer(server);
    rmSync(home, { recursive: true, force: true });
    if (!process.env.AIRI_E2E_SCREENSHOTS) console.log(`e2e screenshots: ${shots}`);
  });

  return {
    get url() {
      return ready(server, 'server').url;
    },
    get page() {
      return ready(page, 'page');
    },
    get browser() {
      return ready(browser, 'browser');
    },
    get server() {
      return ready(server, 'server');
    },
    home,
    shots,
    pageErrors,
    async restartServer() {
      await stopLabServer(server);
      server = null;
      server = await startLabServer(home, options.serverEnv);
    },
  };
}
