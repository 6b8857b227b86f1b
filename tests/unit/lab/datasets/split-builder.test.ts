// A split comes out in member-path then record order, whatever order its images arrived in (parallel
// decoders finish in any order), so the cache content is reproducible.
import { describe, expect, it } from 'vitest';
import { IMAGE_BYTES } from '../../../../lab/datasets/cifar10-format';
import { SplitBuilder } from '../../../../lab/datasets/split-builder';

const image = (value: number) => new Uint8Array(IMAGE_BYTES).fill(value);

describe('split builder', () => {
  it('orders by key then sub-index and relabels', () => {
    const builder = new SplitBuilder(1);
    builder.add(image(3), 0, 'train/b/1.png');
    builder.add(image(2), 1, 'train/a/2.png');
    builder.add(image(5), 2, 'data_batch_2.bin', 0);
    builder.add(image(1), 1, 'train/a/1.png');
    builder.add(image(4), 2, 'data_batch_1.bin', 1);
    builder.add(image(6), 2, 'data_batch_1.bin', 0);
    const split = builder.finish([7, 8, 9]);
    expect(split.count).toBe(6);
    const firsts = Array.from({ length: 6 }, (_, i) => split.images[i * IMAGE_BYTES]);
    expect(firsts).toEqual([6, 4, 5, 1, 2, 3]);
    expect(Array.from(split.labels)).toEqual([9, 9, 9, 8, 8, 7]);
    expect(split.images[5 * IMAGE_BYTES + IMAGE_BYTES - 1]).toBe(3);
  });

  it('grows past its first capacity and refuses images of the wrong size', () => {
    const builder = new SplitBuilder(2);
    for (let i = 0; i < 100; i++) builder.add(image(i), i % 10, `k${String(i).padStart(3, '0')}`);
    const split = builder.finish();
    expect(split.count).toBe(100);
    expect(split.images[99 * IMAGE_BYTES]).toBe(99);
    expect(() => builder.add(new Uint8Array(10), 0, 'x')).toThrow(/3072 bytes per image/);
  });
});
