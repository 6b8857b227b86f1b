// The four CIFAR-10 networks: parameter counts as the notebooks' (derived in the spec), output shapes,
// and state_dict names as a torch.nn.Sequential of the same layers would have them.
import { describe, expect, it } from 'vitest';
import { Rng, Tensor, countParameters, stateDict } from '../../../../../airi';
import { buildBetterConvNet, buildDemoConvNet, buildSoftmaxClassifier, buildTwoLayerNet } from '../../../../../lab/lessons/cifar/cifar-models';

describe('CIFAR-10 model builders', () => {
  it('softmax: 3072×10 without bias, 30,720 parameters, tiny N(0, 1e-4) start', () => {
    const model = buildSoftmaxClassifier(new Rng(1));
    expect(countParameters(model)).toBe(30_720);
    expect(Object.keys(stateDict(model))).toEqual(['0.weight']);
    const w = stateDict(model)['0.weight'].data;
    expect(Math.max(...w.map(Math.abs))).toBeLessThan(1e-3);
    expect(model.forward(Tensor.zeros([2, 3072])).shape).toEqual([2, 10]);
  });

  it('two-layer: 308,310 parameters with 100 hidden units, 3,083,010 with 1000', () => {
    expect(countParameters(buildTwoLayerNet(100, new Rng(1)))).toBe(308_310);
    expect(countParameters(buildTwoLayerNet(1000, new Rng(1)))).toBe(3_083_010);
  });

  it('DemoConvNet: 1,124,686 parameters, logits for 10 classes', () => {
    const model = buildDemoConvNet(new Rng(1));
    expect(countParameters(model)).toBe(1_124_686);
    expect(model.forward(Tensor.zeros([2, 3, 32, 32])).shape).toEqual([2, 10]);
    expect(Object.keys(stateDict(model))).toEqual([
      '0.weight', '0.bias', '2.weight', '2.bias', '5.weight', '5.bias', '7.weight', '7.bias', '9.weight', '9.bias',
    ]);
  });

  it('BetterConvNet: 2,152,706 parameters plus BatchNorm buffers, logits (no softmax)', () => {
    const model = buildBetterConvNet(new Rng(1));
    expect(countParameters(model)).toBe(2_152_706);
    const rng = new Rng(2);
    const x = Tensor.fromArray(Array.from({ length: 4 * 3072 }, () => rng.normal()), [4, 3, 32, 32]);
    const out = model.forward(x, true);
    expect(out.shape).toEqual([4, 10]);
    // Logits, not probabilities: rows need not sum to one.
    const rowSum = out.data.slice(0, 10).reduce((a, b) => a + b, 0);
    expect(Math.abs(rowSum - 1)).toBeGreaterThan(1e-3);
    const names = Object.keys(stateDict(model));
    expect(names).toContain('1.running_mean');
    expect(names).toContain('13.weight');
    expect(names).toContain('15.bias');
  });

  it('the same seed builds the same weights', () => {
    const a = stateDict(buildDemoConvNet(new Rng(7)))['0.weight'].data;
    const b = stateDict(buildDemoConvNet(new Rng(7)))['0.weight'].data;
    expect(Array.from(a)).toEqual(Array.from(b));
  });
});
