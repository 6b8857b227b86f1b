// End to end, lesson 1 in the real UI: the built renderer served by the real classroom server
// (dist/node/serve.mjs) on a fresh data directory, driven by headless Chromium. Switches the language,
// trains the sine MLP for 2 epochs, checks that the loss falls and the test MSE shows, finds the run,
// then restarts the server on the same data directory and checks that the language and the run (with
// its curve) were kept. Last, a run that diverged (trained by the CLI) shows its error in English,
// then in Portuguese once the language is switched. Needs `npm run build` first.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { useE2eLab } from '../helpers/e2e-lab';
import { FINISHED_PHASES, waitForPhase } from '../helpers/e2e-training';
import { ROOT } from '../helpers/lab-server';

const CLI = join(ROOT, 'dist/node/cli.mjs');

describe('lesson 1 end to end', () => {
  const e2e = useE2eLab('lesson1', { requires: [CLI], viewport: { width: 1280, height: 800 } });
  let page: Page;
  let runId = '';

  const shot = (name: string) => page.screenshot({ path: join(e2e.shots, `${name}.png`) });
  const navText = () => page.locator('[data-testid=nav-lessons]').innerText();
  /** Waits until the page has applied the language stored on the server (not just the default). */
  const settingsLoaded = () => page.locator('html[data-settings=loaded]').waitFor({ state: 'attached' });

  beforeAll(() => {
    page = e2e.page;
  });

  it('switches the language on the settings screen', async () => {
    await page.goto(e2e.url);
    await page.locator('[data-testid=lesson-card-sine]').waitFor();
    await settingsLoaded();
    await page.locator('[data-testid=nav-settings]').click();
    const language = page.locator('[data-testid=language-switch]');
    await language.selectOption('en');
    await expect.poll(navText, { timeout: 10_000 }).toBe('Lessons');
    await language.selectOption('pt-BR');
    await expect.poll(navText, { timeout: 10_000 }).toBe('Aulas');
    expect(await page.locator('html').getAttribute('lang')).toBe('pt-BR');
    await page.locator('[data-testid=app-info]').waitFor();
    await shot('settings');
  });

  it('trains lesson 1 for 2 epochs: the loss falls and the test MSE shows', async () => {
    await page.locator('[data-testid=nav-lessons]').click();
    const card = page.locator('[data-testid=lesson-card-sine]');
    expect(await card.getAttribute('data-status')).toBe('ready');
    await shot('home');
    await card.click();
    await page.locator('[data-testid=lesson-text]').waitFor();

    const epochs = page.locator('[data-testid=hp-epochs]');
    const train = page.locator('[data-testid=train-button]');
    await epochs.fill('0');
    await expect.poll(() => train.isDisabled()).toBe(true);
    await epochs.fill('2');
    await expect.poll(() => train.isEnabled()).toBe(true);
    await train.click();

    const lab = page.locator('[data-testid=lab]');
    await waitForPhase(page, FINISHED_PHASES, 180_000);
    await lab.scrollIntoViewIfNeeded();
    await shot('lesson-sine-finished');
    const error = await page.locator('[data-testid=run-error]').allInnerTexts();
    expect(await lab.getAttribute('data-phase'), error.join('\n')).toBe('completed');

    const chart = page.locator('[data-testid=loss-chart]');
    const points = Number(await chart.getAttribute('data-points'));
    const first = Number(await chart.getAttribute('data-first-loss'));
    const last = Number(await chart.getAttribute('data-last-loss'));
    expect(points).toBeGreaterThan(10);
    expect(Number.isFinite(first) && Number.isFinite(last)).toBe(true);
    expect(last).toBeLessThan(first / 5);

    const mse = page.locator('[data-testid=test-mse]');
    await mse.waitFor();
    const value = Number(await mse.getAttribute('data-value'));
    expect(value).toBeGreaterThan(0);
    expect(value).toBeLessThan(0.1);
    expect((await mse.innerText()).trim()).not.toBe('');
    expect(await page.locator('[data-testid=progress-epoch]').innerText()).toBe('2 de 2');
  });

  it('lists the run as completed', async () => {
    await page.locator('[data-testid=nav-runs]').click();
    const rows = page.locator('[data-testid=run-row]');
    await rows.first().waitFor();
    expect(await rows.count()).toBe(1);
    expect(await rows.first().getAttribute('data-status')).toBe('completed');
    runId = (await rows.first().getAttribute('data-run-id')) ?? '';
    expect(runId).not.toBe('');
    await shot('runs');
  });

  it('keeps the language and the run after the server restarts', async () => {
    await e2e.restartServer();
    await page.goto(e2e.url);
    await page.locator('[data-testid=lesson-card-sine]').waitFor();
    await settingsLoaded();
    expect(await navText()).toBe('Aulas');
    expect(await page.locator('html').getAttribute('lang')).toBe('pt-BR');

    await page.locator('[data-testid=nav-runs]').click();
    const row = page.locator(`[data-testid=run-row][data-run-id="${runId}"]`);
    await row.waitFor();
    expect(await row.getAttribute('data-status')).toBe('completed');
    await row.locator('a.lesson').click();
    const chart = page.locator('[data-testid=run-chart]');
    await chart.waitFor();
    await expect.poll(async () => Number(await chart.getAttribute('data-points'))).toBeGreaterThan(0);
    await page.locator('[data-testid=run-fit-chart]').waitFor();
    await shot('run-detail');
  });

  it('keeps a change to English across another restart', async () => {
    await page.locator('[data-testid=nav-settings]').click();
    await page.locator('[data-testid=language-switch]').selectOption('en');
    await expect.poll(navText).toBe('Lessons');
    // Wait until the server has stored it: the switch is disabled while settings:update is in flight.
    await expect.poll(() => page.locator('[data-testid=language-switch]').isEnabled()).toBe(true);
    await e2e.restartServer();
    await page.goto(e2e.url);
    await settingsLoaded();
    expect(await navText()).toBe('Lessons');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(e2e.pageErrors).toEqual([]);
  });

  it('words a failed run\'s error in the language of the UI, switching with it', async () => {
    // A run that diverges, trained through the CLI on the same data directory as the server.
    const cli = spawnSync(process.execPath, [CLI, 'train', 'sine', '--optimizer', 'sgd', '--lr', '1', '--activation', 'relu', '--hiddenSize', '256', '--epochs', '5', '--trainPoints', '4000', '--json'], {
      env: { ...process.env, AIRI_LAB_HOME: e2e.home }, encoding: 'utf8',
    });
    expect(cli.status, cli.stderr).toBe(1); // a failed run fails the command
    const done = JSON.parse(cli.stdout.trim().split('\n').at(-1)!) as { runId: string; status: string; error: string };
    expect(done.status).toBe('failed');
    expect(done.error).toMatch(/^the loss became (NaN|Infinity|-Infinity) at step \d+/);

    await page.goto(`${e2e.url}#/runs/${done.runId}`);
    const notice = page.locator('[data-testid=run-detail-error]');
    await expect.poll(() => notice.innerText(), { timeout: 15_000 }).toMatch(/The loss became (NaN|Infinity|-Infinity) at step \d+/);
    await page.locator('[data-testid=nav-settings]').click();
    await page.locator('[data-testid=language-switch]').selectOption('pt-BR');
    await expect.poll(navText).toBe('Aulas');
    await page.goBack();
    await expect.poll(() => notice.innerText(), { timeout: 15_000 }).toMatch(/A perda virou (NaN|Infinity|-Infinity) no passo \d+ \(época 1\)/);
    await shot('run-failed-pt-br');
    expect(e2e.pageErrors).toEqual([]);
  });
});
