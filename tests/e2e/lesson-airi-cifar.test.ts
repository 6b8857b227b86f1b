// End to end, lesson 4's optimizer race on CIFAR-10 in the real UI: without a dataset the race says
// so in the learner's language and starts nothing; with a small balanced slice of the shared CIFAR-10
// imported from the lesson's own dataset panel, two lanes (SGD and Adam) train one after the other as two stored runs from the same
// initial weights (their first losses are equal to the last bit), their curves are drawn and their
// test accuracies beat chance; a reloaded page shows that race again from the stored runs. Needs `npm run build` and ../shared/datasets/cifar10-jpg.tar.gz.
import { execFile } from 'node:child_process';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { useE2eLab } from '../helpers/e2e-lab';
import { ROOT } from '../helpers/lab-server';

const run = promisify(execFile);
const CLI = join(ROOT, 'dist/node/cli.mjs');
const SHARED_CIFAR = resolve(ROOT, '..', 'shared', 'datasets', 'cifar10-jpg.tar.gz');
const SCREENSHOTS = join(ROOT, 'docs/screenshots');

const lane = (page: Page, id: string) => page.locator(`[data-testid=cifar-lane-${id}]`);

describe('lesson 4 (airi): the optimizer race on CIFAR-10', () => {
  const lab = useE2eLab('airi-cifar', { requires: [CLI, SHARED_CIFAR], viewport: { width: 1400, height: 900 } });
  const { home, pageErrors } = lab;
  const env = { ...process.env, AIRI_LAB_HOME: home };
  let page: Page;

  beforeAll(() => {
    page = lab.page;
  });

  async function setSetting(key: string, value: string): Promise<void> {
    const input = page.locator(`[data-testid=cifar-setting-${key}]`);
    await input.fill(value);
    await input.press('Tab');
  }

  it('without a dataset, says so and starts nothing; the lesson\'s own panel imports one', async () => {
    await page.goto(`${lab.url}#/lesson/airi`);
    const panel = page.locator('[data-testid=cifar-race] [data-testid=dataset-panel]');
    await panel.waitFor();
    await expect.poll(() => panel.getAttribute('data-imported')).toBe('no');
    expect(await page.locator('[data-testid=cifar-start]').isDisabled()).toBe(true);
    expect(await page.locator('[data-testid=cifar-needs-dataset]').innerText()).toMatch(/CIFAR-10/);

    // The teacher imports a small balanced slice from the lesson's screen (60 images per class and split).
    await page.locator('[data-testid=dataset-path]').fill(SHARED_CIFAR);
    await page.locator('[data-testid=dataset-limit]').fill('60');
    await page.locator('[data-testid=dataset-import]').click();
    await expect.poll(() => panel.getAttribute('data-imported'), { timeout: 120_000 }).toBe('yes');
    expect(await page.locator('[data-testid=cifar-start]').isDisabled()).toBe(false);
  });

  it('races SGD and Adam from the same initial weights, as two stored runs', async () => {
    await setSetting('epochs', '2');
    await setSetting('trainImages', '0');
    await setSetting('hiddenSize', '32');
    await setSetting('batchSize', '40');
    for (const id of ['nesterov']) await page.locator(`[data-testid=cifar-enable-${id}]`).uncheck();
    await page.locator('[data-testid=cifar-start]').click();

    await expect.poll(() => lane(page, 'sgd').getAttribute('data-phase'), { timeout: 120_000 }).toBe('completed');
    await expect.poll(() => lane(page, 'adam').getAttribute('data-phase'), { timeout: 120_000 }).toBe('completed');

    const accuracies = await Promise.all(['sgd', 'adam'].map(async (id) => Number(await page.locator(`[data-testid=cifar-accuracy-${id}]`).getAttribute('data-value'))));
    console.log(`CIFAR-10 race on 600 images, 2 epochs: test accuracy SGD ${accuracies[0]}, Adam ${accuracies[1]}`);
    for (const accuracy of accuracies) expect(accuracy).toBeGreaterThan(0.14);

    // Once a lane ends its curve is the stored one, every step: 600 images in batches of 40 is 15 steps an epoch.
    await expect.poll(() => page.locator('[data-testid=cifar-loss-chart]').getAttribute('data-points')).toBe(String(2 * 2 * 15));
    // The same seed gives the same initial weights and first batch: the first step's loss is identical.
    const firstLosses = await Promise.all(['sgd', 'adam'].map(async (id) => Number(await lane(page, id).getAttribute('data-first-loss'))));
    expect(firstLosses[0]).toBeGreaterThan(2);
    expect(firstLosses[1]).toBe(firstLosses[0]);

    const runIds = await Promise.all(['sgd', 'adam'].map((id) => lane(page, id).getAttribute('data-run-id')));
    const stored = JSON.parse((await run(process.execPath, [CLI, 'runs', '--json'], { env })).stdout) as { id: string; lessonId: string; status: string; hyperparameters: { optimizer: string } }[];
    for (const [i, optimizer] of ['sgd', 'adam'].entries()) {
      expect(stored.find((r) => r.id === runIds[i])).toMatchObject({ lessonId: 'airi', status: 'completed', hyperparameters: { optimizer } });
    }
    await page.locator('[data-testid=cifar-race]').screenshot({ path: join(SCREENSHOTS, 'lesson-airi-cifar.png') });

    // A new window (as after a restart) shows the last race again, from the stored runs.
    await page.reload();
    await page.locator('[data-testid=cifar-race]').waitFor();
    for (const [i, id] of ['sgd', 'adam'].entries()) {
      await expect.poll(() => lane(page, id).getAttribute('data-run-id'), { timeout: 15_000 }).toBe(runIds[i]);
      expect(await lane(page, id).getAttribute('data-phase')).toBe('completed');
      expect(Number(await page.locator(`[data-testid=cifar-accuracy-${id}]`).getAttribute('data-value'))).toBe(accuracies[i]);
    }
    expect(Number(await lane(page, 'adam').getAttribute('data-first-loss'))).toBe(firstLosses[0]);
    expect(Number(await page.locator('[data-testid=cifar-loss-chart]').getAttribute('data-points'))).toBe(2 * 2 * 15);
    expect(await lane(page, 'nesterov').getAttribute('data-phase')).toBe('');
    expect(pageErrors).toEqual([]);
  });
});
