// End to end, importing torchvision weights from the UI (the built renderer, the real classroom server,
// ONNX Runtime on its worker) in headless Chromium: lesson 7 first says how to get VGG16; then a small
// random-weight torchvision EfficientNet-B0 .pth (21 MB, generated with Debian's python3-torchvision
// into the git-ignored tests/fixtures/generated/) is chosen in the Models screen's "Import torchvision
// weights" card, its progress and result show, its ONNX copy appears in the library, and a shared cat
// photo dropped on the window is classified by it (random weights: five classes, whatever they are).
// A ResNet-18 .pth is refused with the card naming what it found. Needs `npm run build` first.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { dropPhoto } from '../helpers/e2e-drop';
import { useE2eLab } from '../helpers/e2e-lab';
import { ROOT } from '../helpers/lab-server';
import { SHARED_CATS, catPhoto } from '../helpers/onnx-fixtures';

const GENERATED = join(process.cwd(), 'tests', 'fixtures', 'generated', 'torchvision-pth');
const GENERATOR = join(process.cwd(), 'scripts', 'fixtures', 'generate-torchvision-pth.py');
const pth = (name: string) => {
  const path = join(GENERATED, `${name}-random.pth`);
  if (!existsSync(path)) execFileSync('/usr/bin/python3', [GENERATOR, name, GENERATED], { stdio: 'pipe' });
  return path;
};

describe('torchvision weights from the UI', () => {
  const lab = useE2eLab('torchvision', {
    requires: [join(ROOT, 'dist/node/weights-cam-worker.mjs')],
    viewport: { width: 1360, height: 1000 },
    // Generating the two .pth files with python3-torchvision takes a while the first time.
    prepare: () => {
      pth('efficientnet_b0');
      pth('resnet18');
    },
    startTimeoutMs: 120_000,
  });
  let page: Page;

  beforeAll(() => {
    page = lab.page;
  });

  it('lesson 7 says how to get the ImageNet VGG16 when none is imported', async () => {
    await page.goto(`${lab.url}#/lesson/vgg16`);
    const missing = page.locator('[data-testid=imagenet-vgg-missing]');
    await missing.waitFor({ timeout: 30_000 });
    expect(await missing.innerText()).toMatch(/vgg16-397923af\.pth/);
  });

  it('refuses a ResNet-18 .pth, naming what it found', async () => {
    await page.goto(`${lab.url}#/models`);
    await page.locator('[data-testid=torchvision-import]').waitFor();
    await page.locator('[data-testid=torchvision-import-input]').setInputFiles(pth('resnet18'));
    const error = page.locator('[data-testid=torchvision-import-error]');
    await error.waitFor({ timeout: 120_000 });
    expect(await error.innerText()).toMatch(/ResNet/);
  }, 180_000);

  it('imports a random-weight EfficientNet-B0 .pth and classifies a dropped cat photo with it', async () => {
    await page.locator('[data-testid=torchvision-import-input]').setInputFiles(pth('efficientnet_b0'));
    const done = page.locator('[data-testid=torchvision-imported]');
    await done.waitFor({ timeout: 180_000 });
    expect(await done.innerText()).toMatch(/EfficientNet-B0/);
    expect(await page.locator('[data-testid=torchvision-import]').innerText()).toContain('efficientnet_b0-random.pth');
    const card = page.locator('[data-testid=model-card]');
    await card.first().waitFor({ timeout: 30_000 });
    expect(await card.first().innerText()).toContain('EfficientNet-B0 (ImageNet)');

    await dropPhoto(page, catPhoto(readdirSync(SHARED_CATS).sort()[0]));
    const bars = page.locator('[data-testid=top5]');
    await expect.poll(() => bars.count(), { timeout: 60_000 }).toBe(1);
    expect(await bars.first().locator('li').count()).toBe(5);
    await page.screenshot({ path: join(lab.shots, 'models-torchvision-import.png'), fullPage: true });
    expect(lab.pageErrors).toEqual([]);
  }, 240_000);
});
