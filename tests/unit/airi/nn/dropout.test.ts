import { describe, expect, it } from 'vitest';
import { Dropout, type Module, type Parameter, Rng, Tensor } from '../../../../airi/index';
import { expectGradientsMatch, randomTensor } from '../expect-gradients';

describe('Dropout', () => {
  it('is the identity outside training (the default), returning its input', () => {
    const layer = new Dropout(0.5, { rng: new Rng(1) });
    const x = Tensor.fromArray([1, 2, 3], [1, 3]);
    expect(layer.forward(x)).toBe(x);
    const dout = Tensor.fromArray([4, 5, 6], [1, 3]);
    expect(layer.backward(dout)).toBe(dout);
  });

  it('keeps 1 - p of the elements in training and scales them by 1 / (1 - p) (seeded)', () => {
    const layer = new Dropout(0.3, { rng: new Rng(2) });
    const n = 100_000;
    const x = Tensor.fromArray(new Float32Array(n).fill(2), [n]);
    const y = layer.forward(x, true);
    const kept = y.data.filter((v) => v !== 0);
    // Binomial(1e5, 0.7): standard deviation of the kept fraction is about 0.0014.
    expect(kept.length / n).toBeGreaterThan(0.695);
    expect(kept.length / n).toBeLessThan(0.705);
    expect(kept.every((v) => v === Math.fround(2 / 0.7))).toBe(true);
    // The mean is preserved in expectation: that is the point of inverted dropout.
    expect(y.data.reduce((a, b) => a + b, 0) / n).toBeCloseTo(2, 1);
  });

  it('draws the same mask from the same seed, and passes the gradient through the same mask', () => {
    const x = randomTensor(new Rng(3), [4, 8]);
    const a = new Dropout(0.5, { rng: new Rng(9) });
    const b = new Dropout(0.5, { rng: new Rng(9) });
    const ya = a.forward(x, true);
    expect(Array.from(b.forward(x, true).data)).toEqual(Array.from(ya.data));
    const dx = a.backward(Tensor.fromArray(new Float32Array(32).fill(1), [4, 8]));
    dx.data.forEach((g, i) => expect(g).toBe(ya.data[i] === 0 ? 0 : 2));
  });

  it('handles p = 0 (identity) and p = 1 (all zeros, no NaN)', () => {
    const x = Tensor.fromArray([1, -2, 3], [3]);
    expect(Array.from(new Dropout(0, { rng: new Rng(1) }).forward(x, true).data)).toEqual([1, -2, 3]);
    const all = new Dropout(1, { rng: new Rng(1) });
    expect(all.forward(x, true).data.every((v) => v === 0)).toBe(true); // -2 * 0 is -0: still zero
    expect(Array.from(all.backward(Tensor.fromArray([1, 1, 1], [3])).data)).toEqual([0, 0, 0]);
    expect(() => new Dropout(1.5, { rng: new Rng(1) })).toThrow('Dropout: p must be a probability in [0, 1], got 1.5');
  });

  it('passes the numeric gradient check with its mask held fixed', () => {
    // Each training forward draws a new mask, so the wrapper replays the same seed on every forward.
    class FixedMask implements Module {
      private layer = new Dropout(0.4, { rng: new Rng(11) });
      forward(x: Tensor): Tensor {
        this.layer = new Dropout(0.4, { rng: new Rng(11) });
        return this.layer.forward(x, true);
      }
      backward(dout: Tensor): Tensor {
        return this.layer.backward(dout);
      }
      parameters(): Parameter[] {
        return [];
      }
    }
    expectGradientsMatch('Dropout(p=0.4)', new FixedMask(), randomTensor(new Rng(12), [3, 10]));
  });

  it('names the layer and both shapes on a dout mismatch', () => {
    const layer = new Dropout(0.5, { rng: new Rng(1) });
    expect(() => layer.backward(Tensor.zeros([2]))).toThrow('Dropout(p=0.5): backward called before forward');
    layer.forward(Tensor.zeros([2, 3]), true);
    expect(() => layer.backward(Tensor.zeros([3, 2]))).toThrow('Dropout(p=0.5).backward: dout has shape [3, 2], expected [2, 3]');
  });
});
