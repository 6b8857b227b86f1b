import { describe, expect, it } from 'vitest';
import { Adam, CosineAnnealingLR, type LRScheduler, LinearLR, OneCycleLR, SGD, SequentialLR, StepLR } from '../../../../airi/index';
import { parameterOf } from '../optim/scalar-parameter';

function sgd(lr = 1): SGD {
  return new SGD([parameterOf([0])], { lr });
}

/** The rate at construction and after each of `steps` calls of step(). */
function rates(scheduler: LRScheduler, steps: number): number[] {
  const out = [scheduler.optimizer.lr];
  for (let t = 0; t < steps; t++) {
    scheduler.step();
    out.push(scheduler.optimizer.lr);
  }
  return out;
}

function expectClose(actual: number[], expected: number[]): void {
  expect(actual.length).toBe(expected.length);
  actual.forEach((v, t) => expect(Math.abs(v - expected[t]), `step ${t}: ${v} vs ${expected[t]}`).toBeLessThan(1e-12));
}

describe('StepLR', () => {
  it('multiplies by gamma every stepSize calls', () => {
    expectClose(rates(new StepLR(sgd(1), { stepSize: 2, gamma: 0.5 }), 5), [1, 1, 0.5, 0.5, 0.25, 0.25]);
  });
  it('defaults gamma to 0.1 and rejects a bad stepSize', () => {
    expectClose(rates(new StepLR(sgd(1), { stepSize: 1 }), 2), [1, 0.1, 0.01]);
    expect(() => new StepLR(sgd(), { stepSize: 0 })).toThrow('StepLR: stepSize must be an integer in [1, Infinity], got 0');
  });
});

describe('CosineAnnealingLR', () => {
  it('follows half a cosine from baseLr to etaMin over tMax calls (hand-computed)', () => {
    // tMax 4, etaMin 0.1, base 1: 0.1 + 0.9 (1 + cos(pi t / 4)) / 2 = 1, 0.86820, 0.55, 0.23180, 0.1
    const c = Math.SQRT1_2;
    expectClose(rates(new CosineAnnealingLR(sgd(1), { tMax: 4, etaMin: 0.1 }), 4), [1, 0.1 + 0.45 * (1 + c), 0.55, 0.1 + 0.45 * (1 - c), 0.1]);
  });
});

describe('LinearLR', () => {
  it('ramps from startFactor to endFactor over totalIters, then holds', () => {
    expectClose(rates(new LinearLR(sgd(0.5), { startFactor: 0.2, totalIters: 4 }), 6), [0.1, 0.2, 0.3, 0.4, 0.5, 0.5, 0.5]);
  });
  it('refuses a zero start factor, as PyTorch', () => {
    expect(() => new LinearLR(sgd(), { startFactor: 0 })).toThrow('LinearLR: startFactor must be in (0, 1], got 0');
  });
});

describe('OneCycleLR', () => {
  it('warms up from maxLr / divFactor to maxLr, then anneals to the final rate (hand-computed)', () => {
    // totalSteps 5, pctStart 0.4: warm-up phase [0, 1], anneal phase [1, 4]; initial 0.04, final 4e-6.
    // cos: t = 0 -> 0.04; t = 1 -> 1; then pct = 1/3, 2/3, 1: 4e-6 + (1 - 4e-6)(cos(pi pct) + 1)/2 = 0.75, 0.25, 4e-6
    const scheduler = new OneCycleLR(sgd(), { maxLr: 1, totalSteps: 5, pctStart: 0.4 });
    const half = (1 - 4e-6) / 2;
    expectClose(rates(scheduler, 4), [0.04, 1, 4e-6 + half * 1.5, 4e-6 + half * 0.5, 4e-6]);
    expect(scheduler.initialLr).toBeCloseTo(0.04, 15);
    expect(scheduler.minLr).toBeCloseTo(4e-6, 18);
  });

  it('linear anneal', () => {
    // maxLr 1, divFactor 10 (initial 0.1), finalDivFactor 10 (final 0.01), totalSteps 4, pctStart 0.5:
    // phase [0, 1]: 0.1 -> 1; phase [1, 3]: 1 -> 0.01 in two equal steps of 0.495.
    expectClose(rates(new OneCycleLR(sgd(), { maxLr: 1, totalSteps: 4, pctStart: 0.5, anneal: 'linear', divFactor: 10, finalDivFactor: 10 }), 3), [0.1, 1, 0.505, 0.01]);
  });

  it('allows one step past totalSteps, as PyTorch, refuses the next and leaves the rate alone', () => {
    const scheduler = new OneCycleLR(sgd(), { maxLr: 1, totalSteps: 3 });
    for (let t = 0; t < 3; t++) scheduler.step();
    const lr = scheduler.optimizer.lr;
    expect(() => scheduler.step()).toThrow('OneCycleLR: tried to step 5 times; totalSteps is 3');
    expect(scheduler.optimizer.lr).toBe(lr);
    expect(scheduler.lastEpoch).toBe(3);
  });

  it('drives any optimizer, Adam included', () => {
    const adam = new Adam([parameterOf([0])], { lr: 123 });
    const scheduler = new OneCycleLR(adam, { maxLr: 0.5, totalSteps: 10 });
    expect(adam.lr).toBeCloseTo(0.02, 15);
    expect(scheduler.lastLr).toBe(adam.lr);
  });

  it('rejects invalid options', () => {
    expect(() => new OneCycleLR(sgd(), { maxLr: 1, totalSteps: 0 })).toThrow('OneCycleLR: totalSteps must be an integer');
    expect(() => new OneCycleLR(sgd(), { maxLr: 1, totalSteps: 10, pctStart: 1.5 })).toThrow('pctStart');
    expect(() => new OneCycleLR(sgd(), { maxLr: 1, totalSteps: 10, anneal: 'cosine' as 'cos' })).toThrow("anneal must be 'cos' or 'linear'");
  });
});

describe('SequentialLR', () => {
  it('linear warm-up then cosine decay, each part counting from its milestone', () => {
    const optimizer = sgd(1);
    const warmup = new LinearLR(optimizer, { startFactor: 0.25, totalIters: 3 });
    const decay = new CosineAnnealingLR(optimizer, { tMax: 2 });
    // Both parts scale the optimizer's original lr (1), not what the other part last set.
    expect(decay.baseLr).toBe(1);
    const scheduler = new SequentialLR(optimizer, { schedulers: [warmup, decay], milestones: [3] });
    expectClose(rates(scheduler, 5), [0.25, 0.5, 0.75, 1, 0.5, 0]);
  });

  it('checks its milestones and parts', () => {
    const optimizer = sgd();
    const a = new LinearLR(optimizer);
    const b = new StepLR(optimizer, { stepSize: 1 });
    expect(() => new SequentialLR(optimizer, { schedulers: [a, b], milestones: [] })).toThrow('expected 1 milestones for 2 schedules, got 0');
    expect(() => new SequentialLR(optimizer, { schedulers: [a, b], milestones: [0] })).toThrow('increasing positive integers');
    expect(() => new SequentialLR(sgd(), { schedulers: [a, b], milestones: [2] })).toThrow('schedule 0 drives a different optimizer');
  });
});

describe('a schedule in a training loop', () => {
  it('changes the step size SGD actually takes', () => {
    const p = parameterOf([1]);
    const optimizer = new SGD([p], { lr: 1 });
    const scheduler = new StepLR(optimizer, { stepSize: 1, gamma: 0.5 });
    for (let t = 0; t < 3; t++) {
      optimizer.zeroGrad();
      p.grad.data[0] = 1;
      optimizer.step();
      scheduler.step();
    }
    // Steps of 1, 0.5, 0.25.
    expect(p.value.data[0]).toBeCloseTo(1 - 1.75, 6);
    expect(scheduler.lastLr).toBe(0.125);
  });
});
