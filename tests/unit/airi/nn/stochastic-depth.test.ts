import { describe, expect, it } from 'vitest';
import { Rng, StochasticDepth, Tensor } from '../../../../airi/index';
import { randomTensor } from '../expect-gradients';

describe('StochasticDepth', () => {
  it('is the identity outside training, and when p is 0', () => {
    const x = randomTensor(new Rng(1), [4, 3, 2, 2]);
    const layer = new StochasticDepth(0.3, 'row', { rng: new Rng(2) });
    expect(layer.forward(x)).toBe(x);
    const dout = randomTensor(new Rng(3), x.shape);
    expect(layer.backward(dout)).toBe(dout);
    expect(new StochasticDepth(0, 'row', { rng: new Rng(2) }).forward(x, true)).toBe(x);
  });

  it('in training ("row") drops whole images with probability p and scales the survivors by 1 / (1 - p)', () => {
    const images = 4000;
    const x = Tensor.fromArray(Array.from({ length: images * 3 }, () => 2), [images, 3]);
    const layer = new StochasticDepth(0.25, 'row', { rng: new Rng(4) });
    const y = layer.forward(x, true);
    let dropped = 0;
    for (let n = 0; n < images; n++) {
      const row = Array.from(y.data.subarray(n * 3, n * 3 + 3));
      if (row[0] === 0) dropped++;
      // one decision per image: all three values dropped or all kept and scaled
      expect(row.every((v) => v === row[0]) && (row[0] === 0 || Math.abs(row[0] - 2 / 0.75) < 1e-6)).toBe(true);
    }
    expect(dropped / images).toBeGreaterThan(0.22);
    expect(dropped / images).toBeLessThan(0.28);
    // The backward passes the gradient through the same per-image scale.
    const dx = layer.backward(Tensor.fromArray(Array.from({ length: images * 3 }, () => 1), [images, 3]));
    dx.data.forEach((g, i) => expect(g).toBeCloseTo(y.data[i] / 2, 6));
  });

  it('in "batch" mode drops the whole batch or none of it; p = 1 drops everything', () => {
    const x = Tensor.fromArray(Array.from({ length: 40 }, () => 1), [10, 4]);
    const batch = new StochasticDepth(0.5, 'batch', { rng: new Rng(5) });
    for (let trial = 0; trial < 10; trial++) {
      const y = batch.forward(x, true);
      expect(new Set(y.data).size).toBe(1);
    }
    expect(new StochasticDepth(1, 'row', { rng: new Rng(6) }).forward(x, true).data.every((v) => v === 0)).toBe(true);
  });

  it('refuses a bad p or mode, and describes itself', () => {
    expect(new StochasticDepth(0.2, 'row', { rng: new Rng(7) }).describe()).toBe('StochasticDepth(p=0.2, mode=row)');
    expect(() => new StochasticDepth(1.5, 'row', { rng: new Rng(7) })).toThrow('StochasticDepth: p must be a probability in [0, 1], got 1.5');
  });
});
