import { describe, expect, it } from 'vitest';
import { Rng, Tanh, Tensor } from '../../../../airi/index';
import { expectGradientsMatch, randomTensor } from '../expect-gradients';

describe('Tanh', () => {
  it('forward is tanh, element-wise, keeping the shape', () => {
    const y = new Tanh().forward(Tensor.fromArray([0, 1, -2, 20], [2, 2]));
    expect(y.shape).toEqual([2, 2]);
    expect(Array.from(y.data)).toEqual([0, Math.tanh(1), Math.tanh(-2), 1].map(Math.fround));
  });

  it('backward is dout * (1 - tanh(x)^2)', () => {
    const layer = new Tanh();
    layer.forward(Tensor.fromArray([0, 1], [2]));
    const dx = layer.backward(Tensor.fromArray([2, 3], [2]));
    expect(dx.data[0]).toBeCloseTo(2, 6);
    expect(dx.data[1]).toBeCloseTo(3 * (1 - Math.tanh(1) ** 2), 6);
  });

  it('passes the numeric gradient check', () => {
    const rng = new Rng(21);
    expectGradientsMatch('Tanh()', new Tanh(), randomTensor(rng, [4, 6]));
    expect(new Tanh().parameters()).toEqual([]);
    expect(new Tanh().describe()).toBe('Tanh()');
  });

  it('names the layer and both shapes on a dout mismatch, and refuses backward before forward', () => {
    const layer = new Tanh();
    expect(() => layer.backward(Tensor.zeros([2]))).toThrow('Tanh(): backward called before forward');
    layer.forward(Tensor.zeros([16, 16]));
    expect(() => layer.backward(Tensor.zeros([16, 8]))).toThrow('Tanh().backward: dout has shape [16, 8], expected [16, 16]');
  });
});
