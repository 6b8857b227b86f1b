// Finds the CIFAR-10 cache a run of lessons 2 to 6 trains on, before its worker starts: the `data`
// path the user gave, imported into the data directory's cache (a stat and a manifest read when it
// is already there), or else the dataset imported last. Import errors name the file at fault.
import { join } from 'node:path';
import { cacheRoot, currentCacheId, readManifest } from '../datasets/cifar10-cache';
import type { ImportProgress } from '../datasets/import-cifar10';

export async function datasetForRun(data: string | undefined, dataDirectory: string, onProgress?: ImportProgress): Promise<string> {
  const root = cacheRoot(dataDirectory);
  if (data === undefined) {
    const cacheId = currentCacheId(root);
    if (!cacheId || !readManifest(join(root, cacheId))) {
      throw new Error('no CIFAR-10 dataset has been imported yet: pass --data <path> (or run lab datasets import <path>)');
    }
    return join(root, cacheId);
  }
  if (readManifest(data)) return data;
  // The importer loads sharp (the image decoder); only runs that import pay for loading it.
  const { importCifar10 } = await import('../datasets/import-cifar10');
  const result = await importCifar10(data, { dataDir: dataDirectory, onProgress });
  return result.cacheDir;
}
