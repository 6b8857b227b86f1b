/* global document, window */
// Measures lessons 2 and 3 through the real UI and takes their README screenshots: starts the
// classroom server (dist/node/serve.mjs) on a fresh data directory, imports the shared CIFAR-10 from
// the lesson's dataset panel in headless Chromium, trains each lesson with its defaults, prints the
// test accuracy and the time the run reports, and saves docs/screenshots/lesson-softmax.png and
// lesson-two-layer.png (one mid-training shot each into $AIRI_SHOTS_LIVE when set).
// Usage: npm run build && node scripts/screenshots/cifar-lessons.mjs [softmax|two-layer ...]
import { join, resolve } from 'node:path';
import { ROOT, openShotsSession } from './shots-session.mjs';

const DATA = resolve(ROOT, '..', 'shared', 'datasets', 'cifar10-jpg.tar.gz');
const lessons = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ['softmax', 'two-layer'];
// AIRI_SHOTS_HOME keeps the data directory (and its imported CIFAR-10) between runs of this script.
const { url, browser, close } = await openShotsSession({ prefix: 'airi-lab-shots-', home: process.env.AIRI_SHOTS_HOME });

/** The lesson's curves and pictures, once they are drawn, into docs/screenshots/lesson-<id>.png. */
async function shoot(page, lesson) {
  await page.waitForTimeout(3000);
  const panel = page.locator(lesson === 'softmax' ? '[data-testid=class-templates-panel]' : '[data-testid=neurons-panel]');
  await panel.scrollIntoViewIfNeeded();
  await page.evaluate((up) => window.scrollBy(0, up), lesson === 'softmax' ? -330 : -120);
  await page.screenshot({ path: join(ROOT, 'docs', 'screenshots', `lesson-${lesson}.png`) });
}

try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${url}#/lesson/${lessons[0]}`);
  await page.locator('[data-testid=dataset-panel]').waitFor();
  await page.locator('[data-testid=dataset-panel][data-imported]').waitFor();
  await page.waitForTimeout(1000);
  if ((await page.locator('[data-testid=dataset-panel]').getAttribute('data-imported')) === 'no') {
    const started = Date.now();
    await page.locator('[data-testid=dataset-path]').fill(DATA);
    await page.locator('[data-testid=dataset-import]').click();
    await page.locator('[data-testid=dataset-panel][data-imported=yes]').waitFor({ timeout: 300_000 });
    console.log(`import through the UI: ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
  for (const lesson of lessons) {
    await page.goto(`${url}#/lesson/${lesson}`);
    await page.locator('[data-testid=dataset-panel][data-imported=yes]').waitFor();
    // AIRI_SHOTS_ONLY: no training, the screenshot of the lesson's last finished run (in AIRI_SHOTS_HOME).
    if (process.env.AIRI_SHOTS_ONLY) {
      await page.locator('[data-testid=test-accuracy]').waitFor();
      await shoot(page, lesson);
      continue;
    }
    const clicked = Date.now();
    await page.locator('[data-testid=train-button]').click();
    if (process.env.AIRI_SHOTS_LIVE) {
      await page.locator('[data-testid=lab][data-phase=running]').waitFor();
      await page.waitForTimeout(lesson === 'softmax' ? 4000 : 30_000);
      await page.locator('[data-testid=cifar-loss-chart]').scrollIntoViewIfNeeded();
      await page.screenshot({ path: join(process.env.AIRI_SHOTS_LIVE, `live-${lesson}.png`) });
    }
    await page.waitForFunction(() => ['completed', 'stopped', 'failed'].includes(document.querySelector('[data-testid=lab]')?.dataset.phase ?? ''), null, { timeout: 2_400_000 });
    const wall = (Date.now() - clicked) / 1000;
    const accuracy = await page.locator('[data-testid=test-accuracy]').getAttribute('data-value');
    const seconds = await page.locator('[data-testid=test-accuracy]').getAttribute('data-seconds');
    console.log(`${lesson}: test accuracy ${accuracy}, training ${Number(seconds).toFixed(1)} s (the run's own clock), ${wall.toFixed(1)} s from Train to the result on screen`);
    await shoot(page, lesson);
  }
} finally {
  await close();
}
