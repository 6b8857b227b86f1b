/* global DataTransfer */
// Screenshots of torchvision weights in the real UI: starts the classroom server (dist/node/serve.mjs)
// on a fresh data directory, imports VGG16 (a random-weight torchvision .pth in vgg16-397923af.pth's
// layout, from scripts/fixtures/generate-torchvision-pth.py, or a real file given as the argument) by
// typing its path in the Models screen's "Import torchvision weights" card, prints how long the import
// took, saves docs/screenshots/models-torchvision-import.png, then drops a shared cat photo on lesson
// 7's ImageNet VGG16 panel and saves docs/screenshots/lesson-vgg16-imagenet.png once the top 5, the ms
// per provider and Grad-CAM are on screen.
// Usage: npm run build && node scripts/screenshots/torchvision-weights.mjs [path/to/vgg16.pth]
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { ROOT, openShotsSession, seconds } from './shots-session.mjs';

const GENERATED = join(ROOT, 'tests', 'fixtures', 'generated', 'torchvision-pth');
const VGG = process.argv[2] ?? join(GENERATED, 'vgg16-random.pth');
if (!process.argv[2] && !existsSync(VGG)) execFileSync('/usr/bin/python3', [join(ROOT, 'scripts/fixtures/generate-torchvision-pth.py'), 'vgg16', GENERATED], { stdio: 'inherit' });
const CATS = resolve(ROOT, '..', 'shared', 'datasets', 'oxford-pets-cats');
const SHOTS = join(ROOT, 'docs', 'screenshots');
const { url, browser, close } = await openShotsSession({ prefix: 'airi-lab-torchvision-' });
try {
  const page = await browser.newPage({ viewport: { width: 1360, height: 1000 } });
  await page.goto(`${url}#/models`);
  await page.locator('[data-testid=torchvision-import]').waitFor();
  const started = Date.now();
  await page.locator('[data-testid=torchvision-path]').fill(VGG);
  await page.locator('[data-testid=torchvision-path] + button').click();
  await page.locator('[data-testid=torchvision-progress]').waitFor({ timeout: 30_000 }).catch(() => {});
  await page.locator('[data-testid=torchvision-imported]').waitFor({ timeout: 900_000 });
  console.log(`VGG16 import through the UI (typed path): ${seconds(started)} s`);
  await page.locator('[data-testid=model-card]').first().waitFor();
  await page.screenshot({ path: join(SHOTS, 'models-torchvision-import.png'), fullPage: true });

  await page.goto(`${url}#/lesson/vgg16`);
  await page.locator('[data-testid=imagenet-vgg-drop]').waitFor({ timeout: 60_000 });
  const breed = readdirSync(CATS).sort().find((b) => b === 'Maine_Coon') ?? readdirSync(CATS).sort()[0];
  const photo = join(CATS, breed, readdirSync(join(CATS, breed)).filter((f) => f.endsWith('.jpg')).sort()[0]);
  const transfer = await page.evaluateHandle(({ name, base64 }) => {
    const dt = new DataTransfer();
    dt.items.add(new File([Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))], name, { type: 'image/jpeg' }));
    return dt;
  }, { name: basename(photo), base64: readFileSync(photo).toString('base64') });
  const dropped = Date.now();
  for (const type of ['dragenter', 'dragover', 'drop']) await page.dispatchEvent('main', type, { dataTransfer: transfer });
  await page.locator('[data-testid=imagenet-vgg-top]').waitFor({ timeout: 120_000 });
  console.log(`top 5 on screen ${seconds(dropped)} s after the drop`);
  await page.locator('[data-testid=imagenet-vgg-speeds]').waitFor({ timeout: 300_000 });
  console.log(`ms per provider on screen ${seconds(dropped)} s after the drop: ${(await page.locator('[data-testid=imagenet-vgg-speeds]').innerText()).replace(/\s+/g, ' ')}`);
  await page.locator('[data-testid=imagenet-vgg-cam]').waitFor({ timeout: 300_000 });
  console.log(`Grad-CAM on screen ${seconds(dropped)} s after the drop`);
  await page.locator('[data-testid=imagenet-vgg]').scrollIntoViewIfNeeded();
  await page.locator('[data-testid=imagenet-vgg]').screenshot({ path: join(SHOTS, 'lesson-vgg16-imagenet.png') });
  console.log(`screenshots in ${SHOTS}`);
} finally {
  await close();
}
