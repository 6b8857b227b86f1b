// The desktop shell without an Electron binary (none can be fetched here): the built main and
// preload bundles run against a stand-in `electron` module that records what they ask of it.
// The checks live in scripts/electron-native/ and exit non-zero on any broken rule.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);

describe('Electron shell bundles', () => {
  it('preload runs sandboxed and exposes only window.airi { invoke, on } and window.airiFiles { pathForFile }', async () => {
    const { stdout } = await run(process.execPath, ['scripts/electron-native/check-preload.mjs']);
    expect(stdout).toMatch(/preload ok/);
  });

  it('main opens a secure window, blocks remote content, and carries the API over IPC', async () => {
    const { stdout } = await run(process.execPath, ['scripts/electron-native/check-main.mjs'], { timeout: 60_000 });
    expect(stdout).toMatch(/main ok/);
  });
});
