// A fresh AIRI_LAB_HOME per test: a real directory with a real SQLite file, removed afterwards.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function makeTempHome(prefix = 'airi-lab-test-'): { dir: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export const WORKER_SCRIPT = join(process.cwd(), 'dist', 'node', 'training-worker.mjs');
export const CLI_SCRIPT = join(process.cwd(), 'dist', 'node', 'cli.mjs');
export const IMPORT_WORKER_SCRIPT = join(process.cwd(), 'dist', 'node', 'dataset-import-worker.mjs');
