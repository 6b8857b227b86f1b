import { describe, expect, it } from 'vitest';
import { Rng, SiLU, Tensor } from '../../../../airi/index';
import { expectGradientsMatch, randomTensor } from '../expect-gradients';

describe('SiLU', () => {
  it('is x * sigmoid(x), finite at the extremes, with derivative s (1 + x (1 - s))', () => {
    const layer = new SiLU();
    const y = layer.forward(Tensor.fromArray([0, 1, -1, 1000, -1000], [5]));
    const s1 = 1 / (1 + Math.exp(-1));
    [0, s1, -(1 - s1), 1000, -0].forEach((v, i) => expect(y.data[i]).toBeCloseTo(v, 6));
    const dx = layer.backward(Tensor.fromArray([1, 1, 1, 1, 1], [5]));
    [0.5, s1 * (1 + (1 - s1)), (1 - s1) * (1 - s1), 1, 0].forEach((v, i) => expect(dx.data[i]).toBeCloseTo(v, 6));
  });

  it('passes the numeric gradient check', () => {
    expectGradientsMatch('SiLU()', new SiLU(), randomTensor(new Rng(62), [4, 6], 2));
  });

  it('names the layer and both shapes on a dout mismatch', () => {
    const layer = new SiLU();
    layer.forward(Tensor.zeros([2, 3]));
    expect(() => layer.backward(Tensor.zeros([3, 2]))).toThrow('SiLU().backward: dout has shape [3, 2], expected [2, 3]');
  });
});
