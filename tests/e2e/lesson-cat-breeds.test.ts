// End to end, lesson 8's fast mode in the real UI (the built renderer, the real server, ONNX Runtime
// on its worker) in headless Chromium: import the shared MobileNetV2 on the Models screen, open lesson
// 8, read the shared cats folder (split table), train, see validation and test accuracy above chance
// (1/12) with per-breed bars and the confusion matrix, drop a cat photo and see five bars and the
// Grad-CAM grids drawn, export the run as ONNX; then open the lesson again and the run's page and find
// the finished run there, still classifying dropped photos.
// Needs `npm run build` first. AIRI_E2E_SCREENSHOTS=docs/screenshots keeps the screenshot.
import { statSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { useE2eLab } from '../helpers/e2e-lab';
import { importEfficientNetStandIn } from '../helpers/efficientnet-weights';
import { ROOT } from '../helpers/lab-server';
import { SHARED_MODEL, catPhoto } from '../helpers/onnx-fixtures';

/** The shared cats as a student types the path: relative to the repository root. */
const CATS_TYPED = '../shared/datasets/oxford-pets-cats';
const percentOf = (text: string) => Number(text.replace('%', '').replace(',', '.')) / 100;

describe('lesson 8 (cat breeds, fast mode) end to end', () => {
  const lab = useE2eLab('cats', {
    requires: [join(ROOT, 'dist/node/transfer-head-worker.mjs')],
    viewport: { width: 1360, height: 900 },
    context: { acceptDownloads: true },
    // A random-weight torchvision EfficientNet-B0 stand-in in the weights library: the full mode's choices.
    prepare: (home) => {
      importEfficientNetStandIn(home);
    },
  });
  let page: Page;

  beforeAll(() => {
    page = lab.page;
  });

  it('imports the model, reads the folder, trains above chance and names a dropped cat', { timeout: 240_000 }, async () => {
    await page.goto(`${lab.url}#/models`);
    await page.locator('[data-testid=model-import-input]').setInputFiles(SHARED_MODEL);
    await page.locator('[data-testid=model-card]').waitFor({ timeout: 60_000 });

    await page.goto(`${lab.url}#/lesson/cat-breeds`);
    await expect.poll(() => page.locator('[data-testid=transfer-model] option').count(), { timeout: 20_000 }).toBe(1);
    await page.locator('[data-testid=transfer-folder]').fill(CATS_TYPED);
    await page.locator('[data-testid=transfer-scan]').click();
    const split = page.locator('[data-testid=split-table] tbody tr');
    await expect.poll(() => split.count(), { timeout: 20_000 }).toBe(12);
    expect(await split.first().innerText()).toMatch(/5\s+1\s+1/);

    const started = performance.now();
    await page.locator('[data-testid=transfer-train]').click();
    await page.locator('[data-testid=transfer-progress]').waitFor({ timeout: 20_000 });
    await page.locator('[data-testid=transfer-results]').waitFor({ timeout: 180_000 });
    const seconds = (performance.now() - started) / 1000;
    const validation = percentOf(await page.locator('[data-testid=validation-accuracy]').innerText());
    const test = percentOf(await page.locator('[data-testid=test-accuracy]').innerText());
    console.log(`lesson 8 in the app: validation ${validation}, test ${test}, Train → results ${seconds.toFixed(1)} s`);
    expect(validation).toBeGreaterThan(2 / 12);
    expect(test).toBeGreaterThan(2 / 12);
    expect(await page.locator('[data-testid=per-class-bars] .track').count()).toBe(12);
    expect(await page.locator('[data-testid=confusion-matrix] tr').count()).toBe(12);

    await page.locator('[data-testid=transfer-drop-input]').setInputFiles(catPhoto('Siamese'));
    const bars = page.locator('[data-testid=transfer-top5] .track span');
    await expect.poll(() => bars.count(), { timeout: 60_000 }).toBe(5);
    const widest = await bars.first().evaluate((el) => el.getBoundingClientRect().width);
    expect(widest).toBeGreaterThan(5);

    // Grad-CAM for the top two at nine stages: 18 canvases, each drawn (not one flat colour).
    const cells = page.locator('[data-testid=cam-grid] [data-testid=cam-cell]');
    await expect.poll(() => cells.count(), { timeout: 120_000 }).toBe(18);
    const distinct = await cells.evaluateAll((canvases) => canvases.map((c) => {
      const canvas = c as HTMLCanvasElement;
      const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
      const colours = new Set<number>();
      for (let i = 0; i < data.length; i += 4 * 97) colours.add((data[i] << 16) | (data[i + 1] << 8) | data[i + 2]);
      return colours.size;
    }));
    for (const n of distinct) expect(n).toBeGreaterThan(20);
    expect(lab.pageErrors).toEqual([]);
    await page.locator('[data-testid=cam-grids]').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(lab.shots, 'lesson-cat-breeds.png'), fullPage: true });
    await page.locator('[data-testid=cam-grids]').screenshot({ path: join(lab.shots, 'lesson-cat-breeds-gradcam.png') });

    // "Export ONNX" gives the one-file classifier.
    const download = page.waitForEvent('download', { timeout: 60_000 });
    await page.locator('[data-testid=transfer-export-onnx]').click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^cat-breeds-.*\.onnx$/);
    expect(statSync((await file.path())!).size).toBeGreaterThan(1_000_000);
  });

  it('shows the finished run again when the lesson is opened later, and on the run\'s page', { timeout: 120_000 }, async () => {
    await page.goto(`${lab.url}#/`);
    await page.goto(`${lab.url}#/lesson/cat-breeds`);
    await page.locator('[data-testid=transfer-results]').waitFor({ timeout: 20_000 });
    expect(await page.locator('[data-testid=run-split-table] tbody tr').count()).toBe(12);
    expect(await page.locator('[data-testid=confusion-matrix] tr').count()).toBe(12);
    expect(await page.locator('[data-testid=transfer-backbone-used]').innerText()).toMatch(/mobilenet/i);
    const runId = await page.locator('[data-testid=transfer-run]').getAttribute('data-run-id');
    // The reloaded run still classifies a dropped photo with its own head.
    await page.locator('[data-testid=transfer-drop-input]').setInputFiles(catPhoto('Bengal'));
    await expect.poll(() => page.locator('[data-testid=transfer-top5] .track span').count(), { timeout: 60_000 }).toBe(5);

    // The full fine-tuning's choices: the imported EfficientNet-B0 and which layers learn.
    await page.locator('[data-testid=transfer-mode-full]').check();
    expect(await page.locator('[data-testid=transfer-weights] option').allInnerTexts()).toEqual(['EfficientNet-B0 (random stand-in)']);
    expect(await page.locator('[data-testid=transfer-train-from] option').count()).toBe(2);
    expect(await page.locator('[data-testid=transfer-epochs]').inputValue()).toBe('8');
    await page.locator('section.card', { has: page.locator('[data-testid=transfer-mode-full]') }).screenshot({ path: join(lab.shots, 'lesson-cat-breeds-full-mode.png') });

    await page.goto(`${lab.url}#/runs/${runId}`);
    await page.locator('[data-testid=transfer-results]').waitFor({ timeout: 20_000 });
    expect(await page.locator('[data-testid=per-class-bars] .track').count()).toBe(12);
    expect(await page.locator('[data-testid=transfer-export-onnx]').count()).toBe(1);
    expect(lab.pageErrors).toEqual([]);
  });
});
