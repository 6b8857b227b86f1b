import { describe, expect, it } from 'vitest';
import { Rng, Sigmoid, Tensor } from '../../../../airi/index';
import { expectGradientsMatch, randomTensor } from '../expect-gradients';

describe('Sigmoid', () => {
  it('forward is 1 / (1 + exp(-x)), saturating without NaN', () => {
    const y = new Sigmoid().forward(Tensor.fromArray([0, 2, -1000, 1000], [4]));
    expect(y.data[0]).toBe(0.5);
    expect(y.data[1]).toBeCloseTo(1 / (1 + Math.exp(-2)), 6);
    expect(y.data[2]).toBe(0);
    expect(y.data[3]).toBe(1);
  });

  it('backward is dout * y * (1 - y)', () => {
    const layer = new Sigmoid();
    layer.forward(Tensor.fromArray([0], [1]));
    expect(layer.backward(Tensor.fromArray([2], [1])).data[0]).toBe(0.5); // 2 * 0.5 * 0.5
  });

  it('passes the numeric gradient check', () => {
    expectGradientsMatch('Sigmoid()', new Sigmoid(), randomTensor(new Rng(41), [4, 5], 2));
    expect(new Sigmoid().describe()).toBe('Sigmoid()');
  });

  it('names the layer and both shapes on a dout mismatch', () => {
    const layer = new Sigmoid();
    layer.forward(Tensor.zeros([2, 3]));
    expect(() => layer.backward(Tensor.zeros([6]))).toThrow('Sigmoid().backward: dout has shape [6], expected [2, 3]');
  });
});
