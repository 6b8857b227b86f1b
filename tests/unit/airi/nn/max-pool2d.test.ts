import { describe, expect, it } from 'vitest';
import { MaxPool2d, Rng, Tensor } from '../../../../airi/index';
import { expectGradientsMatch } from '../expect-gradients';

/** Distinct values 0.1 apart in random order: no ties within the gradient check's perturbation of 0.01. */
function distinct(rng: Rng, shape: number[]): Tensor {
  const size = shape.reduce((a, b) => a * b, 1);
  return Tensor.fromArray(Array.from(rng.permutation(size), (v) => 0.1 * v - 2), shape);
}

describe('MaxPool2d', () => {
  it('takes the max of each 2x2 window and routes the gradient to that pixel only (hand-computed)', () => {
    const pool = new MaxPool2d(2);
    // 4x4 image; the maxima of the four windows are 5 (top-left), 8, 9 and 7, each at a different corner.
    const x = Tensor.fromArray([
      1, 5, 8, 2,
      3, 0, 4, 6,
      9, 1, 0, 7,
      2, 3, 5, 1,
    ], [1, 1, 4, 4]);
    const y = pool.forward(x);
    expect(y.shape).toEqual([1, 1, 2, 2]);
    expect(Array.from(y.data)).toEqual([5, 8, 9, 7]);
    const dx = pool.backward(Tensor.fromArray([10, 20, 30, 40], [1, 1, 2, 2]));
    expect(Array.from(dx.data)).toEqual([
      0, 10, 20, 0,
      0, 0, 0, 0,
      30, 0, 0, 40,
      0, 0, 0, 0,
    ]);
  });

  it('gives a tie to the first maximum in scan order, as PyTorch', () => {
    const pool = new MaxPool2d(2);
    pool.forward(Tensor.fromArray([3, 3, 3, 3], [1, 1, 2, 2]));
    expect(Array.from(pool.backward(Tensor.fromArray([1], [1, 1, 1, 1])).data)).toEqual([1, 0, 0, 0]);
  });

  it('sums the gradients of overlapping windows that share a maximum, and never picks padding', () => {
    const pool = new MaxPool2d(3, 1, 1); // "same" pooling: every window contains the centre pixel
    const x = Tensor.fromArray([-5, -5, -5, -5, -1, -5, -5, -5, -5], [1, 1, 3, 3]);
    const y = pool.forward(x);
    expect(Array.from(y.data)).toEqual(Array(9).fill(-1)); // padding (as -Infinity) never beats -1
    const dx = pool.backward(Tensor.fromArray(Array(9).fill(1), [1, 1, 3, 3]));
    expect(Array.from(dx.data)).toEqual([0, 0, 0, 0, 9, 0, 0, 0, 0]);
  });

  it('defaults the stride to the kernel size and floors the output size', () => {
    const pool = new MaxPool2d(2);
    expect(pool.describe()).toBe('MaxPool2d(kernelSize=2, stride=2, padding=0)');
    expect(pool.forward(Tensor.zeros([2, 3, 5, 7])).shape).toEqual([2, 3, 2, 3]);
    expect(new MaxPool2d([3, 2], 1).forward(Tensor.zeros([1, 1, 5, 5])).shape).toEqual([1, 1, 3, 4]);
  });

  it('passes the numeric gradient check away from ties', () => {
    const rng = new Rng(41);
    expectGradientsMatch('MaxPool2d(2)', new MaxPool2d(2), distinct(rng, [2, 3, 4, 6]));
    expectGradientsMatch('MaxPool2d(3, 2, 1)', new MaxPool2d(3, 2, 1), distinct(rng, [2, 2, 5, 5]));
    expectGradientsMatch('MaxPool2d([2, 3], 1)', new MaxPool2d([2, 3], 1), distinct(rng, [1, 2, 4, 5]));
  });

  it('names the layer and both shapes when the input or dout do not fit', () => {
    const pool = new MaxPool2d(2);
    const name = 'MaxPool2d(kernelSize=2, stride=2, padding=0)';
    expect(() => pool.forward(Tensor.zeros([4, 8]))).toThrow(`${name}: input has shape [4, 8], expected [N, C, H, W]`);
    expect(() => pool.forward(Tensor.zeros([1, 1, 1, 4]))).toThrow(`${name}: input has shape [1, 1, 1, 4], smaller than the kernel`);
    expect(() => pool.backward(Tensor.zeros([1, 1, 2, 2]))).toThrow(`${name}: backward called before forward`);
    pool.forward(Tensor.zeros([1, 2, 4, 4]));
    expect(() => pool.backward(Tensor.zeros([1, 2, 4, 4]))).toThrow(`${name}.backward: dout has shape [1, 2, 4, 4], expected [1, 2, 2, 2]`);
    expect(() => new MaxPool2d(2, 2, 2)).toThrow('padding must be at most half the kernel size');
  });
});
