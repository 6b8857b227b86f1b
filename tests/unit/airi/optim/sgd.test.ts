import { describe, expect, it } from 'vitest';
import { SGD, Tensor, createParameter } from '../../../../airi/index';
import { expectSteps, parameterOf, stepsWith } from './scalar-parameter';

// Every case starts at p = 1 with lr = 0.1 and the gradients 1, 2, -1 (written in, not computed),
// and the expected values are worked out by hand from torch.optim.SGD's documented algorithm.
const GRADS = [[1], [2], [-1]];

describe('SGD', () => {
  it('plain: p -= lr * g', () => {
    const p = parameterOf([1]);
    // 1 - 0.1 = 0.9; 0.9 - 0.2 = 0.7; 0.7 + 0.1 = 0.8
    expectSteps(stepsWith(p, new SGD([p], { lr: 0.1 }), GRADS), [[0.9], [0.7], [0.8]]);
  });

  it('momentum: the buffer starts as the first gradient, then b = mu b + g (PyTorch convention)', () => {
    const p = parameterOf([1]);
    // b1 = 1 -> p = 0.9; b2 = 0.9 + 2 = 2.9 -> p = 0.61; b3 = 2.61 - 1 = 1.61 -> p = 0.449
    expectSteps(stepsWith(p, new SGD([p], { lr: 0.1, momentum: 0.9 }), GRADS), [[0.9], [0.61], [0.449]]);
  });

  it('nesterov: step along g + mu b', () => {
    const p = parameterOf([1]);
    // b1 = 1, g + 0.9 b = 1.9 -> 0.81; b2 = 2.9, 2 + 2.61 = 4.61 -> 0.349; b3 = 1.61, -1 + 1.449 = 0.449 -> 0.3041
    expectSteps(stepsWith(p, new SGD([p], { lr: 0.1, momentum: 0.9, nesterov: true }), GRADS), [[0.81], [0.349], [0.3041]]);
  });

  it('dampening scales new gradients but not the first one', () => {
    const p = parameterOf([1]);
    // b1 = 1 (undamped) -> 0.9; b2 = 0.9 + 0.5 * 2 = 1.9 -> 0.71; b3 = 1.71 - 0.5 = 1.21 -> 0.589
    expectSteps(stepsWith(p, new SGD([p], { lr: 0.1, momentum: 0.9, dampening: 0.5 }), GRADS), [[0.9], [0.71], [0.589]]);
  });

  it('weight decay adds lambda * p to the gradient before momentum', () => {
    const p = parameterOf([1]);
    // g1 = 1 + 0.1 = 1.1 = b1 -> 0.89; g2 = 2 + 0.089 = 2.089, b2 = 0.99 + 2.089 = 3.079 -> 0.5821;
    // g3 = -1 + 0.05821 = -0.94179, b3 = 2.7711 - 0.94179 = 1.82931 -> 0.399169
    expectSteps(stepsWith(p, new SGD([p], { lr: 0.1, momentum: 0.9, weightDecay: 0.1 }), GRADS), [[0.89], [0.5821], [0.399169]]);
  });

  it('keeps lr outside the buffer, so changing lr takes effect at once', () => {
    const p = parameterOf([1]);
    // b1 = 1 -> 1 - 0.1 = 0.9; b2 = 1.9 -> 0.9 - 0.2 * 1.9 = 0.52 (Sutskever's form would give 0.71)
    expectSteps(stepsWith(p, new SGD([p], { lr: 0.1, momentum: 0.9 }), [[1], [1]], [0.1, 0.2]), [[0.9], [0.52]]);
  });

  it('updates every element and every parameter independently', () => {
    const a = parameterOf([1, -2]);
    const b = createParameter('b', Tensor.fromArray([3], [1]));
    const sgd = new SGD([a, b], { lr: 0.5, momentum: 0.5 });
    a.grad.data.set([1, -1]);
    b.grad.data.set([4]);
    sgd.step();
    expect(Array.from(a.value.data)).toEqual([0.5, -1.5]);
    expect(Array.from(b.value.data)).toEqual([1]);
  });

  it('zeroGrad clears the gradients', () => {
    const p = parameterOf([1, 2]);
    p.grad.data.set([3, 4]);
    new SGD([p], { lr: 0.1 }).zeroGrad();
    expect(Array.from(p.grad.data)).toEqual([0, 0]);
  });

  it('rejects invalid options as PyTorch does', () => {
    const p = parameterOf([1]);
    expect(() => new SGD([p], { lr: -1 })).toThrow('SGD: lr must be in [0, Infinity], got -1');
    expect(() => new SGD([p], { lr: 0.1, nesterov: true })).toThrow('nesterov requires momentum > 0 and dampening = 0');
    expect(() => new SGD([p], { lr: 0.1, momentum: 0.9, dampening: 0.1, nesterov: true })).toThrow('nesterov');
    expect(() => new SGD([p], { lr: Number.NaN })).toThrow('lr');
  });
});
