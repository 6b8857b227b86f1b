// End to end, lessons 5 and 6 in the real UI: the classroom server on a fresh data directory, driven
// by headless Chromium. Imports a small balanced slice of the shared CIFAR-10, trains DemoConvNet for
// two epochs and checks the first-layer filters, the feature maps, Grad-CAM overlays (drawn, not blank,
// different from the image), the three methods compared, the confusion matrix and a cell's gallery,
// the film strip, a dropped cat photo and a file that is not a photo; then trains BetterConvNet for
// one epoch and checks its Grad-CAM at its three blocks. Needs `npm run build` and ../shared (a missing
// dataset or photo fails the test).
import { writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { useE2eLab } from '../helpers/e2e-lab';
import { trainToCompletion } from '../helpers/e2e-training';
import { canvasDifference, canvasStats } from '../helpers/canvas-pixels';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const SHARED_CIFAR = resolve(ROOT, '..', 'shared', 'datasets', 'cifar10-jpg.tar.gz');
const CAT = resolve(ROOT, '..', 'shared', 'datasets', 'oxford-pets-cats', 'Bengal', 'Bengal_107.jpg');
const PER_CLASS = 50;

describe('lessons 5 and 6 end to end', () => {
  const lab = useE2eLab('conv', { requires: [join(ROOT, 'dist/node/insights-worker.mjs'), SHARED_CIFAR, CAT] });
  const { home, shots, pageErrors } = lab;
  let page: Page;

  /** A tall window's view from `testid` down: the lesson's pictures, as the README shows them. */
  async function shot(name: string, testid: string): Promise<void> {
    await page.setViewportSize({ width: 1280, height: 1500 });
    await page.locator(`[data-testid=${testid}]`).evaluate((element) => element.scrollIntoView({ block: 'start' }));
    await page.waitForTimeout(300);
    await page.screenshot({ path: join(shots, `${name}.png`) });
    await page.setViewportSize({ width: 1280, height: 900 });
  }

  const train = (epochs: number) => trainToCompletion(page, { epochs }, 240_000);

  /** A canvas with a picture on it: many colours, most pixels unlike the first. */
  async function expectDrawn(selector: string, minColours = 20): Promise<void> {
    const canvas = page.locator(selector).first();
    await canvas.waitFor({ timeout: 60_000 });
    await expect.poll(async () => (await canvasStats(canvas)).colours, { timeout: 30_000 }).toBeGreaterThan(minColours);
  }

  beforeAll(() => {
    page = lab.page;
  });

  it('imports a balanced slice and trains lesson 5: filters, feature maps and Grad-CAM on screen', async () => {
    await page.goto(`${lab.url}#/lesson/convnet`);
    const panel = page.locator('[data-testid=dataset-panel]');
    await panel.waitFor();
    await page.locator('[data-testid=dataset-path]').fill(SHARED_CIFAR);
    await page.locator('[data-testid=dataset-limit]').fill(String(PER_CLASS));
    await page.locator('[data-testid=dataset-import]').click();
    await expect.poll(() => panel.getAttribute('data-imported'), { timeout: 120_000 }).toBe('yes');
    await train(2);

    await expectDrawn('[data-testid=filter-grid]');
    expect(await page.locator('[data-testid=filter-grid]').getAttribute('data-count')).toBe('16');
    await expectDrawn('[data-testid=feature-map-grid]');
    expect(await page.locator('[data-testid=feature-map-grid]').getAttribute('data-count')).toBe('16');
    // Convolution 1 gives 28×28 maps, convolution 2 24×24 ones.
    await expect.poll(() => page.locator('[data-testid=feature-layer-name]').innerText()).toContain('16 × 28×28');
    // The tabs are drawn again when a picture arrives; a click that lands during that is repeated.
    await expect.poll(async () => {
      await page.locator('[data-testid=feature-layer-1]').click();
      await page.waitForTimeout(1500);
      return page.locator('[data-testid=feature-layer-name]').innerText();
    }, { timeout: 60_000 }).toContain('16 × 24×24');
    await expectDrawn('[data-testid=feature-map-grid]');

    await expectDrawn('[data-testid=cam-strip-overlay-0]');
    const image = page.locator('[data-testid=cam-strip-image]');
    const overlay = page.locator('[data-testid=cam-strip-overlay-1]');
    expect(await canvasDifference(image, overlay)).toBeGreaterThan(0.3); // the heat is drawn over the image
    expect(await page.locator('[data-testid=top-classes] button').count()).toBe(3);
    // The numbers behind the map: the class score and 16 channel weights.
    await page.locator('[data-testid=cam-numbers-1] summary').click();
    expect(await page.locator('[data-testid=cam-numbers-1] .weights li').count()).toBe(16);
    // The blend: at 0 the overlay is the image itself.
    await page.locator('[data-testid=cam-blend]').fill('0');
    await expect.poll(() => canvasDifference(image, overlay)).toBeLessThan(0.01);
    await page.locator('[data-testid=cam-blend]').fill('0.5');
    await page.locator('[data-testid=cam-compare]').click();
    for (const m of [0, 1, 2]) await expectDrawn(`[data-testid=cam-compare-${m}-overlay-0]`);
  });

  it('shows the confusion matrix, a cell\'s gallery, the film strip, and explains a gallery image', async () => {
    const cells = page.locator('[data-testid^=confusion-cell-]');
    await expect.poll(() => cells.count(), { timeout: 60_000 }).toBe(100);
    const counts = (await cells.allInnerTexts()).map(Number);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(PER_CLASS * 10);
    const off = counts.findIndex((c, i) => c > 0 && Math.floor(i / 10) !== i % 10);
    await cells.nth(off).click();
    await expectDrawn('[data-testid=gallery-grid]');
    expect(Number(await page.locator('[data-testid=gallery-grid]').getAttribute('data-count'))).toBe(Math.min(24, counts[off]));
    expect(await page.locator('[data-testid=per-class-table] tbody tr').count()).toBe(10);
    await expectDrawn('[data-testid=film-0-1]');
    await page.locator('[data-testid=gallery-explain-0]').click();
    const index = await page.locator('[data-testid=test-image-index]').inputValue();
    expect(Number(index)).toBeGreaterThanOrEqual(0);
    await expectDrawn('[data-testid=cam-strip-overlay-0]');
    await shot('lesson-convnet', 'feature-maps-panel');
  });

  it('explains a dropped cat photo, and refuses a file that is not a photo', async () => {
    const input = page.locator('[data-testid=conv-photo-drop-input]');
    const notPhoto = join(home, 'notes.jpg');
    writeFileSync(notPhoto, 'these are lecture notes, not a photo');
    await input.setInputFiles(notPhoto);
    await page.locator('[data-testid=cam-error]').waitFor({ timeout: 30_000 });
    expect(await page.locator('[data-testid=cam-error]').innerText()).toContain('notes.jpg');
    await input.setInputFiles(CAT);
    await page.locator('[data-testid=cam-error]').waitFor({ state: 'detached', timeout: 30_000 });
    await expectDrawn('[data-testid=cam-strip-overlay-1]');
    expect(await page.locator('[data-testid=image-picker] figure img').count()).toBe(1);
  });

  it('trains lesson 6 for one epoch and shows Grad-CAM at its three blocks', async () => {
    await page.goto(`${lab.url}#/lesson/cnn`);
    await page.locator('[data-testid=dataset-panel][data-imported=yes]').waitFor();
    await train(1);
    await expectDrawn('[data-testid=filter-grid]');
    expect(await page.locator('[data-testid=filter-grid]').getAttribute('data-count')).toBe('32');
    for (const b of [0, 1, 2]) await expectDrawn(`[data-testid=cam-strip-overlay-${b}]`);
    await page.locator('[data-testid=cam-class]').selectOption('3');
    await expect.poll(() => page.locator('[data-testid=cam-class]').inputValue()).toBe('3');
    await expectDrawn('[data-testid=cam-strip-overlay-2]');
    await shot('lesson-cnn', 'cam-panel');
    expect(pageErrors).toEqual([]);
  });
});
