// Issue 11, bug 2: `trainImages` took the first N images of a class-sorted import (one class, 10%
// accuracy). The subset must hold every class about equally, in a seeded shuffled order.
import { describe, expect, it } from 'vitest';
import { Rng } from '../../../../../airi';
import { IMAGE_BYTES, type ImageSplit } from '../../../../../lab/datasets/cifar10-format';
import { trainingSubset } from '../../../../../lab/lessons/cifar/training-subset';

/** 10 classes × 50 images sorted by class, as an import stores them; each image's first byte is its index. */
function classSorted(perClass = 50, classes = 10): ImageSplit {
  const count = perClass * classes;
  const images = new Uint8Array(count * IMAGE_BYTES);
  const labels = new Uint8Array(count);
  for (let i = 0; i < count; i++) {
    labels[i] = Math.floor(i / perClass);
    images[i * IMAGE_BYTES] = i % 256;
    images[i * IMAGE_BYTES + 1] = Math.floor(i / 256);
  }
  return { count, images, labels };
}

const histogram = (labels: Uint8Array) => Array.from({ length: 10 }, (_, c) => labels.filter((l) => l === c).length);
const indexOf = (split: ImageSplit, i: number) => split.images[i * IMAGE_BYTES] + 256 * split.images[i * IMAGE_BYTES + 1];

describe('trainImages subset', () => {
  it('balances the classes of a class-sorted split', () => {
    const subset = trainingSubset(classSorted(), 100, 10, new Rng(1));
    expect(subset.count).toBe(100);
    expect(histogram(subset.labels)).toEqual(new Array(10).fill(10));
    const uneven = trainingSubset(classSorted(), 23, 10, new Rng(1));
    expect(Math.max(...histogram(uneven.labels)) - Math.min(...histogram(uneven.labels))).toBeLessThanOrEqual(1);
  });

  it('keeps each image with its own label and draws different images per seed, the same per seed', () => {
    const source = classSorted();
    const a = trainingSubset(source, 100, 10, new Rng(1));
    for (let i = 0; i < a.count; i++) expect(source.labels[indexOf(a, i)]).toBe(a.labels[i]);
    const again = trainingSubset(source, 100, 10, new Rng(1));
    const other = trainingSubset(source, 100, 10, new Rng(2));
    expect(Array.from(again.labels)).toEqual(Array.from(a.labels));
    const ids = (s: ImageSplit) => Array.from({ length: s.count }, (_, i) => indexOf(s, i));
    expect(ids(again)).toEqual(ids(a));
    expect(ids(other)).not.toEqual(ids(a));
  });

  it('shuffles the order instead of keeping the classes in runs', () => {
    const subset = trainingSubset(classSorted(), 100, 10, new Rng(3));
    let changes = 0;
    for (let i = 1; i < subset.count; i++) if (subset.labels[i] !== subset.labels[i - 1]) changes++;
    expect(changes).toBeGreaterThan(50);
  });

  it('takes from the other classes when one runs short, and all of the split for 0', () => {
    const source = classSorted();
    const short: ImageSplit = { ...source, labels: source.labels.map((l, i) => (l === 0 && i >= 5 ? 1 : l)) };
    expect(histogram(trainingSubset(short, 100, 10, new Rng(1)).labels)[0]).toBe(5);
    expect(trainingSubset(short, 100, 10, new Rng(1)).count).toBe(100);
    expect(trainingSubset(source, 0, 10, new Rng(1))).toBe(source);
  });
});
