// Loads the CIFAR-10 imported last into a data directory, for tests that check an import by reading
// it back (the app's workers are handed their cache folder and call loadCache directly).
import { join } from 'node:path';
import { cacheRoot, currentCacheId, loadCache, type CachedDataset } from '../../lab/datasets/cifar10-cache';

export interface LoadCifar10Options {
  /** The data directory holding the cache (the app's, or AIRI_LAB_HOME). */
  dataDir: string;
  /** A specific cache; defaults to the one imported last (current.json). */
  cacheId?: string;
  /** Recompute the content hash and compare (about 0.2 s more for the full dataset). */
  verify?: boolean;
}

/** Two file reads per split: about 0.1 s for all 60,000 images. */
export function loadCifar10(options: LoadCifar10Options): CachedDataset {
  const root = cacheRoot(options.dataDir);
  const cacheId = options.cacheId ?? currentCacheId(root);
  if (!cacheId) {
    throw new Error(`no CIFAR-10 dataset has been imported into ${root}; run: lab datasets import <cifar-10-binary.tar.gz, an image archive or folder>`);
  }
  return loadCache(join(root, cacheId), { verify: options.verify });
}
