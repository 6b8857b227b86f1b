// End to end, importing torchvision weights from the UI (the built renderer, the real classroom server,
// ONNX Runtime on its worker) in headless Chromium: lesson 7 first says how to get VGG16; then a small
// random-weight torchvision EfficientNet-B0 .pth (21 MB, generated with Debian's python3-torchvision
// into the git-ignored tests/fixtures/generated/) is chosen in the Models screen's "Import torchvision
// weights" card, its progress and result show, its ONNX copy appears in the library, and a shared cat
// photo dropped on the window is classified by it (random weights: five classes, whatever they are).
// A ResNet-18 .pth is refused with the card naming what it found. Needs `npm run build` first.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM, CHROMIUM_ARGS } from '../helpers/chromium';
import { SHARED_CATS } from '../helpers/onnx-fixtures';
import { SERVE, startLabServer, stopLabServer, type LabServer } from '../helpers/lab-server';

const GENERATED = join(process.cwd(), 'tests', 'fixtures', 'generated', 'torchvision-pth');
const GENERATOR = join(process.cwd(), 'scripts', 'fixtures', 'generate-torchvision-pth.py');
const pth = (name: string) => {
  const path = join(GENERATED, `${name}-random.pth`);
  if (!existsSync(path)) execFileSync('/usr/bin/python3', [GENERATOR, name, GENERATED], { stdio: 'pipe' });
  return path;
};

async function dropPhoto(page: Page, path: string): Promise<void> {
  const transfer = await page.evaluateHandle(({ name, base64 }) => {
    const dt = new DataTransfer();
    dt.items.add(new File([Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))], name, { type: 'image/jpeg' }));
    return dt;
  }, { name: basename(path), base64: readFileSync(path).toString('base64') });
  for (const type of ['dragenter', 'dragover', 'drop']) await page.dispatchEvent('main', type, { dataTransfer: transfer });
}

describe('torchvision weights from the UI', () => {
  const home = mkdtempSync(join(tmpdir(), 'airi-lab-e2e-torchvision-'));
  const shots = process.env.AIRI_E2E_SCREENSHOTS ?? mkdtempSync(join(tmpdir(), 'airi-lab-e2e-shots-'));
  const pageErrors: string[] = [];
  let server: LabServer | null = null;
  let browser: Browser | null = null;
  let page: Page;

  beforeAll(async () => {
    if (!existsSync(SERVE) || !existsSync('dist/node/weights-cam-worker.mjs')) throw new Error('dist/ is missing: run `npm run build` first');
    mkdirSync(shots, { recursive: true });
    pth('efficientnet_b0');
    pth('resnet18');
    server = await startLabServer(home);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    page = await browser.newPage({ viewport: { width: 1360, height: 1000 } });
    page.on('pageerror', (error) => pageErrors.push(error.message));
  }, 120_000);

  afterAll(async () => {
    await browser?.close().catch(() => {});
    await stopLabServer(server);
    rmSync(home, { recursive: true, force: true });
  });

  it('lesson 7 says how to get the ImageNet VGG16 when none is imported', async () => {
    await page.goto(`${server!.url}#/lesson/vgg16`);
    const missing = page.locator('[data-testid=imagenet-vgg-missing]');
    await missing.waitFor({ timeout: 30_000 });
    expect(await missing.innerText()).toMatch(/vgg16-397923af\.pth/);
  });

  it('refuses a ResNet-18 .pth, naming what it found', async () => {
    await page.goto(`${server!.url}#/models`);
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

    const breed = readdirSync(SHARED_CATS).sort()[0];
    const dir = join(SHARED_CATS, breed);
    await dropPhoto(page, join(dir, readdirSync(dir).filter((f) => f.endsWith('.jpg')).sort()[0]));
    const bars = page.locator('[data-testid=top5]');
    await expect.poll(() => bars.count(), { timeout: 60_000 }).toBe(1);
    expect(await bars.first().locator('li').count()).toBe(5);
    await page.screenshot({ path: join(shots, 'models-torchvision-import.png'), fullPage: true });
    expect(pageErrors).toEqual([]);
  }, 240_000);
});
