import { describe, expect, it } from 'vitest';
import { RMSprop } from '../../../../airi/index';
import { expectSteps, parameterOf, stepsWith } from './scalar-parameter';

// p = 1, lr = 0.01, alpha = 0.9, gradients 2, -1, 0.5 (float64 by hand; eps = 1e-8 barely shows).
// PyTorch goldens with its defaults and every option: torch-goldens.test.ts.
const GRADS = [[2], [-1], [0.5]];

describe('RMSprop', () => {
  it('divides by the root of a moving mean square, without bias correction', () => {
    const p = parameterOf([1]);
    // v = 0.4 -> p = 1 - 0.02/sqrt(0.4) = 0.96837722; v = 0.46 -> + 0.01/sqrt(0.46) = 0.98312142;
    // v = 0.439 -> - 0.005/sqrt(0.439) = 0.97557506
    expectSteps(stepsWith(p, new RMSprop([p], { lr: 0.01, alpha: 0.9 }), GRADS), [[0.9683772239], [0.9831214193], [0.9755750555]]);
  });

  it('centered: divides by sqrt(v - a^2), the gradient variance', () => {
    const p = parameterOf([1]);
    // v = 0.4, a = 0.2: sqrt(0.36) = 0.6 -> p = 1 - 0.02/0.6 = 0.96666667;
    // v = 0.46, a = 0.08: v - a^2 = 0.4536 -> 0.98151451; v = 0.439, a = 0.122: 0.424116 -> 0.97383688
    const rmsprop = new RMSprop([p], { lr: 0.01, alpha: 0.9, centered: true });
    expectSteps(stepsWith(p, rmsprop, GRADS), [[0.9666666672], [0.9815145138], [0.9738368751]]);
  });

  it('momentum: b = mu b + g / d, p -= lr b (the buffer starts at 0)', () => {
    const p = parameterOf([1]);
    // b = 2/sqrt(0.4) = 3.16227761 -> 0.96837722; b = 0.9 * 3.16227761 - 1/sqrt(0.46) = 1.37163031 -> 0.95466092;
    // b = 0.9 * 1.37163031 + 0.5/sqrt(0.439) = 1.98910366 -> 0.93476988
    const rmsprop = new RMSprop([p], { lr: 0.01, alpha: 0.9, momentum: 0.9 });
    expectSteps(stepsWith(p, rmsprop, GRADS), [[0.9683772239], [0.9546609208], [0.9347698842]]);
  });

  it('adds eps after the square root and L2 weight decay to the gradient', () => {
    const p = parameterOf([1]);
    // g = 0.5 + 0.5 * 1 = 1, v = 0.1 * 1 = 0.1, p = 1 - 0.1 * 1 / (sqrt(0.1) + 0.5) = 0.88448...
    const rmsprop = new RMSprop([p], { lr: 0.1, alpha: 0.9, eps: 0.5, weightDecay: 0.5 });
    expectSteps(stepsWith(p, rmsprop, [[0.5]]), [[1 - 0.1 / (Math.sqrt(0.1) + 0.5)]]);
  });

  it('zeroGrad clears the gradients', () => {
    const p = parameterOf([1, 2]);
    p.grad.data.set([3, 4]);
    new RMSprop([p], { lr: 0.1 }).zeroGrad();
    expect(Array.from(p.grad.data)).toEqual([0, 0]);
  });

  it('rejects invalid options', () => {
    const p = parameterOf([1]);
    expect(() => new RMSprop([p], { lr: -1 })).toThrow('RMSprop: lr must be in [0, Infinity], got -1');
    expect(() => new RMSprop([p], { lr: 0.1, momentum: -0.5 })).toThrow('momentum');
    expect(() => new RMSprop([p], { lr: 0.1, alpha: Number.NaN })).toThrow('alpha');
  });
});
