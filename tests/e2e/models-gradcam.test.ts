// End to end, Grad-CAM on the Models screen (the built renderer, the real server, ONNX Runtime and the
// gradient on the inference worker) in headless Chromium: import the shared MobileNetV2, drop a cat
// photo, open its heatmaps (the top two classes), add a third class by clicking it, switch to
// Eigen-CAM at a middle stage; every overlay canvas is drawn and not blank. Needs `npm run build`.
// AIRI_E2E_SCREENSHOTS=docs/screenshots keeps the screenshot (models-gradcam.png).
import { join } from 'node:path';
import type { Locator } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { dropPhoto } from '../helpers/e2e-drop';
import { useE2eLab } from '../helpers/e2e-lab';
import { SHARED_MODEL, catPhoto } from '../helpers/onnx-fixtures';

/** The spread of a canvas's pixel values: 0 for a blank (single-colour) canvas. */
const canvasSpread = (canvas: Locator) =>
  canvas.evaluate((el: HTMLCanvasElement) => {
    const data = el.getContext('2d')!.getImageData(0, 0, el.width, el.height).data;
    let min = 255;
    let max = 0;
    for (let i = 0; i < data.length; i += 4) {
      const v = data[i] + data[i + 1] + data[i + 2];
      min = Math.min(min, v / 3);
      max = Math.max(max, v / 3);
    }
    return { width: el.width, spread: max - min };
  });

describe('Grad-CAM on the Models screen end to end', () => {
  const lab = useE2eLab('gradcam', { requires: ['dist/node/inference-worker.mjs', SHARED_MODEL], viewport: { width: 1360, height: 900 } });

  it('draws Grad-CAM for the top two classes of a dropped cat, then a clicked class, then Eigen-CAM at a stage', async () => {
    const { page, pageErrors, shots } = lab;
    await page.goto(`${lab.url}#/models`);
    await page.locator('[data-testid=model-import-input]').setInputFiles(SHARED_MODEL);
    await page.locator('[data-testid=model-card]').waitFor({ timeout: 60_000 });
    await dropPhoto(page, catPhoto('Siamese'));
    await page.locator('[data-testid=top5]').waitFor({ timeout: 60_000 });

    await page.locator('[data-testid=cam-toggle]').click();
    const overlays = page.locator('[data-testid=cam-overlay]');
    await expect.poll(() => overlays.count(), { timeout: 60_000 }).toBe(2);
    for (let i = 0; i < 2; i++) {
      const { width, spread } = await canvasSpread(overlays.nth(i));
      expect(width).toBeGreaterThan(0);
      expect(spread).toBeGreaterThan(40);
    }
    // The default layer is the last convolution (7×7), its gradient read from the head's weights.
    expect(await page.locator('[data-testid=cam-layer]').inputValue()).toBe('627_quantized');
    await page.locator('[data-testid=cam-numbers] summary').first().click();
    expect(await page.locator('[data-testid=cam-numbers]').first().innerText()).toMatch(/1280 (channels|canais) × 7×7/);

    // A third class, clicked in the top five.
    await page.locator('[data-testid=cam-add-class]').nth(2).click();
    await expect.poll(() => overlays.count(), { timeout: 60_000 }).toBe(3);
    await expect.poll(() => page.locator('[data-testid=cam-explorer]').getAttribute('aria-busy'), { timeout: 60_000 }).toBe('false');
    await page.locator('[data-testid=cam-numbers]').first().evaluate((el: HTMLDetailsElement) => (el.open = false));
    await page.locator('[data-testid=photo-result]').first().screenshot({ path: join(shots, 'models-gradcam.png') });

    // Eigen-CAM at the 14×14 stage.
    await page.locator('[data-testid=cam-method]').selectOption('eigen-cam');
    await expect.poll(() => page.locator('[data-testid=cam-explorer]').getAttribute('aria-busy'), { timeout: 60_000 }).toBe('false');
    const stage = await page.locator('[data-testid=cam-layer] optgroup').first().locator('option').nth(3).getAttribute('value');
    await page.locator('[data-testid=cam-layer]').selectOption(stage!);
    await expect.poll(() => page.locator('[data-testid=cam-explorer]').getAttribute('aria-busy'), { timeout: 60_000 }).toBe('false');
    expect(await overlays.count()).toBe(3);
    expect((await canvasSpread(overlays.first())).spread).toBeGreaterThan(40);
    expect(await page.locator('[data-testid=cam-error]').count()).toBe(0);
    expect(pageErrors).toEqual([]);
  }, 240_000);
});
