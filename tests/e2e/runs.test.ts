// Runs for researchers end to end (issue 11), in headless Chromium against the real server: a reload
// during training keeps Stop (bug 3); tiny sine runs found, named and compared on the Runs screen; a
// CIFAR-10 run's page labelled as accuracy with per-class results and settings in words (bug 5); a
// bundle exported, then imported into a second data folder; a run trained again and reproduced exactly.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeImages, writeBinaryLayout } from '../integration/datasets/cifar-fixtures';
import { useE2eLab } from '../helpers/e2e-lab';
import { ROOT, startLabServer, stopLabServer, type LabServer } from '../helpers/lab-server';

const CLI = join(ROOT, 'dist/node/cli.mjs');
const SHOTS = process.env.AIRI_E2E_SCREENSHOTS ?? join(ROOT, 'docs/screenshots');

function cli(home: string, ...args: string[]): Record<string, unknown> {
  const result = spawnSync(process.execPath, [CLI, ...args, '--json'], { env: { ...process.env, AIRI_LAB_HOME: home }, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`lab ${args.join(' ')} failed: ${result.stderr}`);
  return JSON.parse(result.stdout.trim().split('\n').at(-1)!) as Record<string, unknown>;
}

/** True when a chart's canvas has pixels that are not the background. */
async function drawn(chart: Locator): Promise<boolean> {
  return chart.locator('canvas').evaluate((canvas: HTMLCanvasElement) => {
    const context = canvas.getContext('2d');
    if (!context || canvas.width === 0) return false;
    const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
    let inked = 0;
    for (let i = 3; i < data.length; i += 4) if (data[i] > 0) inked++;
    return inked > 500;
  });
}

describe('runs end to end', () => {
  const sineRuns: string[] = [];
  let cifarRun = '';
  const lab = useE2eLab('runs', {
    requires: [CLI],
    context: { acceptDownloads: true, locale: 'en-US' },
    // Tiny runs made by the CLI on the same data folder: three sine runs, one two-layer CIFAR-10 run.
    prepare: (home) => {
      sineRuns.push(cli(home, 'train', 'sine', '--epochs', '2', '--train-points', '1500', '--seed', '1').runId as string);
      sineRuns.push(cli(home, 'train', 'sine', '--epochs', '2', '--train-points', '1500', '--seed', '2', '--hidden-size', '8').runId as string);
      sineRuns.push(cli(home, 'train', 'sine', '--epochs', '2', '--train-points', '1500', '--seed', '3', '--activation', 'relu').runId as string);
      writeBinaryLayout(home, makeImages(8, 1), makeImages(4, 2));
      cli(home, 'datasets', 'import', join(home, 'cifar-10-batches-bin'));
      cifarRun = cli(home, 'train', 'two-layer', '--epochs', '2', '--hidden-size', '32', '--batch-size', '16').runId as string;
    },
    startTimeoutMs: 120_000,
  });
  const second = mkdtempSync(join(tmpdir(), 'airi-lab-e2e-runs2-'));
  let other: LabServer | null = null;
  let page: Page;
  let bundlePath = '';

  beforeAll(async () => {
    page = lab.page;
    await page.goto(lab.url);
    await page.locator('html[data-settings=loaded]').waitFor({ state: 'attached' });
    await page.locator('[data-testid=nav-settings]').click();
    await page.locator('[data-testid=language-switch]').selectOption('en');
  });

  afterAll(async () => {
    await stopLabServer(other);
    rmSync(second, { recursive: true, force: true });
  });

  it('keeps Stop after the page is reloaded during training (bug 3)', async () => {
    await page.goto(`${lab.url}#/lesson/sine`);
    await page.locator('[data-testid=hp-epochs]').fill('200');
    await page.locator('[data-testid=train-button]').click();
    const phase = page.locator('[data-testid=lab]');
    await expect.poll(() => phase.getAttribute('data-phase')).toBe('running');
    await page.reload();
    await expect.poll(() => phase.getAttribute('data-phase'), { timeout: 15_000 }).toBe('running');
    expect(await page.locator('[data-testid=stop-button]').isEnabled()).toBe(true);
    expect(await page.locator('[data-testid=hp-epochs]').inputValue()).toBe('200');
    await page.locator('[data-testid=stop-button]').click();
    await expect.poll(() => phase.getAttribute('data-phase'), { timeout: 15_000 }).toBe('stopped');
  });

  it('finds, names and compares runs on the Runs screen', async () => {
    await page.goto(`${lab.url}#/runs`);
    const rows = page.locator('[data-testid=run-row]');
    await expect.poll(() => rows.count()).toBe(5);
    // Each row says what the run is: the settings it changed from the lesson's defaults.
    expect(await page.locator(`[data-run-id="${sineRuns[1]}"] [data-testid=run-changed]`).innerText()).toMatch(/Neurons per layer 8/);
    expect(await page.locator(`[data-run-id="${sineRuns[2]}"] [data-testid=run-changed]`).innerText()).toMatch(/Activation ReLU/);
    await page.locator('[data-testid=filter-lesson]').selectOption('sine');
    await expect.poll(() => rows.count()).toBe(4);
    await page.locator('[data-testid=filter-status]').selectOption('completed');
    await expect.poll(() => rows.count()).toBe(3);
    await page.locator('[data-testid=sort-by]').selectOption('metric:testMse');
    await page.locator('[data-testid=sort-direction]').selectOption('false');
    await expect.poll(async () => {
      const ids = await rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-run-id')));
      return ids.length;
    }).toBe(3);
    for (const id of sineRuns) await page.locator(`[data-testid=select-${id}]`).check();
    await page.screenshot({ path: join(SHOTS, 'runs.png'), fullPage: true });
    await page.locator('[data-testid=compare-button]').click();
    const charts = page.locator('[data-testid=compare-chart]');
    await expect.poll(() => charts.count()).toBeGreaterThanOrEqual(2);
    const loss = page.locator('[data-testid=compare-chart][data-metric="loss:mse"]');
    expect(await loss.getAttribute('data-runs')).toBe('3');
    await expect.poll(() => drawn(loss)).toBe(true);
    const settings = page.locator('[data-testid=compare-settings] tbody tr');
    expect((await settings.evaluateAll((els) => els.map((e) => e.getAttribute('data-key')))).sort()).toEqual(['activation', 'hiddenSize', 'seed']);
    await page.locator('[data-testid=smoothing]').fill('0.8');
    await page.locator('[data-testid=x-mode]').selectOption('time');
    await expect.poll(() => drawn(loss)).toBe(true);
    await page.screenshot({ path: join(SHOTS, 'compare.png'), fullPage: true });
  });

  it('compares runs of different lessons, saying what cannot be compared', async () => {
    await page.goto(`${lab.url}#/compare/${sineRuns[0]}/${cifarRun}`);
    await page.locator('[data-testid=compare-lessons]').waitFor();
    expect(await page.locator('[data-testid=compare-chart][data-metric="loss:mse"]').getAttribute('data-runs')).toBe('1');
    expect(await page.locator('[data-testid=compare-chart][data-metric="loss:cross-entropy"]').getAttribute('data-runs')).toBe('1');
    expect(await page.locator('[data-testid=not-comparable]').count()).toBeGreaterThan(0);
    expect(await page.locator('[data-testid=partial-hiddenLayers]').count()).toBe(1);
  });

  it("labels a CIFAR-10 run's page as accuracy, with per-class results and settings in words (bug 5)", async () => {
    await page.goto(`${lab.url}#/runs/${cifarRun}`);
    const chart = page.locator('[data-testid=run-chart]');
    await chart.waitFor();
    expect(await chart.getAttribute('data-axis')).toBe('cross-entropy');
    const accuracy = page.locator('[data-testid=run-accuracy-chart]');
    expect(Number(await accuracy.getAttribute('data-test-points'))).toBe(2);
    await expect.poll(() => drawn(accuracy)).toBe(true);
    expect(await page.locator('[data-testid=per-class] tbody tr').count()).toBe(10);
    const settings = await page.locator('[data-testid=run-hyperparameters]').innerText();
    expect(settings).not.toMatch(/hiddenSize|trainImages/);
    expect(await page.locator('[data-testid=run-hyperparameters] dd[data-key=trainImages]').innerText()).toBe('all');
    const metrics = await page.locator('[data-testid=run-metrics]').innerText();
    expect(metrics).toMatch(/Test accuracy\s+\d+\.\d%/);
    expect(metrics).not.toMatch(/\dE\d/i);
    await page.screenshot({ path: join(SHOTS, 'run-cifar.png'), fullPage: true });
  });

  it('names a run, exports it as a bundle and imports it into a second data folder', async () => {
    await page.goto(`${lab.url}#/runs/${sineRuns[1]}`);
    await page.locator('[data-testid=run-name]').fill('narrow net');
    await page.locator('[data-testid=run-tags]').fill('width, homework');
    await page.locator('[data-testid=save-meta]').click();
    await page.locator('[data-testid=meta-saved]').waitFor();
    const download = page.waitForEvent('download');
    await page.locator('[data-testid=export-select]').selectOption('bundle');
    bundlePath = join(lab.home, 'hand-in.airi-run.tar.gz');
    await (await download).saveAs(bundlePath);

    other = await startLabServer(second);
    await page.goto(`${other.url}#/runs`);
    await page.locator('[data-testid=runs-empty]').waitFor();
    await page.locator('[data-testid=import-input]').setInputFiles(bundlePath);
    await expect.poll(() => page.locator('[data-testid=import-note]').innerText()).toMatch(/1 (run imported|execução importada)/);
    const row = page.locator(`[data-testid=run-row][data-run-id="${sineRuns[1]}"]`);
    await row.waitFor();
    expect(await row.locator('a.lesson').innerText()).toBe('narrow net');
    await page.locator('[data-testid=import-input]').setInputFiles({ name: 'broken.airi-run.tar.gz', mimeType: 'application/gzip', buffer: Buffer.from('not a bundle') });
    await expect.poll(() => page.locator('[data-testid=import-error]').innerText()).toMatch(/not a readable Airi Lab run bundle|não é um pacote de treino do Airi Lab legível/);
  });

  it('trains a run again and says it reproduced exactly', async () => {
    await page.goto(`${lab.url}#/runs/${sineRuns[0]}`);
    await page.locator('[data-testid=train-again]').click();
    await expect.poll(() => page.url()).not.toContain(sineRuns[0]);
    const notice = page.locator('[data-testid=reproduction]');
    await expect.poll(() => notice.getAttribute('data-state'), { timeout: 60_000 }).toBe('exact');
    expect(await notice.innerText()).toMatch(/Reproduced exactly/);
    expect(lab.pageErrors).toEqual([]);
  });
});
