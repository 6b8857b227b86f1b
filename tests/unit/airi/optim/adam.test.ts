import { describe, expect, it } from 'vitest';
import { Adam } from '../../../../airi/index';
import { expectSteps, parameterOf, stepsWith } from './scalar-parameter';

describe('Adam', () => {
  it('takes the first three steps on a scalar as worked out by hand, with bias correction', () => {
    const p = parameterOf([1]);
    const adam = new Adam([p], { lr: 0.1 });
    // betas (0.9, 0.999), eps 1e-8, gradients 2, -1, 0.5:
    // t=1: m = 0.2, v = 0.004; m_hat = 0.2/0.1 = 2, v_hat = 0.004/0.001 = 4
    //      p = 1 - 0.1 * 2 / (2 + 1e-8) = 0.9000000005     (without bias correction: 1 - 0.316)
    // t=2: m = 0.18 - 0.1 = 0.08, v = 0.003996 + 0.001 = 0.004996
    //      m_hat = 0.08/0.19 = 0.42105263, v_hat = 0.004996/0.001999 = 2.49924962, sqrt = 1.58090152
    //      p = 0.9 - 0.1 * 0.42105263 / 1.58090152 = 0.87336630
    // t=3: m = 0.072 + 0.05 = 0.122, v = 0.004991004 + 0.00025 = 0.005241004
    //      m_hat = 0.122/0.271 = 0.45018450, v_hat = 0.005241004/0.002997001 = 1.74874977, sqrt = 1.32240303
    //      p = 0.87336630 - 0.1 * 0.45018450 / 1.32240303 = 0.83932338
    expectSteps(stepsWith(p, adam, [[2], [-1], [0.5]]), [[0.9000000005], [0.8733662967], [0.8393233821]]);
    expect(adam.stepCount).toBe(3);
  });

  it('applies custom betas, eps and L2 weight decay (added to the gradient) element-wise', () => {
    const p = parameterOf([0.5, -2]);
    const adam = new Adam([p], { lr: 0.01, betas: [0.8, 0.99], eps: 1e-3, weightDecay: 0.1 });
    // Element 0, t=1: g = 1 + 0.1 * 0.5 = 1.05; m_hat = 1.05, v_hat = 1.1025, sqrt = 1.05
    //   p = 0.5 - 0.01 * 1.05 / (1.05 + 0.001) = 0.49000951 (eps is outside the square root)
    // Element 1, t=1: g = 0.001 - 0.2 = -0.199, so the decay dominates: p = -2 + 0.01 * 0.199/0.200 = -1.99005
    // Later steps by the same equations (computed independently in float64):
    const expected = [
      [0.4900095147, -1.99005],
      [0.4952919751, -1.9801056951],
      [0.4946089578, -1.9701446044],
    ];
    expectSteps(stepsWith(p, adam, [[1, 0.001], [-3, 0.002], [2, -0.004]]), expected);
  });

  it('reads lr at every step, so a schedule can change it', () => {
    const p = parameterOf([1]);
    // With a constant gradient g, m_hat = g and sqrt(v_hat) = |g| at every step (that is what the bias
    // corrections achieve), so each step moves p by lr, less a hair for eps.
    expectSteps(stepsWith(p, new Adam([p], { lr: 0.1 }), [[3], [3], [3]], [0.1, 0.01, 0.5]), [[0.9], [0.89], [0.39]]);
  });

  it('zeroGrad clears the gradients', () => {
    const p = parameterOf([1, 2]);
    p.grad.data.set([3, 4]);
    new Adam([p], { lr: 0.1 }).zeroGrad();
    expect(Array.from(p.grad.data)).toEqual([0, 0]);
  });

  it('rejects invalid options', () => {
    const p = parameterOf([1]);
    expect(() => new Adam([p], { lr: -0.1 })).toThrow('Adam: lr must be in [0, Infinity], got -0.1');
    expect(() => new Adam([p], { lr: 0.1, betas: [1, 0.999] })).toThrow('Adam: betas[0] must be in [0, 1), got 1');
    expect(() => new Adam([p], { lr: 0.1, eps: -1 })).toThrow('eps');
  });
});
