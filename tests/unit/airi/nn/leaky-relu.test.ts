import { describe, expect, it } from 'vitest';
import { LeakyReLU, Rng, Tensor } from '../../../../airi/index';
import { expectGradientsMatch, randomTensor } from '../expect-gradients';

describe('LeakyReLU', () => {
  it('keeps x >= 0 and scales x < 0 by negativeSlope (default 0.01); the slope at 0 is negativeSlope, as PyTorch', () => {
    const layer = new LeakyReLU();
    expect(layer.describe()).toBe('LeakyReLU(negativeSlope=0.01)');
    expect(Array.from(layer.forward(Tensor.fromArray([-200, 0, 3], [3])).data)).toEqual([Math.fround(-2), 0, 3]);
    expect(Array.from(layer.backward(Tensor.fromArray([100, 100, 100], [3])).data)).toEqual([1, 1, 100]);
    expect(Array.from(new LeakyReLU(0.2).forward(Tensor.fromArray([-5], [1])).data)).toEqual([-1]);
  });

  it('passes the numeric gradient check away from the kink', () => {
    const x = randomTensor(new Rng(61), [4, 6]);
    for (let i = 0; i < x.size; i++) if (Math.abs(x.data[i]) < 0.05) x.data[i] = x.data[i] < 0 ? -0.5 : 0.5;
    expectGradientsMatch('LeakyReLU(0.1)', new LeakyReLU(0.1), x);
  });

  it('names the layer and both shapes on a dout mismatch', () => {
    const layer = new LeakyReLU();
    layer.forward(Tensor.zeros([2, 3]));
    expect(() => layer.backward(Tensor.zeros([6]))).toThrow('LeakyReLU(negativeSlope=0.01).backward: dout has shape [6], expected [2, 3]');
  });
});
