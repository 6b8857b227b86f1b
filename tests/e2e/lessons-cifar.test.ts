// End to end, lessons 2 and 3 in the real UI: the classroom server on a fresh data directory, driven
// by headless Chromium from this computer (so it may name paths). Imports a small balanced slice of
// the shared CIFAR-10 from the lesson's dataset panel, trains the softmax classifier and checks its
// curves, class templates (live and final, drawn and not blank), film strip, results grid and the
// one-image experiment; then trains the two-layer net and checks its neuron grid. Needs `npm run build`
// and ../shared/datasets/cifar10-jpg.tar.gz (a missing one fails the test).
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { useE2eLab } from '../helpers/e2e-lab';
import { canvasDifference, canvasStats } from '../helpers/canvas-pixels';
import { trainToCompletion } from '../helpers/e2e-training';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const SHARED_CIFAR = resolve(ROOT, '..', 'shared', 'datasets', 'cifar10-jpg.tar.gz');
const PER_CLASS = 60;

describe('lessons 2 and 3 end to end', () => {
  const lab = useE2eLab('cifar', { requires: [join(ROOT, 'dist/node/insights-worker.mjs'), SHARED_CIFAR] });
  const { home, shots, pageErrors } = lab;
  let page: Page;

  const shot = (name: string) => page.screenshot({ path: join(shots, `${name}.png`), fullPage: true });
  const train = (epochs: number) => trainToCompletion(page, { epochs }, 240_000);

  beforeAll(() => {
    page = lab.page;
  });

  it('imports a balanced slice of CIFAR-10 from the lesson screen, with progress', async () => {
    await page.goto(`${lab.url}#/lesson/softmax`);
    const panel = page.locator('[data-testid=dataset-panel]');
    await panel.waitFor();
    await expect.poll(() => panel.getAttribute('data-imported')).toBe('no');
    expect(await page.locator('[data-testid=train-button]').isDisabled()).toBe(true);
    // A path that does not exist: a clear error, nothing imported.
    await page.locator('[data-testid=dataset-path]').fill(join(home, 'nothing-here.tar.gz'));
    await page.locator('[data-testid=dataset-import]').click();
    await page.locator('[data-testid=import-error]').waitFor();
    expect(await page.locator('[data-testid=import-error]').innerText()).toContain('nothing-here.tar.gz');

    await page.locator('[data-testid=dataset-path]').fill(SHARED_CIFAR);
    await page.locator('[data-testid=dataset-limit]').fill(String(PER_CLASS));
    await page.locator('[data-testid=dataset-import]').click();
    await page.locator('[data-testid=import-progress]').waitFor({ timeout: 10_000 });
    await expect.poll(() => panel.getAttribute('data-imported'), { timeout: 120_000 }).toBe('yes');
    const current = await page.locator('[data-testid=dataset-current]').innerText();
    expect(current).toContain(String(PER_CLASS * 10));
    expect(await page.locator('[data-testid=import-error]').count()).toBe(0);
  });

  it('trains lesson 2: curves, final class templates, film strip and results grid', async () => {
    await train(3);
    const loss = page.locator('[data-testid=cifar-loss-chart]');
    expect(Number(await loss.getAttribute('data-points'))).toBeGreaterThan(2);
    await expect.poll(async () => Number(await page.locator('[data-testid=cifar-accuracy-chart]').getAttribute('data-points'))).toBe(3);

    const accuracy = page.locator('[data-testid=test-accuracy]');
    await accuracy.waitFor();
    const value = Number(await accuracy.getAttribute('data-value'));
    // 600 training images and 3 epochs: well above chance (0.1), far from lesson 2's full 0.40.
    expect(value).toBeGreaterThan(0.15);
    expect(value).toBeLessThan(0.6);

    const templates = page.locator('[data-testid=class-templates] canvas');
    await expect.poll(() => templates.count(), { timeout: 30_000 }).toBe(10);
    for (let i = 0; i < 10; i++) {
      const stats = await canvasStats(templates.nth(i));
      expect(stats.width).toBe(96);
      expect(stats.colours).toBeGreaterThan(50);
    }
    // Different classes learned different templates.
    expect(await canvasDifference(templates.nth(0), templates.nth(6))).toBeGreaterThan(0.5);

    const film = page.locator('[data-testid=template-film]');
    await film.waitFor({ timeout: 30_000 });
    expect(await film.getAttribute('data-frames')).toBe('3');
    const frames = film.locator('canvas');
    expect((await canvasStats(frames.first())).varied).toBeGreaterThan(1000);
    expect(await canvasDifference(frames.first(), frames.last())).toBeGreaterThan(0.05);

    const grid = page.locator('[data-testid=test-predictions] figure');
    await expect.poll(() => grid.count(), { timeout: 30_000 }).toBe(40);
    expect((await canvasStats(grid.first().locator('canvas'))).colours).toBeGreaterThan(50);
    const wrong = await page.locator('[data-testid=test-predictions] figure[data-marked=yes]').count();
    expect(wrong).toBeGreaterThan(0);
    expect(wrong).toBeLessThan(40);
    expect(await page.locator('[data-testid=per-class-bars] .row').count()).toBe(10);
    await shot('lesson-softmax-e2e');
  });

  it('runs the one-image experiment: ascent and descent change the class template', async () => {
    await page.locator('[data-testid=one-image-index]').fill('7');
    await page.locator('[data-testid=one-image-run]').click();
    const result = page.locator('[data-testid=one-image-result]');
    await result.waitFor({ timeout: 30_000 });
    const canvases = result.locator('canvas');
    expect(await canvases.count()).toBe(4);
    const [image, start, ascent, descent] = [0, 1, 2, 3].map((i) => canvases.nth(i));
    expect((await canvasStats(image)).colours).toBeGreaterThan(50);
    expect(await canvasDifference(start, ascent)).toBeGreaterThan(0.5);
    expect(await canvasDifference(ascent, descent)).toBeGreaterThan(0.5);
    // Descent makes the model sure of the image's class; ascent makes it sure of another.
    const texts = await result.locator('figcaption .caption').allInnerTexts();
    const [className] = texts;
    expect(texts[3]).toContain(className);
    await result.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(shots, 'lesson-softmax-one-image.png') });
  });

  it('shows the finished run again when the lesson is reopened', async () => {
    await page.goto(`${lab.url}#/`);
    await page.goto(`${lab.url}#/lesson/softmax`);
    await page.reload();
    const templates = page.locator('[data-testid=class-templates] canvas');
    await expect.poll(() => templates.count(), { timeout: 30_000 }).toBe(10);
    expect((await canvasStats(templates.first())).colours).toBeGreaterThan(50);
    await page.locator('[data-testid=test-accuracy]').waitFor();
    // And on the run's own page, from the Runs screen.
    const runId = await page.locator('[data-testid=cifar-results]').getAttribute('data-run');
    expect(runId).toBeTruthy();
    await page.goto(`${lab.url}#/runs/${runId}`);
    const onRunPage = page.locator('[data-testid=class-templates] canvas');
    await expect.poll(() => onRunPage.count(), { timeout: 30_000 }).toBe(10);
    expect((await canvasStats(onRunPage.nth(3))).colours).toBeGreaterThan(50);
    await page.locator('[data-testid=template-film]').waitFor();
  });

  it('trains lesson 3 with 30 hidden neurons: curves and the neuron grid', async () => {
    await page.goto(`${lab.url}#/lesson/two-layer`);
    await page.locator('[data-testid=dataset-panel][data-imported=yes]').waitFor();
    await page.locator('[data-testid=hp-hiddenSize]').fill('30');
    await train(2);
    await expect.poll(async () => Number(await page.locator('[data-testid=cifar-accuracy-chart]').getAttribute('data-points'))).toBe(2);
    const grid = page.locator('[data-testid=neuron-grid]');
    await expect.poll(() => grid.getAttribute('data-tiles'), { timeout: 30_000 }).toBe('30');
    const stats = await canvasStats(grid);
    expect(stats.colours).toBeGreaterThan(200);
    expect(stats.varied).toBeGreaterThan(stats.width * stats.height * 0.3);
    // By default what the neurons learned; the raw weights on demand, and they differ.
    expect(await page.locator('[data-testid=neuron-variant]').innerText()).toBe('learned');
    const learned = await grid.evaluate((c) => (c as HTMLCanvasElement).toDataURL());
    await page.locator('[data-testid=neurons-weights]').check();
    await expect.poll(() => page.locator('[data-testid=neuron-variant]').innerText(), { timeout: 30_000 }).toBe('weights');
    expect(await grid.evaluate((c) => (c as HTMLCanvasElement).toDataURL())).not.toBe(learned);
    await page.locator('[data-testid=neurons-learned]').check();
    await expect.poll(() => page.locator('[data-testid=neuron-variant]').innerText(), { timeout: 30_000 }).toBe('learned');
    const value = Number(await page.locator('[data-testid=test-accuracy]').getAttribute('data-value'));
    expect(value).toBeGreaterThan(0.15);
    await shot('lesson-two-layer-e2e');
    expect(pageErrors).toEqual([]);
  });
});
