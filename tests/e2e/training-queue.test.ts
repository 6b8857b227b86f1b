// End to end, the trainer's queue in the real UI: on a lab that trains one run at a time, a second
// learner's training waits with "Na fila: lugar 1" in its progress (then in English once the language
// switches) and as queued in the Runs table, can be stopped while it waits, and never trains. Needs `npm run build` first.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useE2eLab } from '../helpers/e2e-lab';

describe('a training beyond the thread cap waits in line', () => {
  // One training at a time, so the second one waits in line.
  const lab = useE2eLab('queue', { serverEnv: { AIRI_LAB_MAX_TRAININGS: '1' } });

  async function startSine(page: Page, epochs: string): Promise<void> {
    await page.goto(lab.url);
    await page.locator('html[data-settings=loaded]').waitFor({ state: 'attached' });
    await page.locator('[data-testid=lesson-card-sine]').click();
    await page.locator('[data-testid=hp-epochs]').fill(epochs);
    await page.locator('[data-testid=train-button]').click();
  }

  it('shows the place, stops the waiting run, and it never trains', async () => {
    const first = await lab.browser.newPage({ viewport: { width: 1280, height: 800 } });
    await startSine(first, '200');
    await expect.poll(async () => Number(await first.locator('[data-testid=progress-bar]').getAttribute('data-step')), { timeout: 60_000 }).toBeGreaterThan(0);

    const second = await lab.browser.newPage({ viewport: { width: 1280, height: 800 } });
    await startSine(second, '2');
    const queued = second.locator('[data-testid=progress-queued]');
    await queued.waitFor({ timeout: 30_000 });
    expect(await queued.getAttribute('data-place')).toBe('1');
    expect(await queued.innerText()).toMatch(/^Na fila: lugar 1/);
    const shots = join(process.cwd(), 'docs', 'screenshots');
    mkdirSync(shots, { recursive: true });
    await queued.scrollIntoViewIfNeeded();
    await second.screenshot({ path: join(shots, 'training-queued.png') });

    await second.locator('[data-testid=nav-settings]').click();
    await second.locator('[data-testid=language-switch]').selectOption('en');
    await second.goBack();
    await expect.poll(() => second.locator('[data-testid=progress-queued]').innerText(), { timeout: 10_000 }).toMatch(/^Queued: place 1/);

    // The Runs table tells the waiting run from the training one (both are stored as running).
    const list = await lab.browser.newPage({ viewport: { width: 1280, height: 800 } });
    await list.goto(`${lab.url}#/runs`);
    await list.locator('[data-testid=run-queued]').waitFor({ timeout: 10_000 });
    expect(await list.locator('[data-testid=run-queued]').count()).toBe(1);
    expect(await list.locator('[data-testid=run-queued]').getAttribute('data-place')).toBe('1');
    expect(await list.locator('[data-testid=status-badge][data-status=running]').count()).toBe(1);
    await list.close();

    await second.locator('[data-testid=stop-button]').click();
    await expect.poll(() => second.locator('[data-testid=lab]').getAttribute('data-phase'), { timeout: 10_000 }).toBe('stopped');
    expect(await second.locator('[data-testid=progress-bar]').getAttribute('data-step')).toBe('0');

    await first.locator('[data-testid=stop-button]').click();
    await expect.poll(() => first.locator('[data-testid=lab]').getAttribute('data-phase'), { timeout: 10_000 }).toBe('stopped');
    // The first run's end frees the thread; the stopped one still never trained.
    await new Promise((done) => setTimeout(done, 1500));
    expect(await second.locator('[data-testid=progress-bar]').getAttribute('data-step')).toBe('0');
  }, 120_000);
});
