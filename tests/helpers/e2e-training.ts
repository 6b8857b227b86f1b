// Training from a lesson screen in an e2e test: the phases a run ends in, waiting for one, and a
// whole "set the epochs, press Train, wait, expect it completed" with the run's own error as the
// failure message.
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

export const FINISHED_PHASES = ['completed', 'stopped', 'failed', 'interrupted'];

/** Resolves once the lesson screen's run (`[data-testid=lab]`'s data-phase) is in one of `phases`. */
export async function waitForPhase(page: Page, phases: string[], timeout: number): Promise<void> {
  await page.waitForFunction(
    (wanted) => wanted.includes(document.querySelector<HTMLElement>('[data-testid=lab]')?.dataset.phase ?? ''),
    phases,
    { timeout },
  );
}

/** Expects the run on screen to have completed, or fails with the error it shows. */
export async function expectCompleted(page: Page): Promise<void> {
  const errors = await page.locator('[data-testid=run-error]').allInnerTexts();
  expect(await page.locator('[data-testid=lab]').getAttribute('data-phase'), errors.join('\n')).toBe('completed');
}

/** Fills the form (`hp-<key>` fields, epochs first), presses Train once it is enabled and waits for the run to complete. */
export async function trainToCompletion(page: Page, fields: Record<string, number | string>, timeout: number): Promise<void> {
  for (const [key, value] of Object.entries(fields)) await page.locator(`[data-testid=hp-${key}]`).fill(String(value));
  const button = page.locator('[data-testid=train-button]');
  await expect.poll(() => button.isEnabled(), { timeout: 10_000 }).toBe(true);
  await button.click();
  await waitForPhase(page, FINISHED_PHASES, timeout);
  await expectCompleted(page);
}
