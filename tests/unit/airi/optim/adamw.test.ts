import { describe, expect, it } from 'vitest';
import { Adam, AdamW } from '../../../../airi/index';
import { expectSteps, parameterOf, stepsWith } from './scalar-parameter';

describe('AdamW', () => {
  it('shrinks p by (1 - lr * weightDecay), then takes the Adam step (hand-computed)', () => {
    const p = parameterOf([1]);
    // lr 0.1, weightDecay 0.1 (factor 0.99), gradients 2, -1, 0.5; the Adam steps are adam.test.ts's
    // 0.1, 0.02663370 and 0.03404291:
    // 0.99 - 0.1 = 0.89; 0.89 * 0.99 - 0.02663370 = 0.85446630; 0.85446630 * 0.99 - 0.03404291 = 0.81187872
    const adamw = new AdamW([p], { lr: 0.1, weightDecay: 0.1 });
    expectSteps(stepsWith(p, adamw, [[2], [-1], [0.5]]), [[0.8900000005], [0.8544662967], [0.8118787192]]);
    expect(adamw.stepCount).toBe(3);
  });

  it('defaults weightDecay to 0.01, as PyTorch', () => {
    expect(new AdamW([parameterOf([1])], { lr: 0.1 }).weightDecay).toBe(0.01);
  });

  it('differs from Adam’s L2 decay: the decay is not divided by sqrt(v)', () => {
    // With a zero gradient, Adam sees g = lambda * p = 0.1 alone; the normalization turns it into a
    // full step of lr, while AdamW only shrinks p by 1 - lr * lambda = 0.99.
    const a = parameterOf([1]);
    const w = parameterOf([1]);
    expectSteps(stepsWith(a, new Adam([a], { lr: 0.1, weightDecay: 0.1 }), [[0]]), [[0.9]]);
    expectSteps(stepsWith(w, new AdamW([w], { lr: 0.1, weightDecay: 0.1 }), [[0]]), [[0.99]]);
  });

  it('equals Adam without weight decay', () => {
    const a = parameterOf([1, -2]);
    const w = parameterOf([1, -2]);
    const grads = [[1, 0.5], [-2, 0.1], [0.3, -4]];
    expect(stepsWith(w, new AdamW([w], { lr: 0.05, weightDecay: 0 }), grads)).toEqual(stepsWith(a, new Adam([a], { lr: 0.05 }), grads));
  });

  it('zeroGrad clears the gradients', () => {
    const p = parameterOf([1, 2]);
    p.grad.data.set([3, 4]);
    new AdamW([p], { lr: 0.1 }).zeroGrad();
    expect(Array.from(p.grad.data)).toEqual([0, 0]);
  });

  it('rejects invalid options', () => {
    const p = parameterOf([1]);
    expect(() => new AdamW([p], { lr: -0.1 })).toThrow('AdamW: lr must be in [0, Infinity], got -0.1');
    expect(() => new AdamW([p], { lr: 0.1, betas: [0.9, 1] })).toThrow('AdamW: betas[1] must be in [0, 1), got 1');
    expect(() => new AdamW([p], { lr: 0.1, weightDecay: -1 })).toThrow('weightDecay');
  });
});
