// A small CIFAR-10-shaped dataset made from a seed, written as the lab's cache (the form an import
// leaves), for tests that need a lesson to train in seconds and the same way every time: each class
// is a colour and a bright square in its own place, with noise, so a net learns something.
import { join } from 'node:path';
import { Rng } from '../../airi';
import { cacheRoot, setCurrentCache, writeCache } from '../../lab/datasets/cifar10-cache';
import { CIFAR10_CLASSES, IMAGE_BYTES, PLANE_BYTES, type Cifar10Data, type ImageSplit } from '../../lab/datasets/cifar10-format';

function split(count: number, rng: Rng): ImageSplit {
  const images = new Uint8Array(count * IMAGE_BYTES);
  const labels = new Uint8Array(count);
  for (let i = 0; i < count; i++) {
    const label = i % 10;
    labels[i] = label;
    const at = i * IMAGE_BYTES;
    for (let c = 0; c < 3; c++) {
      const base = 40 + ((label * (c + 3) * 37) % 160);
      for (let p = 0; p < PLANE_BYTES; p++) {
        const x = p % 32;
        const y = Math.floor(p / 32);
        const inSquare = Math.abs(x - 4 - label * 2.5) < 4 && Math.abs(y - 16) < 5;
        images[at + c * PLANE_BYTES + p] = Math.max(0, Math.min(255, Math.round(base + (inSquare ? 60 : 0) + rng.normal(0, 30))));
      }
    }
  }
  return { count, images, labels };
}

export function syntheticCifar(train: number, test: number, seed = 5): Cifar10Data {
  const rng = new Rng(seed);
  return { classes: CIFAR10_CLASSES, train: split(train, rng), test: split(test, rng) };
}

/** Writes the dataset as `dataDir`'s current CIFAR-10 import; returns the cache folder. */
export async function importSynthetic(dataDir: string, data: Cifar10Data): Promise<string> {
  const root = cacheRoot(dataDir);
  const cacheId = 'aaaa0001';
  await writeCache(root, cacheId, data, {
    source: { path: 'synthetic', kind: 'folder', format: 'image-folder', size: 0, mtimeMs: 0 },
    classes: [...data.classes], limitPerClass: null, importedAt: new Date(0).toISOString(), importSeconds: 0,
  });
  await setCurrentCache(root, cacheId);
  return join(root, cacheId);
}
