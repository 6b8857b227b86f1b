// End to end, a fresh install's first language: nobody has chosen one yet, so the page opens in the
// browser's language (Chromium's --lang, or a context's locale as Playwright sets it): Portuguese for
// a pt-BR browser, English for an en one. Needs `npm run build` first.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM, CHROMIUM_ARGS } from '../helpers/chromium';
import { SERVE, startLabServer, stopLabServer, type LabServer } from '../helpers/lab-server';

const withLang = (lang: string) => [...CHROMIUM_ARGS.filter((arg) => !arg.startsWith('--lang=') && !arg.startsWith('--accept-lang=')), `--lang=${lang}`, `--accept-lang=${lang}`];

describe('a fresh install opens in the browser\'s language', () => {
  const home = mkdtempSync(join(tmpdir(), 'airi-lab-e2e-lang-'));
  let server: LabServer | null = null;
  const browsers: Browser[] = [];

  beforeAll(async () => {
    if (!existsSync(SERVE)) throw new Error('run `npm run build` before the e2e tests');
    server = await startLabServer(home);
  }, 60_000);
  afterAll(async () => {
    for (const browser of browsers) await browser.close();
    await stopLabServer(server);
    rmSync(home, { recursive: true, force: true });
  });

  async function launch(lang: string): Promise<Browser> {
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: withLang(lang) });
    browsers.push(browser);
    return browser;
  }

  /** The page once it applied the lab's settings, with its sidebar's first link and <html lang>. */
  async function opened(page: Page) {
    await page.goto(server!.url);
    await page.locator('html[data-settings=loaded]').waitFor({ state: 'attached' });
    return { nav: await page.locator('[data-testid=nav-lessons]').innerText(), lang: await page.getAttribute('html', 'lang') };
  }

  it('a pt-BR browser opens in Portuguese and an en-US one in English (--lang)', async () => {
    const portuguese = await (await launch('pt-BR')).newPage();
    expect(await opened(portuguese)).toEqual({ nav: 'Aulas', lang: 'pt-BR' });
    const english = await (await launch('en-US')).newPage();
    expect(await opened(english)).toEqual({ nav: 'Lessons', lang: 'en' });
  }, 60_000);

  it('follows a context\'s locale the same way', async () => {
    const browser = browsers[0] ?? (await launch('pt-BR'));
    const en = await (await browser.newContext({ locale: 'en-GB' })).newPage();
    expect(await opened(en)).toEqual({ nav: 'Lessons', lang: 'en' });
    const pt = await (await browser.newContext({ locale: 'pt-BR' })).newPage();
    expect(await opened(pt)).toEqual({ nav: 'Aulas', lang: 'pt-BR' });
  }, 60_000);
});
