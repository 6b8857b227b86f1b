import { describe, expect, it } from 'vitest';
import { AdaptiveAvgPool2d, AvgPool2d, Rng, Tensor } from '../../../../airi/index';
import { expectGradientsMatch, randomTensor } from '../expect-gradients';

describe('AdaptiveAvgPool2d', () => {
  it('averages to one value per channel with output 1, and to [N, C, 1, 1]', () => {
    const x = Tensor.fromArray([1, 2, 3, 4, 10, 20, 30, 40], [1, 2, 2, 2]);
    const y = new AdaptiveAvgPool2d(1).forward(x);
    expect(y.shape).toEqual([1, 2, 1, 1]);
    expect(Array.from(y.data)).toEqual([2.5, 25]);
  });

  it('is AvgPool2d with kernel = stride = input / output when the sizes divide, and the identity at equal sizes', () => {
    const x = randomTensor(new Rng(1), [2, 3, 6, 9]);
    const adaptive = new AdaptiveAvgPool2d([2, 3]).forward(x);
    const fixed = new AvgPool2d([3, 3]).forward(x);
    expect(adaptive.shape).toEqual([2, 3, 2, 3]);
    expect(Array.from(adaptive.data)).toEqual(Array.from(fixed.data));
    const same = randomTensor(new Rng(2), [1, 2, 7, 7]);
    expect(Array.from(new AdaptiveAvgPool2d(7).forward(same).data)).toEqual(Array.from(same.data));
  });

  it('passes the numeric gradient check', () => {
    expectGradientsMatch('AdaptiveAvgPool2d(1)', new AdaptiveAvgPool2d(1), randomTensor(new Rng(3), [2, 3, 4, 5]));
    expectGradientsMatch('AdaptiveAvgPool2d([2, 1])', new AdaptiveAvgPool2d([2, 1]), randomTensor(new Rng(4), [1, 2, 4, 3]));
  });

  it('refuses sizes that do not divide, and describes itself', () => {
    const pool = new AdaptiveAvgPool2d(7);
    expect(pool.describe()).toBe('AdaptiveAvgPool2d(outputSize=7)');
    expect(() => pool.forward(Tensor.zeros([1, 1, 10, 14]))).toThrow('AdaptiveAvgPool2d(outputSize=7): input 10x14 does not divide evenly into 7x7');
    expect(() => pool.forward(Tensor.zeros([1, 14, 14]))).toThrow('expected [N, C, H, W]');
    expect(() => new AdaptiveAvgPool2d(0)).toThrow('outputSize must be an integer >= 1');
  });
});
