import { describe, expect, it } from 'vitest';
import { GlobalAvgPool2d, Rng, Tensor } from '../../../../airi/index';
import { expectGradientsMatch, randomTensor } from '../expect-gradients';

describe('GlobalAvgPool2d', () => {
  it('returns [N, C] channel means (AdaptiveAvgPool2d(1) + Flatten) and spreads dout / (H*W)', () => {
    const pool = new GlobalAvgPool2d();
    const x = Tensor.fromArray([1, 2, 3, 6, 10, 20, 30, 40, -1, -1, -1, -1, 0, 0, 0, 8], [2, 2, 2, 2]);
    const y = pool.forward(x);
    expect(y.shape).toEqual([2, 2]);
    expect(Array.from(y.data)).toEqual([3, 25, -1, 2]);
    const dx = pool.backward(Tensor.fromArray([4, 8, -4, 0], [2, 2]));
    expect(Array.from(dx.data)).toEqual([1, 1, 1, 1, 2, 2, 2, 2, -1, -1, -1, -1, 0, 0, 0, 0]);
  });

  it('passes the numeric gradient check', () => {
    expectGradientsMatch('GlobalAvgPool2d()', new GlobalAvgPool2d(), randomTensor(new Rng(43), [2, 3, 3, 4]));
  });

  it('names the layer and both shapes when the input or dout do not fit', () => {
    const pool = new GlobalAvgPool2d();
    expect(() => pool.forward(Tensor.zeros([2, 3]))).toThrow('GlobalAvgPool2d(): input has shape [2, 3], expected [N, C, H, W]');
    pool.forward(Tensor.zeros([2, 3, 4, 4]));
    expect(() => pool.backward(Tensor.zeros([2, 3, 1, 1]))).toThrow('GlobalAvgPool2d().backward: dout has shape [2, 3, 1, 1], expected [2, 3]');
  });
});
