// Finds the CIFAR-10 cache a run of lessons 2 to 6 trains on, before its worker starts: the `data`
// path the user gave, imported into the data directory's cache on a worker thread (a stat and a
// manifest read when it is already there), or else the dataset imported last. Import errors name
// the file at fault.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ApiInputError } from '../../contract/guards';
import { cacheRoot, currentCacheId, readManifest } from '../datasets/cifar10-cache';
import type { ImportProgress } from '../datasets/import-cifar10';
import { importCifar10OffThread } from '../datasets/import-off-thread';

export interface DatasetForRunOptions {
  dataDirectory: string;
  /** dist/node/dataset-import-worker.mjs: decoding and hashing run there, off this event loop. */
  importWorkerScript: string;
  onProgress?: ImportProgress;
}

export async function datasetForRun(data: string | undefined, options: DatasetForRunOptions): Promise<string> {
  const root = cacheRoot(options.dataDirectory);
  if (data === undefined) {
    const cacheId = currentCacheId(root);
    if (!cacheId || !readManifest(join(root, cacheId))) {
      throw new Error('no CIFAR-10 dataset has been imported yet: pass --data <path> (or run lab datasets import <path>)');
    }
    return join(root, cacheId);
  }
  if (readManifest(data)) return data;
  const result = await importCifar10OffThread(options.importWorkerScript, data, { dataDir: options.dataDirectory, onProgress: options.onProgress });
  return result.cacheDir;
}

/**
 * Refuses, before any run is stored, a CIFAR-10 run that cannot find its data: a `data` path that is
 * not there, or no `data` and nothing imported yet. A wrong path is a typo, not a failed run.
 */
export function checkDatasetSource(data: string | undefined, dataDirectory: string | undefined): void {
  if (data !== undefined) {
    if (!existsSync(data)) throw ApiInputError.of({ code: 'dataset-not-found', params: { path: data } });
    return;
  }
  if (dataDirectory === undefined) return;
  const root = cacheRoot(dataDirectory);
  const cacheId = currentCacheId(root);
  if (!cacheId || !readManifest(join(root, cacheId))) throw ApiInputError.of({ code: 'dataset-not-imported', params: {} });
}
