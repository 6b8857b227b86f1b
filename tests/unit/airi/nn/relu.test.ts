import { describe, expect, it } from 'vitest';
import { ReLU, Rng, Tensor } from '../../../../airi/index';
import { expectGradientsMatch, randomTensor } from '../expect-gradients';

describe('ReLU', () => {
  it('forward is max(0, x)', () => {
    const y = new ReLU().forward(Tensor.fromArray([-2, 0, 3, -0.5], [4]));
    expect(Array.from(y.data)).toEqual([0, 0, 3, 0]);
  });

  it('backward passes dout where x > 0 only (0 at the kink, as PyTorch)', () => {
    const layer = new ReLU();
    layer.forward(Tensor.fromArray([-2, 0, 3], [3]));
    expect(Array.from(layer.backward(Tensor.fromArray([5, 6, 7], [3])).data)).toEqual([0, 0, 7]);
  });

  it('passes the numeric gradient check away from the kink', () => {
    const rng = new Rng(31);
    const x = randomTensor(rng, [5, 6]);
    // Central differences are meaningless within epsilon of 0, where the slope jumps.
    for (let i = 0; i < x.size; i++) if (Math.abs(x.data[i]) < 0.05) x.data[i] = x.data[i] < 0 ? -0.5 : 0.5;
    expectGradientsMatch('ReLU()', new ReLU(), x);
    expect(new ReLU().describe()).toBe('ReLU()');
  });

  it('names the layer and both shapes on a dout mismatch', () => {
    const layer = new ReLU();
    layer.forward(Tensor.zeros([2, 3]));
    expect(() => layer.backward(Tensor.zeros([3, 2]))).toThrow('ReLU().backward: dout has shape [3, 2], expected [2, 3]');
  });
});
