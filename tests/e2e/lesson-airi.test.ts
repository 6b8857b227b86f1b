// End to end, lesson 4 in the real UI (built renderer, real classroom server, headless Chromium): the
// optimizer race on surfaces is drawn and animated by airi running in the page's Web Worker, a click
// moves the start, a bad learning rate is refused in the learner's language, and the live gradient
// check reports relative errors below the engine's tolerance. Screenshots go to docs/screenshots/.
// Needs `npm run build` first.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { useE2eLab } from '../helpers/e2e-lab';
import { ROOT } from '../helpers/lab-server';

const SCREENSHOTS = join(ROOT, 'docs/screenshots');

/** The race canvas as a data URL, and how many of its pixels differ from the first pixel. */
async function canvasState(page: Page): Promise<{ url: string; varied: number; blankUrl: string }> {
  return page.locator('[data-testid=surface-canvas]').evaluate((node) => {
    const canvas = node as HTMLCanvasElement;
    const ctx = canvas.getContext('2d')!;
    const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height);
    let varied = 0;
    for (let i = 4; i < data.length; i += 4) {
      if (data[i] !== data[0] || data[i + 1] !== data[1] || data[i + 2] !== data[2]) varied += 1;
    }
    const blank = document.createElement('canvas');
    blank.width = canvas.width;
    blank.height = canvas.height;
    return { url: canvas.toDataURL(), varied, blankUrl: blank.toDataURL() };
  });
}

const stepNow = async (page: Page) => Number(await page.locator('[data-testid=surface-canvas]').getAttribute('data-step'));
const finalValue = async (page: Page, id: string) => Number(await page.locator(`[data-testid=race-final-${id}]`).getAttribute('data-value'));

describe('lesson 4 (airi) end to end', () => {
  const lab = useE2eLab('airi', { viewport: { width: 1400, height: 900 } });
  const { pageErrors } = lab;
  let page: Page;

  beforeAll(() => {
    page = lab.page;
  });

  it('is ready on the home screen and opens', async () => {
    await page.goto(lab.url);
    const card = page.locator('[data-testid=lesson-card-airi]');
    await card.waitFor();
    expect(await card.getAttribute('data-status')).toBe('ready');
    await card.click();
    await page.locator('[data-testid=lesson-text]').waitFor();
    await page.locator('[data-testid=surface-race]').waitFor();
  });

  it('draws the surface and animates every optimizer\'s path', async () => {
    await page.locator('[data-testid=race-final-adam]').waitFor({ timeout: 30_000 });
    // The animation moves on by itself.
    const early = await stepNow(page);
    await expect.poll(() => stepNow(page), { timeout: 15_000 }).toBeGreaterThan(early);
    // Wait for its end, then compare the last frame with the first.
    const total = await page.locator('[data-testid=race-scrub]').getAttribute('max');
    await expect.poll(() => stepNow(page), { timeout: 20_000 }).toBe(Number(total));
    const end = await canvasState(page);
    expect(end.url).not.toBe(end.blankUrl);
    expect(end.varied).toBeGreaterThan(100_000);
    await page.locator('[data-testid=race-scrub]').fill('0');
    const start = await canvasState(page);
    expect(start.url).not.toBe(end.url);

    // Rosenbrock from (-1.5, 2.5), f = 6.5: Adam ends far below it, nobody diverged with the defaults.
    expect(await finalValue(page, 'adam')).toBeLessThan(0.5);
    for (const id of ['sgd', 'momentum', 'nesterov', 'adagrad', 'rmsprop', 'adam', 'adamw']) {
      expect(Number.isFinite(await finalValue(page, id)), id).toBe(true);
    }
    await page.locator('[data-testid=race-scrub]').fill(total!);
    await page.locator('[data-testid=surface-race]').scrollIntoViewIfNeeded();
    await page.locator('[data-testid=surface-race]').screenshot({ path: join(SCREENSHOTS, 'lesson-airi.png') });
  });

  it('moves the start where the learner clicks and runs the race again', async () => {
    const before = await finalValue(page, 'sgd');
    const canvas = page.locator('[data-testid=surface-canvas]');
    const box = (await canvas.boundingBox())!;
    // Rosenbrock's window is x in [-2, 2], y in [-1, 3]: the click at 80% across, 30% down is near (1.2, 1.8).
    await canvas.click({ position: { x: box.width * 0.8, y: box.height * 0.3 } });
    await expect.poll(() => finalValue(page, 'sgd'), { timeout: 15_000 }).not.toBe(before);
  });

  it('refuses a learning rate that is not a number, in the learner\'s language', async () => {
    const rate = page.locator('[data-testid=race-lr-sgd]');
    await rate.fill('abc');
    await rate.press('Tab');
    const alert = page.locator('[data-testid=surface-race] [role=alert]');
    await expect.poll(() => alert.innerText()).toMatch(/taxa de aprendizado|learning rate/i);
    expect(await page.locator('[data-testid=race-run]').isDisabled()).toBe(true);
    await rate.fill('0,001');
    await rate.press('Tab');
    await expect.poll(() => alert.count()).toBe(0);
    expect(await page.locator('[data-testid=race-run]').isDisabled()).toBe(false);
  });

  it('switches surface: the saddle keeps plain SGD near the ridge while Adam reaches a valley', async () => {
    await page.locator('[data-testid=race-surface]').selectOption('saddle');
    await expect.poll(() => finalValue(page, 'adam'), { timeout: 15_000 }).toBeLessThan(-0.24);
    expect(await finalValue(page, 'sgd')).toBeGreaterThan(-0.01);
  });

  it('shows the notebook\'s sign error: x += lr·dx climbs out of the bowl', async () => {
    await page.locator('[data-testid=race-surface]').selectOption('ill-conditioned');
    await page.locator('[data-testid=race-final-adam]').waitFor();
    await page.locator('[data-testid=race-enable-ascent]').check();
    const ascent = page.locator('[data-testid=race-final-ascent]');
    await ascent.waitFor({ timeout: 15_000 });
    expect(Number(await ascent.getAttribute('data-diverged'))).toBeGreaterThan(0);
    expect(await ascent.innerText()).toMatch(/fugiu|ran away/);
    // The descending SGD at the same rate reached the minimum.
    expect(await finalValue(page, 'sgd')).toBeLessThan(1e-3);
  });

  it('runs a live gradient check: every relative error is below 0.01', async () => {
    await page.locator('[data-testid=inside-airi]').scrollIntoViewIfNeeded();
    await page.locator('[data-testid=inside-layer-conv2d]').check({ force: true });
    const source = page.locator('[data-testid=source-view]').first();
    await expect.poll(() => source.getAttribute('data-path')).toBe('airi/nn/conv2d.ts');
    expect(await source.innerText()).toContain('backward(dout: Tensor): Tensor');
    expect(await source.locator('.hljs-keyword').count()).toBeGreaterThan(20);

    // A careless seed is refused before anything runs.
    const seed = page.locator('[data-testid=gradient-check] input[type=number]');
    await seed.fill('');
    await expect.poll(() => page.locator('[data-testid=gradient-check-run]').isDisabled()).toBe(true);
    expect(await page.locator('[data-testid=gradient-check] [role=alert]').innerText()).toMatch(/semente|seed/i);
    await seed.fill('3');
    await page.locator('[data-testid=gradient-check-run]').click();
    const errors = page.locator('[data-testid=gradient-check-error]');
    await expect.poll(() => errors.count(), { timeout: 30_000 }).toBe(3);
    const values = await errors.evaluateAll((cells) => cells.map((c) => Number(c.getAttribute('data-value'))));
    console.log(`Conv2d gradient check, max relative errors (input, weight, bias): ${values.join(', ')}`);
    for (const v of values) {
      expect(Number.isFinite(v)).toBe(true);
      expect(v).toBeLessThan(1e-2);
    }
    expect(await page.locator('[data-testid=gradient-check-layer]').innerText()).toContain('Conv2d');
    await page.locator('[data-testid=inside-airi]').screenshot({ path: join(SCREENSHOTS, 'lesson-airi-inside.png') });
    expect(pageErrors).toEqual([]);
  });
});
