// Every main screen usable from a 360 px phone to a 1920 px monitor: no horizontal scrolling of the
// page, the navigation reachable, and wide screens used rather than left 40% empty. Takes screenshots
// at 360, 1280 and 1920 px (docs/screenshots/responsive-*.png) to look at.
import { spawn, type ChildProcessByStdio } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import type { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM, CHROMIUM_ARGS } from '../helpers/chromium';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const SERVE = join(ROOT, 'dist/node/serve.mjs');
const SHOTS = join(ROOT, 'docs', 'screenshots');
const SCREENS = [
  { name: 'home', hash: '#/', ready: '[data-testid=lesson-card-sine]' },
  { name: 'lesson-sine', hash: '#/lesson/sine', ready: '[data-testid=lesson-text]' },
  { name: 'runs', hash: '#/runs', ready: 'main h1' },
  { name: 'settings', hash: '#/settings', ready: '[data-testid=language-switch]' },
];
const WIDTHS = [360, 768, 1280, 1920];

describe('responsive layout', () => {
  const home = mkdtempSync(join(tmpdir(), 'airi-lab-responsive-'));
  let server: ChildProcessByStdio<null, Readable, Readable> | null = null;
  let url = '';
  let browser: Browser | null = null;

  beforeAll(async () => {
    if (!existsSync(SERVE) || !existsSync(join(ROOT, 'dist/renderer/index.html'))) throw new Error('dist/ is missing: run `npm run build` first');
    if (!existsSync(CHROMIUM)) throw new Error(`no Chromium at ${CHROMIUM}; set CHROMIUM_PATH`);
    mkdirSync(SHOTS, { recursive: true });
    const child = spawn(process.execPath, [SERVE, '--port', '0'], { cwd: ROOT, env: { ...process.env, AIRI_LAB_HOME: home }, stdio: ['ignore', 'pipe', 'pipe'] });
    server = child;
    url = await new Promise<string>((done, fail) => {
      let output = '';
      const timer = setTimeout(() => fail(new Error(`no URL within 30 s:\n${output}`)), 30_000);
      child.stdout.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        const match = /http:\/\/127\.0\.0\.1:\d+\//.exec(output);
        if (match) {
          clearTimeout(timer);
          done(match[0]);
        }
      });
      child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    });
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  });

  afterAll(async () => {
    await browser?.close().catch(() => {});
    if (server && server.exitCode === null) {
      const exited = new Promise((done) => server!.once('exit', done));
      server.kill('SIGTERM');
      await exited;
    }
    rmSync(home, { recursive: true, force: true });
  });

  for (const width of WIDTHS) {
    it(`fits ${width} px without sideways scrolling`, async () => {
      const page = await browser!.newPage({ viewport: { width, height: 800 } });
      for (const screen of SCREENS) {
        await page.goto(`${url}${screen.hash}`);
        await page.locator(screen.ready).first().waitFor();
        await page.waitForTimeout(150);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        // Names the elements that stick out, so a failure says where to look.
        const culprits = overflow > 0 ? await page.evaluate(() => [...document.querySelectorAll('main *')]
          .filter((e) => e.getBoundingClientRect().right > window.innerWidth + 1)
          .slice(-4)
          .map((e) => `${e.tagName.toLowerCase()}.${[...e.classList].join('.')} (${Math.round(e.getBoundingClientRect().width)} px)`)
          .join(', ')) : '';
        expect(overflow, `${screen.name} at ${width} px scrolls sideways by ${overflow} px: ${culprits}`).toBeLessThanOrEqual(0);
        // The navigation stays on screen and reachable.
        const nav = await page.locator('[data-testid=nav-runs]').boundingBox();
        expect(nav, `${screen.name} at ${width} px: no navigation`).not.toBeNull();
        expect(nav!.x + nav!.width).toBeLessThanOrEqual(width);
        if (width === 1920) {
          // Wide screens: the content uses most of the width next to the navigation.
          const main = await page.locator('main').boundingBox();
          expect(main!.width / width, `${screen.name}: main is ${main!.width} px of ${width}`).toBeGreaterThan(0.75);
        }
        if ([360, 1280, 1920].includes(width) && (screen.name === 'home' || screen.name === 'lesson-sine')) {
          await page.screenshot({ path: join(SHOTS, `responsive-${screen.name}-${width}.png`) });
        }
      }
      await page.close();
    });
  }
});
