/* global document */
// Measures lessons 5 and 6 through the real UI: starts the classroom server (dist/node/serve.mjs) on a
// fresh data directory, imports the shared CIFAR-10 from the lesson's dataset panel in headless
// Chromium, trains each lesson with its defaults, prints the test accuracy and the time the run
// reports, opens the Grad-CAM and confusion-matrix panels and prints how long each took to appear,
// then saves docs/screenshots/lesson-<id>.png (the pictures of the trained network, with the gallery
// of cats taken for dogs open).
// Usage: npm run build && node scripts/screenshots/conv-lessons.mjs [convnet|cnn ...]
import { join, resolve } from 'node:path';
import { ROOT, openShotsSession, seconds } from './shots-session.mjs';

const DATA = resolve(ROOT, '..', 'shared', 'datasets', 'cifar10-jpg.tar.gz');
const lessons = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ['convnet'];
const { url, browser, close } = await openShotsSession({ prefix: 'airi-lab-conv-' });
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${url}#/lesson/${lessons[0]}`);
  await page.locator('[data-testid=dataset-panel]').waitFor();
  const started = Date.now();
  await page.locator('[data-testid=dataset-path]').fill(DATA);
  await page.locator('[data-testid=dataset-import]').click();
  await page.locator('[data-testid=dataset-panel][data-imported=yes]').waitFor({ timeout: 300_000 });
  console.log(`import through the UI: ${seconds(started)} s`);
  for (const lesson of lessons) {
    await page.goto(`${url}#/lesson/${lesson}`);
    await page.locator('[data-testid=dataset-panel][data-imported=yes]').waitFor();
    const clicked = Date.now();
    await page.locator('[data-testid=train-button]').click();
    // No time limit: on a busy 2-core machine BetterConvNet's 12 epochs took over an hour (an hour's
    // limit once threw away a run at epoch 7). Each epoch's test accuracy is printed as it comes.
    let epochSeen = '';
    const epochs = setInterval(() => {
      void page.locator('[data-testid=progress-epoch]').innerText().then((epoch) => {
        if (epoch !== epochSeen) console.log(`${lesson}: epoch ${(epochSeen = epoch)} after ${seconds(clicked)} s`);
      }, () => undefined);
    }, 5000);
    await page.waitForFunction(() => ['completed', 'stopped', 'failed'].includes(document.querySelector('[data-testid=lab]')?.dataset.phase ?? ''), null, { timeout: 0, polling: 2000 });
    clearInterval(epochs);
    const wall = seconds(clicked);
    const accuracy = await page.locator('[data-testid=test-accuracy]').getAttribute('data-value');
    const runSeconds = await page.locator('[data-testid=test-accuracy]').getAttribute('data-seconds');
    console.log(`${lesson}: test accuracy ${accuracy}, training ${Number(runSeconds).toFixed(1)} s (the run's own clock), ${wall} s from Train to the result on screen`);
    const shown = Date.now();
    await page.locator('[data-testid=cam-strip-overlay-0]').waitFor({ timeout: 120_000 });
    console.log(`${lesson}: Grad-CAM on screen ${seconds(shown)} s after the result`);
    await page.locator('[data-testid=confusion-cell-0-0]').waitFor({ timeout: 300_000 });
    console.log(`${lesson}: confusion matrix on screen ${seconds(shown)} s after the result (all test images classified once)`);
    const mean = await page.locator('[data-testid=per-class-table] tfoot td').first().innerText();
    console.log(`${lesson}: mean per-class accuracy ${mean}`);
    await page.locator('[data-testid=confusion-cell-3-5]').click();
    await page.locator('[data-testid=gallery-grid]').waitFor({ timeout: 60_000 });
    await page.setViewportSize({ width: 1280, height: 1500 });
    const from = lesson === 'cnn' ? '[data-testid=cam-panel]' : '[data-testid=filters-panel]';
    await page.locator(from).evaluate((element) => element.scrollIntoView({ block: 'start' }));
    await page.waitForTimeout(1000);
    await page.screenshot({ path: join(ROOT, 'docs', 'screenshots', `lesson-${lesson}.png`) });
    await page.setViewportSize({ width: 1280, height: 900 });
  }
} finally {
  await close();
}
