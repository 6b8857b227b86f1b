import { describe, expect, it } from 'vitest';
import { Adagrad } from '../../../../airi/index';
import { expectSteps, parameterOf, stepsWith } from './scalar-parameter';

// p = 1, lr = 0.1, gradients 2, -1, 0.5; eps = 1e-10 is negligible here. PyTorch goldens: torch-goldens.test.ts.
const GRADS = [[2], [-1], [0.5]];

describe('Adagrad', () => {
  it('divides by the root of the running sum of squared gradients (hand-computed)', () => {
    const p = parameterOf([1]);
    // s = 4 -> p = 1 - 0.1 * 2/2 = 0.9; s = 5 -> p = 0.9 + 0.1/sqrt(5) = 0.94472136;
    // s = 5.25 -> p = 0.94472136 - 0.05/sqrt(5.25) = 0.92289957
    const adagrad = new Adagrad([p], { lr: 0.1 });
    expectSteps(stepsWith(p, adagrad, GRADS), [[0.9], [0.9447213596], [0.9228995705]]);
    expect(adagrad.stepCount).toBe(3);
  });

  it('decays the rate as lr / (1 + (t - 1) lrDecay)', () => {
    const p = parameterOf([1]);
    // Rates 0.1, 0.1/1.5, 0.1/2: 0.9; 0.9 + 0.0666667/sqrt(5) = 0.92981424; - 0.05 * 0.5/sqrt(5.25) = 0.91890335
    expectSteps(stepsWith(p, new Adagrad([p], { lr: 0.1, lrDecay: 0.5 }), GRADS), [[0.9], [0.9298142397], [0.9189033452]]);
  });

  it('starts the sums at initialAccumulatorValue and adds L2 weight decay to the gradient', () => {
    const p = parameterOf([1]);
    // g = 2 + 0.5 * 1 = 2.5, s = 1 + 6.25 = 7.25, p = 1 - 0.1 * 2.5 / sqrt(7.25) = 0.90715233
    expectSteps(stepsWith(p, new Adagrad([p], { lr: 0.1, weightDecay: 0.5, initialAccumulatorValue: 1 }), [[2]]), [[1 - 0.25 / Math.sqrt(7.25)]]);
  });

  it('zeroGrad clears the gradients', () => {
    const p = parameterOf([1, 2]);
    p.grad.data.set([3, 4]);
    new Adagrad([p], { lr: 0.1 }).zeroGrad();
    expect(Array.from(p.grad.data)).toEqual([0, 0]);
  });

  it('rejects invalid options', () => {
    const p = parameterOf([1]);
    expect(() => new Adagrad([p], { lr: -1 })).toThrow('Adagrad: lr must be in [0, Infinity], got -1');
    expect(() => new Adagrad([p], { lr: 0.1, lrDecay: -0.1 })).toThrow('lrDecay');
    expect(() => new Adagrad([p], { lr: 0.1, initialAccumulatorValue: -1 })).toThrow('initialAccumulatorValue');
  });
});
