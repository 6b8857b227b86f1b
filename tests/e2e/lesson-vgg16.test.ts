// End to end, lesson 7 in the real UI: the classroom server on a fresh data directory, driven by
// headless Chromium. Before anyone trains, the lesson shows VGG16's layer table computed by the lab
// (134,301,514 parameters with 10 classes, 138,357,544 with 1000, the first fully connected layer's
// 102,764,544 highlighted) and the time per epoch at 224×224 and at 32×32 measured on this computer;
// then it imports a small balanced slice of the shared CIFAR-10 and trains VGG-16-BN at 32×32 for one
// short epoch. Needs `npm run build` and ../shared/datasets/cifar10-jpg.tar.gz (a missing one fails).
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { useE2eLab } from '../helpers/e2e-lab';
import { trainToCompletion } from '../helpers/e2e-training';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const SHARED_CIFAR = resolve(ROOT, '..', 'shared', 'datasets', 'cifar10-jpg.tar.gz');
const PER_CLASS = 4;

/** "1,234,567" or "1.234.567" → 1234567. */
const digits = (text: string) => Number(text.replace(/[^0-9]/g, ''));

describe('lesson 7 (VGG16) end to end', () => {
  const lab = useE2eLab('vgg', { requires: [join(ROOT, 'dist/node/vgg-profile-worker.mjs'), SHARED_CIFAR] });
  const { shots, pageErrors } = lab;
  let page: Page;

  beforeAll(() => {
    page = lab.page;
  });

  it('shows the layer table and the measured time per epoch before anyone trains', async () => {
    await page.goto(`${lab.url}#/`);
    const card = page.locator('[data-testid=lesson-card-vgg16]');
    await card.waitFor();
    expect(await card.getAttribute('data-status')).toBe('ready');
    await page.goto(`${lab.url}#/lesson/vgg16`);
    await page.locator('[data-testid=vgg-measuring]').waitFor();
    const total = page.locator('[data-testid=vgg-total-parameters]');
    await total.waitFor({ timeout: 540_000 });
    expect(digits(await total.innerText())).toBe(134_301_514);
    expect(digits(await page.locator('[data-testid=vgg-fc1-note]').innerText())).toBeGreaterThan(0);
    expect(await page.locator('[data-testid=vgg-fc1-note]').innerText()).toMatch(/102[,.]764[,.]544/);
    // 15.47 G multiply-accumulates per image: Σ out·H·W·in·9 over the 13 convolutions plus the 3 linear layers' in·out.
    expect(digits(await page.locator('[data-testid=vgg-total-macs]').innerText())).toBe(15_466_209_280);
    expect(await page.locator('[data-testid=vgg-table] tbody tr').count()).toBe(40);

    await page.locator('[data-testid=vgg-classes-1000]').click();
    await expect.poll(async () => digits(await total.innerText())).toBe(138_357_544);
    expect(digits(await page.locator('[data-testid=vgg-total-macs]').innerText())).toBe(15_470_264_320);

    const at224 = await page.locator('[data-testid=vgg-epoch-224]').innerText();
    const at32 = await page.locator('[data-testid=vgg-epoch-32]').innerText();
    expect(at224).toMatch(/\d/);
    expect(at32).toMatch(/\d/);
    expect(at224).not.toBe(at32);
    // Durations as people read them: never "24 h" or "60 min" in place of the next unit.
    expect(`${at224}\n${at32}`).not.toMatch(/\b24 h|\b60 min/);
    expect(await page.locator('[data-testid=vgg-profile-error]').count()).toBe(0);
    await page.locator('[data-testid=vgg-cost]').scrollIntoViewIfNeeded();
    await page.evaluate(() => document.querySelector('[data-testid=vgg-cost]')?.scrollIntoView({ block: 'start' }));
    await page.screenshot({ path: join(shots, 'lesson-vgg16.png'), fullPage: false });
  }, 600_000);

  it('imports a small slice of CIFAR-10 and trains VGG-16-BN at 32×32 for one epoch', async () => {
    const panel = page.locator('[data-testid=dataset-panel]');
    await panel.waitFor();
    await page.locator('[data-testid=dataset-path]').fill(SHARED_CIFAR);
    await page.locator('[data-testid=dataset-limit]').fill(String(PER_CLASS));
    await page.locator('[data-testid=dataset-import]').click();
    await expect.poll(() => panel.getAttribute('data-imported'), { timeout: 120_000 }).toBe('yes');

    await trainToCompletion(page, { epochs: 1, batchSize: 8 }, 540_000);
    const accuracy = page.locator('[data-testid=test-accuracy]');
    await accuracy.waitFor();
    const value = Number(await accuracy.getAttribute('data-value'));
    expect(value).toBeGreaterThanOrEqual(0);
    expect(value).toBeLessThanOrEqual(1);
    expect(Number(await page.locator('[data-testid=cifar-loss-chart]').getAttribute('data-points'))).toBeGreaterThan(0);
    // The results grid of test images, stored by the run, as in every CIFAR-10 lesson.
    await expect.poll(() => page.locator('[data-testid=test-predictions] figure').count(), { timeout: 30_000 }).toBeGreaterThan(0);
    expect(await page.locator('text=/stored no test-predictions/').count()).toBe(0);
    await page.screenshot({ path: join(shots, 'lesson-vgg16-trained.png'), fullPage: true });
    expect(pageErrors).toEqual([]);
  }, 600_000);
});
