import { describe, expect, it } from 'vitest';
import { BatchNorm2d, Conv2d, Linear, Residual, Rng, SiLU, Sequential, StochasticDepth, Tensor, namedBuffers } from '../../../../airi/index';
import { expectGradientsMatch, randomTensor } from '../expect-gradients';

describe('Residual', () => {
  it('adds its input to its layers\' output, and names parameters and buffers by its layers\' names', () => {
    const rng = new Rng(1);
    const linear = new Linear(3, 3, { rng });
    const block = new Residual({ block: new Sequential(linear, new SiLU()) });
    const x = randomTensor(rng, [2, 3]);
    const fx = new Sequential(linear, new SiLU()).forward(x);
    const y = block.forward(x);
    y.data.forEach((v, i) => expect(v).toBeCloseTo(fx.data[i] + x.data[i], 6));
    expect(block.parameters().map((p) => p.name)).toEqual(['block.0.weight', 'block.0.bias']);
    const withNorm = new Residual({ block: new Sequential(new Conv2d(2, 2, 1, { rng }), new BatchNorm2d(2)) });
    expect(namedBuffers(withNorm).map((b) => b.name)).toEqual(['block.1.running_mean', 'block.1.running_var']);
  });

  it('passes the numeric gradient check (the skip adds dout to the layers\' input gradient)', () => {
    const rng = new Rng(2);
    const block = new Residual({ block: new Sequential(new Conv2d(2, 2, 3, { rng, padding: 1 }), new SiLU()), stochastic_depth: new StochasticDepth(0.5, 'row', { rng }) });
    // In evaluation stochastic depth is the identity, so the check is deterministic.
    expectGradientsMatch('Residual(conv, SiLU, stochastic depth) in evaluation', block, randomTensor(rng, [2, 2, 4, 4]), 7, false);
  });

  it('refuses layers that change the shape, naming both shapes', () => {
    const block = new Residual({ block: new Linear(3, 2, { rng: new Rng(3) }) }, 'MBConv');
    expect(() => block.forward(Tensor.zeros([1, 3]))).toThrow('MBConv: its layers turn [1, 3] into [1, 2]; the skip needs the same shape');
    expect(() => block.backward(Tensor.zeros([1, 3]))).toThrow('MBConv: backward called before forward');
  });
});
