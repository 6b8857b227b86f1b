import { describe, expect, it } from 'vitest';
import { Flatten, Rng, Tensor } from '../../../../airi/index';
import { expectGradientsMatch, randomTensor } from '../expect-gradients';

describe('Flatten', () => {
  it('merges every dimension after the batch by default, as a view of the same buffer', () => {
    const flatten = new Flatten();
    const x = Tensor.zeros([2, 16, 24, 24]);
    const y = flatten.forward(x);
    expect(y.shape).toEqual([2, 9216]);
    expect(y.data).toBe(x.data);
    const dx = flatten.backward(Tensor.zeros([2, 9216]));
    expect(dx.shape).toEqual([2, 16, 24, 24]);
    expect(flatten.describe()).toBe('Flatten(startDim=1, endDim=-1)');
  });

  it('honours startDim and endDim, negative ones counted from the end', () => {
    expect(new Flatten(0).forward(Tensor.zeros([2, 3, 4])).shape).toEqual([24]);
    expect(new Flatten(1, 2).forward(Tensor.zeros([2, 3, 4, 5])).shape).toEqual([2, 12, 5]);
    expect(new Flatten(-2).forward(Tensor.zeros([2, 3, 4, 5])).shape).toEqual([2, 3, 20]);
  });

  it('passes the numeric gradient check', () => {
    expectGradientsMatch('Flatten()', new Flatten(), randomTensor(new Rng(60), [2, 3, 2, 2]));
  });

  it('names the layer and both shapes when the input or dout do not fit', () => {
    const flatten = new Flatten();
    expect(() => flatten.forward(Tensor.zeros([5]))).toThrow('Flatten(startDim=1, endDim=-1): input has shape [5], which has no dimensions 1 to -1');
    flatten.forward(Tensor.zeros([2, 3, 4]));
    expect(() => flatten.backward(Tensor.zeros([2, 3, 4]))).toThrow('Flatten(startDim=1, endDim=-1).backward: dout has shape [2, 3, 4], expected [2, 12]');
  });
});
