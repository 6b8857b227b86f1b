// The `trainImages` quick-try subset: N training images balanced across the classes and drawn with
// the run's seed. Imports are sorted by class, so the first N images (what this used to take) were
// one class and the run learned nothing (issue 11, bug 2).
import type { Rng } from '../../../airi';
import { IMAGE_BYTES, type ImageSplit } from '../../datasets/cifar10-format';

/**
 * `count` images of `split` (all of them for 0 or more than it has), dealt round-robin from each
 * class in a seeded order, so classes differ by at most one image unless a class runs out; then
 * shuffled, and copied into a split of their own.
 */
export function trainingSubset(split: ImageSplit, count: number, classCount: number, rng: Rng): ImageSplit {
  if (count <= 0 || count >= split.count) return split;
  const byClass: number[][] = Array.from({ length: classCount }, () => []);
  for (let i = 0; i < split.count; i++) byClass[split.labels[i]]?.push(i);
  for (const members of byClass) rng.shuffleInPlace(members);
  const classOrder = rng.permutation(classCount);

  const chosen = new Uint32Array(count);
  let taken = 0;
  for (let round = 0; taken < count; round++) {
    for (const c of classOrder) {
      if (taken === count) break;
      if (round < byClass[c].length) chosen[taken++] = byClass[c][round];
    }
  }
  rng.shuffleInPlace(chosen);

  const images = new Uint8Array(count * IMAGE_BYTES);
  const labels = new Uint8Array(count);
  chosen.forEach((index, i) => {
    images.set(split.images.subarray(index * IMAGE_BYTES, (index + 1) * IMAGE_BYTES), i * IMAGE_BYTES);
    labels[i] = split.labels[index];
  });
  return { count, images, labels };
}
