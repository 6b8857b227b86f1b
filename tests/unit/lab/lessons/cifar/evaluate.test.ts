// Test-set evaluation: argmax per row, per-class accuracy by hand, and a whole-split evaluation of a
// model whose answer is known (it predicts the class from a pixel the test sets to the label).
import { describe, expect, it } from 'vitest';
import { Tensor, type Module } from '../../../../../airi';
import { CIFAR10_CLASSES, IMAGE_BYTES, type ImageSplit } from '../../../../../lab/datasets/cifar10-format';
import { pixelAffine } from '../../../../../lab/datasets/preprocessing';
import { argmaxRows, evaluate, perClassAccuracy } from '../../../../../lab/lessons/cifar/evaluate';

describe('argmaxRows', () => {
  it('picks the largest score of each row, the first on ties', () => {
    expect(Array.from(argmaxRows(Float32Array.from([0, 2, 1, 5, 5, -1]), 2, 3))).toEqual([1, 0]);
  });
});

describe('perClassAccuracy', () => {
  it('divides the correct predictions of each class by its images', () => {
    const r = perClassAccuracy([0, 1, 1, 2, 0], [0, 1, 0, 2, 2], ['a', 'b', 'c']);
    expect(r.counts).toEqual([2, 1, 2]);
    expect(r.accuracy).toEqual([0.5, 1, 0.5]);
    expect(r.classes).toEqual(['a', 'b', 'c']);
  });

  it('gives NaN for a class without images and rejects labels out of range', () => {
    expect(perClassAccuracy([0], [0], ['a', 'b']).accuracy[1]).toBeNaN();
    expect(() => perClassAccuracy([0], [3], ['a', 'b'])).toThrow(/label 3/);
    expect(() => perClassAccuracy([0, 1], [0], ['a'])).toThrow(/2 predictions for 1 labels/);
  });
});

/** Scores = one-hot of round(first input value) mod 10: the "right" class when pixel 0 holds the label. */
const pixelOracle: Module = {
  forward(x: Tensor) {
    const n = x.shape[0];
    const out = Tensor.zeros([n, 10]);
    const per = x.data.length / n;
    for (let i = 0; i < n; i++) out.data[i * 10 + (Math.round(x.data[i * per]) % 10)] = 1;
    return out;
  },
  backward: (d) => d,
  parameters: () => [],
};

describe('evaluate', () => {
  it('scores every image of the split, in order, per class', () => {
    const count = 1234;
    const images = new Uint8Array(count * IMAGE_BYTES);
    const labels = new Uint8Array(count);
    for (let i = 0; i < count; i++) {
      labels[i] = i % 10;
      // Pixel 0 holds the label, except for every image of class 3 whose index is odd: wrong (class 4).
      images[i * IMAGE_BYTES] = labels[i] === 3 && i % 2 === 1 ? 4 : labels[i];
    }
    const split: ImageSplit = { count, images, labels };
    const affine = pixelAffine({ kind: 'raw' });
    for (const layout of ['nchw', 'nhwc'] as const) {
      const r = evaluate(pixelOracle, split, { affine, layout, classes: CIFAR10_CLASSES, batchSize: 100 })!;
      const class3 = Array.from(labels).filter((l) => l === 3).length;
      const wrong = Array.from(labels).filter((l, i) => l === 3 && i % 2 === 1).length;
      expect(r.count).toBe(count);
      expect(r.correct).toBe(count - wrong);
      expect(r.accuracy).toBeCloseTo((count - wrong) / count, 12);
      expect(r.perClass.accuracy[3]).toBeCloseTo((class3 - wrong) / class3, 12);
      expect(r.perClass.accuracy[0]).toBe(1);
      expect(r.perClass.counts.reduce((a, b) => a + b, 0)).toBe(count);
    }
  });

  it('returns null when asked to stop', () => {
    const split: ImageSplit = { count: 10, images: new Uint8Array(10 * IMAGE_BYTES), labels: new Uint8Array(10) };
    expect(evaluate(pixelOracle, split, { affine: pixelAffine({ kind: 'raw' }), layout: 'nchw', classes: CIFAR10_CLASSES, shouldStop: () => true })).toBeNull();
  });
});
