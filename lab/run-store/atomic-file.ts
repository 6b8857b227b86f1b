// Files in the data directory are written whole or not at all: bytes go to a temporary file beside the
// target (named with the writer's pid), are flushed, then renamed over it. A process killed mid-write
// leaves the old file (or none) and a temporary that removeStaleTemporaries() sweeps at the next start,
// never a 0-byte model.safetensors.
import { closeSync, fsyncSync, openSync, readdirSync, renameSync, rmSync, writeSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';

const TEMPORARY = /^\..+\.tmp-(\d+)-[0-9a-f]+$/;

export function temporaryNameFor(path: string): string {
  return join(dirname(path), `.${basename(path)}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`);
}

export function writeFileAtomic(path: string, bytes: Uint8Array): void {
  const temporary = temporaryNameFor(path);
  const fd = openSync(temporary, 'w');
  try {
    for (let written = 0; written < bytes.length;) written += writeSync(fd, bytes, written);
    fsyncSync(fd);
  } catch (error) {
    closeSync(fd);
    rmSync(temporary, { force: true });
    throw error;
  }
  closeSync(fd);
  renameSync(temporary, path);
}

export function processExists(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Removes temporaries left in `directory` by processes that no longer exist; returns how many. */
export function removeStaleTemporaries(directory: string): number {
  let removed = 0;
  let names: string[];
  try {
    names = readdirSync(directory);
  } catch {
    return 0; // not created yet
  }
  for (const name of names) {
    const match = TEMPORARY.exec(name);
    if (match && !processExists(Number(match[1]))) {
      rmSync(join(directory, name), { recursive: true, force: true });
      removed++;
    }
  }
  return removed;
}
