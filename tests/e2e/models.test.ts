// End to end, the Models screen in the real UI (the built renderer, the real classroom server, ONNX
// Runtime on its worker) in headless Chromium: import the shared MobileNetV2 through the file picker,
// drop two cat photos on the window and see top-5 bars naming cats, drop a text file and see its
// name in the error while the others stay classified, then open the inspector and check its totals.
// Needs `npm run build` first. AIRI_E2E_SCREENSHOTS=docs/screenshots keeps the screenshots.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { asDropped, dropFiles } from '../helpers/e2e-drop';
import { useE2eLab } from '../helpers/e2e-lab';
import { ROOT } from '../helpers/lab-server';
import { SHARED_MODEL, catPhoto } from '../helpers/onnx-fixtures';

describe('Models screen end to end', () => {
  const lab = useE2eLab('models', { requires: [join(ROOT, 'dist/node/inference-worker.mjs')], viewport: { width: 1360, height: 900 } });
  let page: Page;
  const shot = (name: string) => page.screenshot({ path: join(lab.shots, `${name}.png`), fullPage: true });

  beforeAll(() => {
    page = lab.page;
  });

  it('imports the shared MobileNetV2 from the file picker', async () => {
    await page.goto(`${lab.url}#/models`);
    await page.locator('[data-testid=models-empty]').waitFor();
    await page.locator('[data-testid=model-import-input]').setInputFiles(SHARED_MODEL);
    const card = page.locator('[data-testid=model-card]');
    await card.waitFor({ timeout: 60_000 });
    expect(await card.innerText()).toContain('mobilenetv2-12-int8');
    expect(await card.innerText()).toMatch(/1\.000 classes|1,000 classes/);
    // The providers panel lists cpu as running here.
    await expect.poll(() => page.locator('[data-testid=provider-cpu]').getAttribute('class')).toContain('ok');
  });

  it('classifies two cat photos dropped on the window: five bars each, naming cats', async () => {
    await dropFiles(page, [asDropped(catPhoto('Persian')), asDropped(catPhoto('Siamese'))]);
    const bars = page.locator('[data-testid=top5]');
    await expect.poll(() => bars.count(), { timeout: 60_000 }).toBe(2);
    for (let i = 0; i < 2; i++) {
      expect(await bars.nth(i).locator('li').count()).toBe(5);
      expect(await bars.nth(i).locator('li').first().innerText()).toMatch(/Persian cat|Siamese cat|tabby|tiger cat|Egyptian cat/);
      const width = await bars.nth(i).locator('.fill').first().evaluate((el) => el.getBoundingClientRect().width);
      expect(width).toBeGreaterThan(20);
    }
    expect(await page.locator('[data-testid=classify-progress]').getAttribute('aria-valuenow')).toBe('2');
    await shot('models');
  });

  it('names a text file dropped as a photo, and keeps the other results', async () => {
    await dropFiles(page, [{ name: 'notes.jpg', type: 'image/jpeg', base64: Buffer.from('my notes, not a cat').toString('base64') }]);
    const error = page.locator('[data-testid=photo-error]');
    await error.waitFor({ timeout: 30_000 });
    expect(await error.innerText()).toContain('notes.jpg');
    expect(await page.locator('[data-testid=top5]').count()).toBe(2);
  });

  it('shows a batch’s progress and cancels the rest', async () => {
    const breeds = ['Abyssinian', 'Bengal', 'Birman', 'Bombay', 'British_Shorthair', 'Egyptian_Mau', 'Maine_Coon', 'Ragdoll', 'Russian_Blue', 'Sphynx'];
    await dropFiles(page, breeds.map((b) => asDropped(catPhoto(b))));
    const progress = page.locator('[data-testid=classify-progress]');
    expect(await progress.getAttribute('aria-valuemax')).toBe('13');
    // Cancel once the batch is under way (at least one of the ten done, not all).
    await expect.poll(async () => Number(await progress.getAttribute('aria-valuenow')), { timeout: 60_000 }).toBeGreaterThanOrEqual(4);
    await page.locator('[data-testid=classify-cancel]').click();
    await expect.poll(() => progress.getAttribute('aria-valuenow'), { timeout: 30_000 }).toBe('13');
    const cancelled = await page.locator('[data-testid=photo-result][data-status=cancelled]').count();
    const done = await page.locator('[data-testid=photo-result][data-status=done]').count();
    expect(cancelled).toBeGreaterThan(0);
    expect(done + cancelled + 1).toBe(13);
  });

  it('opens the inspector: totals, blocks, layers with the largest marked', async () => {
    await page.locator('[data-testid=model-inspect]').click();
    await page.locator('[data-testid=inspector-table]').waitFor({ timeout: 30_000 });
    expect((await page.locator('[data-testid=total-params]').innerText()).replace(/\D/g, '').slice(0, 7)).toBe('3487816');
    expect(await page.locator('[data-testid=total-macs]').innerText()).toMatch(/300[.,]77 M/);
    expect(await page.locator('[data-testid=inspector-block]').count()).toBeGreaterThanOrEqual(6);
    await page.locator('[data-testid=inspector-block] button').last().click();
    await expect.poll(() => page.locator('[data-testid=inspector-layer]').count()).toBeGreaterThan(0);
    expect(await page.locator('.tag.params').count()).toBeGreaterThan(0);
    await page.locator('[data-testid=preview-input]').setInputFiles(catPhoto('Bengal'));
    await page.locator('[data-testid=preview] img').waitFor({ timeout: 30_000 });
    await shot('models-inspector');
  });

  it('lists on the About screen only the providers that really ran, with why the others fell back', async () => {
    const failed = await page.locator('[data-testid=providers-panel] li:not(.ok) strong').allInnerTexts();
    const ran = await page.locator('[data-testid=providers-panel] li.ok strong').allInnerTexts();
    await page.locator('[data-testid=nav-settings]').click();
    const listed = page.locator('[data-testid=execution-providers] .chips .chip:not(.muted-chip)');
    await listed.first().waitFor();
    expect(await listed.allInnerTexts()).toEqual(ran);
    if (failed.length > 0) {
      const fallbacks = await page.locator('[data-testid=provider-fallbacks]').innerText();
      for (const provider of failed) expect(fallbacks).toContain(provider);
    }
    await shot('models-about');
    expect(lab.pageErrors).toEqual([]);
  });

  it('opens airi’s own DemoConvNet in the same inspector', async () => {
    await page.locator('[data-testid=nav-models]').click();
    await page.locator('[data-testid=airi-network-demo-convnet]').click();
    await page.locator('[data-testid=inspector-table]').waitFor({ timeout: 30_000 });
    expect((await page.locator('[data-testid=total-params]').innerText()).replace(/\D/g, '').slice(0, 7)).toBe('1124686');
    await page.locator('[data-testid=inspector-block] button').first().click();
    await expect.poll(() => page.locator('[data-testid=inspector-layer]').count()).toBeGreaterThan(0);
    await shot('models-airi');
    expect(lab.pageErrors).toEqual([]);
  });
});
