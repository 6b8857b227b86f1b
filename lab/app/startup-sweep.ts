// At start, before anything else writes: the litter of killed processes goes. Each run's folder may
// hold a half-written weights file's temporary; the CIFAR-10 cache may hold an import's temporary
// folder (up to hundreds of MB). Only temporaries whose writer process is gone are removed.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { removeAbandonedImports } from '../datasets/cifar10-cache';
import { removeStaleTemporaries } from '../run-store/atomic-file';

export async function sweepStaleTemporaries(dataDirectory: string): Promise<number> {
  let removed = 0;
  const runs = join(dataDirectory, 'runs');
  let runFolders: string[] = [];
  try {
    runFolders = readdirSync(runs);
  } catch {
    // no run has saved a file yet
  }
  for (const folder of runFolders) removed += removeStaleTemporaries(join(runs, folder));
  removed += await removeAbandonedImports(dataDirectory);
  return removed;
}
