// What every screenshot script starts with and ends with: the classroom server (dist/node/serve.mjs)
// on its own data directory, and headless Chromium. `close()` stops both and removes the directory
// unless the caller brought its own (to keep an imported CIFAR-10 between runs).
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';

export const ROOT = resolve(import.meta.dirname, '../..');

/** Seconds since `since` (a Date.now()), one decimal, for the scripts' printed timings. */
export const seconds = (since) => ((Date.now() - since) / 1000).toFixed(1);

export async function openShotsSession({ prefix, home: given }) {
  const home = given ?? mkdtempSync(join(tmpdir(), prefix));
  const server = spawn(process.execPath, [join(ROOT, 'dist/node/serve.mjs'), '--port', '0'], { env: { ...process.env, AIRI_LAB_HOME: home } });
  const url = await new Promise((done, fail) => {
    let out = '';
    server.stdout.on('data', (c) => {
      out += c;
      const m = /http:\/\/127\.0\.0\.1:\d+\//.exec(out);
      if (m) done(m[0]);
    });
    server.once('exit', () => fail(new Error(out)));
  });
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  return {
    url,
    browser,
    async close() {
      await browser.close();
      const exited = new Promise((done) => server.once('exit', done));
      server.kill('SIGTERM');
      await exited;
      if (!given) rmSync(home, { recursive: true, force: true });
    },
  };
}
