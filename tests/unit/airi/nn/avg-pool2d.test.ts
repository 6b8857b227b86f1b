import { describe, expect, it } from 'vitest';
import { AvgPool2d, Rng, Tensor } from '../../../../airi/index';
import { expectGradientsMatch, randomTensor } from '../expect-gradients';

describe('AvgPool2d', () => {
  it('averages each window and spreads the gradient evenly over it (hand-computed)', () => {
    const pool = new AvgPool2d(2);
    const x = Tensor.fromArray(Array.from({ length: 16 }, (_, i) => i), [1, 1, 4, 4]);
    const y = pool.forward(x);
    // window (0, 0) holds 0, 1, 4, 5; each window to the right adds 2, each one down adds 8
    expect(Array.from(y.data)).toEqual([2.5, 4.5, 10.5, 12.5]);
    const dx = pool.backward(Tensor.fromArray([4, 8, 12, 16], [1, 1, 2, 2]));
    expect(Array.from(dx.data)).toEqual([1, 1, 2, 2, 1, 1, 2, 2, 3, 3, 4, 4, 3, 3, 4, 4]);
  });

  it("counts padding as zeros in a divisor of kH * kW (PyTorch's count_include_pad default)", () => {
    const pool = new AvgPool2d(2, 2, 1);
    const y = pool.forward(Tensor.fromArray([4, 4, 4, 4], [1, 1, 2, 2]));
    // every window holds one real pixel and three padding zeros
    expect(Array.from(y.data)).toEqual([1, 1, 1, 1]);
    expect(pool.describe()).toBe('AvgPool2d(kernelSize=2, stride=2, padding=1)');
  });

  it('passes the numeric gradient check', () => {
    const rng = new Rng(42);
    expectGradientsMatch('AvgPool2d(2)', new AvgPool2d(2), randomTensor(rng, [2, 3, 4, 5]));
    expectGradientsMatch('AvgPool2d(3, 2, 1)', new AvgPool2d(3, 2, 1), randomTensor(rng, [1, 2, 5, 6]));
  });

  it('names the layer and both shapes when the input or dout do not fit', () => {
    const pool = new AvgPool2d(2);
    const name = 'AvgPool2d(kernelSize=2, stride=2, padding=0)';
    expect(() => pool.forward(Tensor.zeros([3, 4, 4]))).toThrow(`${name}: input has shape [3, 4, 4], expected [N, C, H, W]`);
    pool.forward(Tensor.zeros([1, 1, 4, 4]));
    expect(() => pool.backward(Tensor.zeros([1, 1, 4, 4]))).toThrow(`${name}.backward: dout has shape [1, 1, 4, 4], expected [1, 1, 2, 2]`);
  });
});
