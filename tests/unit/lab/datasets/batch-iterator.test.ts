// Mini-batches: shapes, labels, layouts, the short last batch, buffer reuse, and that a seed replays
// the same shuffled, augmented epoch exactly.
import { describe, expect, it } from 'vitest';
import { Rng } from '../../../../airi';
import { CIFAR_AUGMENTATION } from '../../../../lab/datasets/augmentation';
import { batchesPerEpoch, iterateBatches, type Batch } from '../../../../lab/datasets/batch-iterator';
import { IMAGE_BYTES } from '../../../../lab/datasets/cifar10-format';
import { chwToHwc } from '../../../../lab/datasets/mean-image';
import { tinySplit } from './tiny-split';

const split = tinySplit(10);
const copy = (b: Batch) => ({ x: b.x.slice(), y: Array.from(b.y), size: b.size, indices: Array.from(b.indices) });
/** Copies each batch as it comes: the iterator refills the same buffers for the next one. */
const collect = (batches: Iterable<Batch>) => Array.from(batches, copy);

describe('batch iterator', () => {
  it('yields NCHW floats and labels in order, the last batch shorter', () => {
    const batches = collect(iterateBatches(split, { batchSize: 4, preprocessing: { kind: 'raw' } }));
    expect(batches.map((b) => b.size)).toEqual([4, 4, 2]);
    expect(batchesPerEpoch(10, 4)).toBe(3);
    expect(batches[0].x.length).toBe(4 * IMAGE_BYTES);
    expect(batches[2].x.length).toBe(2 * IMAGE_BYTES);
    expect(batches[1].y).toEqual([4, 5, 6, 7]);
    expect(batches[1].indices).toEqual([4, 5, 6, 7]);
    expect(Array.from(batches[2].x.subarray(IMAGE_BYTES))).toEqual(Array.from(split.images.subarray(9 * IMAGE_BYTES)));
  });

  it('drops the short batch when asked and takes a subset of indices', () => {
    expect([...iterateBatches(split, { batchSize: 4, preprocessing: { kind: 'raw' }, dropLast: true })].length).toBe(2);
    const subset = [...iterateBatches(split, { batchSize: 8, preprocessing: { kind: 'raw' }, indices: [9, 3] })];
    expect(subset.length).toBe(1);
    expect(Array.from(subset[0].y)).toEqual([9, 3]);
    expect(() => [...iterateBatches(split, { batchSize: 2, preprocessing: { kind: 'raw' }, indices: [10] })]).toThrow(/outside the split/);
  });

  it('writes NHWC (the flattened 3072-vectors of notebooks 2 and 3) on request', () => {
    const [batch] = iterateBatches(split, { batchSize: 2, preprocessing: { kind: 'raw' }, layout: 'nhwc' });
    expect(Array.from(batch.x.subarray(IMAGE_BYTES, 2 * IMAGE_BYTES))).toEqual(
      Array.from(chwToHwc(split.images.slice(IMAGE_BYTES, 2 * IMAGE_BYTES))),
    );
  });

  it('refills one buffer by default and gives fresh ones when asked', () => {
    const reused = [...iterateBatches(split, { batchSize: 3, preprocessing: { kind: 'raw' } })];
    expect(reused[0].x.buffer).toBe(reused[1].x.buffer);
    const fresh = [...iterateBatches(split, { batchSize: 3, preprocessing: { kind: 'raw' }, reuseBuffers: false })];
    expect(fresh[0].x.buffer).not.toBe(fresh[1].x.buffer);
    expect(fresh[3].x.buffer.byteLength).toBe(IMAGE_BYTES * 4);
    expect(fresh.map((b) => b.indices[0])).toEqual([0, 3, 6, 9]);
  });

  it('replays a shuffled, augmented epoch exactly from the same seed', () => {
    const epoch = (seed: number) =>
      collect(iterateBatches(split, { batchSize: 4, preprocessing: { kind: 'unit' }, shuffle: true, augmentation: CIFAR_AUGMENTATION, rng: new Rng(seed) }));
    const a = epoch(5);
    expect(epoch(5)).toEqual(a);
    const b = epoch(6);
    expect(b.map((x) => x.indices)).not.toEqual(a.map((x) => x.indices));
    expect(a.flatMap((x) => x.indices).sort((p, q) => p - q)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    const labels = a.flatMap((x) => x.y);
    expect(labels).toEqual(a.flatMap((x) => x.indices).map((i) => split.labels[i]));
  });

  it('needs the Rng to shuffle or augment, and a positive batch size', () => {
    expect(() => [...iterateBatches(split, { batchSize: 4, preprocessing: { kind: 'raw' }, shuffle: true })]).toThrow(/Rng/);
    expect(() => [...iterateBatches(split, { batchSize: 0, preprocessing: { kind: 'raw' } })]).toThrow(/batchSize/);
  });
});
