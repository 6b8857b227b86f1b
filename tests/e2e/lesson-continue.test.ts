// End to end, issue 8 in the real UI: lesson 5 (a convnet in airi) trained on a balanced slice of the
// shared CIFAR-10, stopped from the lesson screen once its first epoch has ended, then continued with
// "Continue from epoch N": the same run trains on (the live charts go on from the stored curve) and
// completes with all its epochs; the run page says it was continued. A second run is continued from
// its run page. Screenshot of the stopped run
// with its Continue button: docs/screenshots/lesson-continue.png when AIRI_E2E_SCREENSHOTS is set.
// Needs `npm run build` and ../shared/datasets/cifar10-jpg.tar.gz.
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { useE2eLab } from '../helpers/e2e-lab';
import { FINISHED_PHASES, waitForPhase } from '../helpers/e2e-training';
import { ROOT } from '../helpers/lab-server';

const SHARED_CIFAR = resolve(ROOT, '..', 'shared', 'datasets', 'cifar10-jpg.tar.gz');
const PER_CLASS = 40;
const EPOCHS = 4;

describe('continuing a stopped run from the lesson screen', () => {
  const lab = useE2eLab('continue', { requires: [SHARED_CIFAR] });
  let page: Page;
  beforeAll(() => {
    page = lab.page;
  });

  const phase = () => page.locator('[data-testid=lab]').getAttribute('data-phase');
  const waitPhase = (phases: string[]) => waitForPhase(page, phases, 300_000);
  /** The run's card (Train, Stop, Continue, progress) down to the curves, whole. */
  async function shotOfRun(name: string): Promise<void> {
    const top = await page.locator('[data-testid=hp-form]').boundingBox();
    const bottom = await page.locator('[data-testid=cifar-accuracy-chart]').boundingBox();
    const scrollY = await page.evaluate(() => window.scrollY);
    const x = top!.x - 40;
    const y = top!.y + scrollY - 80;
    const clip = { x, y, width: bottom!.x + bottom!.width + 20 - x, height: bottom!.y + scrollY + bottom!.height + 20 - y };
    await page.screenshot({ path: join(lab.shots, `${name}.png`), fullPage: true, clip });
  }
  const accuracyPoints = async () => Number(await page.locator('[data-testid=cifar-accuracy-chart]').getAttribute('data-points'));

  it('trains, stops after epoch 1, continues from the checkpoint and completes every epoch', async () => {
    await page.goto(`${lab.url}#/lesson/convnet`);
    const panel = page.locator('[data-testid=dataset-panel]');
    await panel.waitFor();
    await page.locator('[data-testid=dataset-path]').fill(SHARED_CIFAR);
    await page.locator('[data-testid=dataset-limit]').fill(String(PER_CLASS));
    await page.locator('[data-testid=dataset-import]').click();
    await expect.poll(() => panel.getAttribute('data-imported'), { timeout: 180_000 }).toBe('yes');

    // Small batches: many steps per epoch, so Stop lands well inside a later epoch.
    await page.locator('[data-testid=hp-epochs]').fill(String(EPOCHS));
    await page.locator('[data-testid=hp-batchSize]').fill('8');
    const train = page.locator('[data-testid=train-button]');
    await expect.poll(() => train.isEnabled(), { timeout: 10_000 }).toBe(true);
    await train.click();
    await waitPhase(['running']);
    // Epoch 1 has ended once its test accuracy is on the chart (and its checkpoint written just after).
    await expect.poll(accuracyPoints, { timeout: 240_000, interval: 50 }).toBeGreaterThanOrEqual(1);
    // ...and a few steps of epoch 2 have run, so its pictures and checkpoint are written (a Stop during
    // that work waits for it only a second before ending the worker; the run would then continue from
    // the epoch before).
    const bar = page.locator('[data-testid=progress-bar]');
    await expect.poll(async () => Number(await bar.getAttribute('data-step')) - Number(await bar.getAttribute('data-total')) / EPOCHS, {
      timeout: 60_000, interval: 50,
    }).toBeGreaterThan(2);
    await page.locator('[data-testid=stop-button]').click();
    await waitPhase(FINISHED_PHASES);
    expect(await phase()).toBe('stopped');

    const button = page.locator('[data-testid=continue-button]');
    await button.waitFor({ timeout: 10_000 });
    const epoch = Number(await button.getAttribute('data-epoch'));
    expect(epoch).toBeGreaterThanOrEqual(1);
    expect(epoch).toBeLessThan(EPOCHS);
    expect(await button.innerText()).toMatch(new RegExp(`(Continuar da época|Continue from epoch) ${epoch}`));
    const pointsAtStop = await accuracyPoints();
    expect(pointsAtStop).toBe(epoch);
    await shotOfRun('lesson-continue');

    await button.click();
    await waitPhase(['running']);
    // The charts go on from the stored curve: the accuracies of the epochs before the stop are still drawn.
    expect(await accuracyPoints()).toBeGreaterThanOrEqual(epoch);
    expect(Number(await page.locator('[data-testid=cifar-loss-chart]').getAttribute('data-points'))).toBeGreaterThan(0);
    await waitPhase(FINISHED_PHASES);
    const errors = await page.locator('[data-testid=run-error], [data-testid=training-error]').allInnerTexts();
    expect(await phase(), errors.join('\n')).toBe('completed');
    await expect.poll(accuracyPoints, { timeout: 30_000 }).toBe(EPOCHS);
    expect(await page.locator('[data-testid=continue-button]').count()).toBe(0);
    await shotOfRun('lesson-continue-completed');

    // The run page: the same run, completed, continued once from that epoch.
    await page.goto(`${lab.url}#/runs`);
    const row = page.locator('[data-testid=run-row]').first();
    await row.waitFor({ timeout: 10_000 });
    expect(await row.getAttribute('data-status')).toBe('completed');
    await row.locator('a.lesson').click();
    await page.locator('[data-testid=continued-at]').waitFor({ timeout: 10_000 });
    expect(await page.locator('[data-testid=continued-at]').innerText()).toContain(String(epoch));
    expect(lab.pageErrors).toEqual([]);
  }, 600_000);

  it('continues a stopped run from its page too, which follows it live to the end', async () => {
    await page.goto(`${lab.url}#/lesson/convnet`);
    await page.locator('[data-testid=hp-epochs]').fill('3');
    await page.locator('[data-testid=hp-batchSize]').fill('8');
    const train = page.locator('[data-testid=train-button]');
    await expect.poll(() => train.isEnabled(), { timeout: 10_000 }).toBe(true);
    await train.click();
    await waitPhase(['running']);
    const bar = page.locator('[data-testid=progress-bar]');
    await expect.poll(async () => Number(await bar.getAttribute('data-step')) - Number(await bar.getAttribute('data-total')) / 3, {
      timeout: 240_000, interval: 50,
    }).toBeGreaterThan(2);
    await page.locator('[data-testid=stop-button]').click();
    await waitPhase(FINISHED_PHASES);
    expect(await phase()).toBe('stopped');

    await page.goto(`${lab.url}#/runs`);
    const row = page.locator('[data-testid=run-row][data-status=stopped]').first();
    await row.waitFor({ timeout: 10_000 });
    await row.locator('a.lesson').click();
    const button = page.locator('[data-testid=continue-button]');
    await button.waitFor({ timeout: 10_000 });
    expect(Number(await button.getAttribute('data-epoch'))).toBe(1);
    await button.click();
    const badge = page.locator('[data-testid=status-badge]').first();
    await expect.poll(() => badge.getAttribute('data-status'), { timeout: 300_000, interval: 250 }).toBe('completed');
    expect(await page.locator('[data-testid=continued-at]').innerText()).toContain('1');
    expect(await page.locator('[data-testid=continue-button]').count()).toBe(0);
    expect(lab.pageErrors).toEqual([]);
  }, 600_000);
});
