// OneCycleLR on very short runs: with pctStart 0.25 and 4 steps (a CIFAR run of one epoch of four
// batches) the warm-up phase has zero length, which used to divide 0 by 0 and give a NaN rate.
import { describe, expect, it } from 'vitest';
import { OneCycleLR, SGD } from '../../../../airi/index';
import { parameterOf } from '../optim/scalar-parameter';

function ratesOf(totalSteps: number, pctStart: number, threePhase = false): number[] {
  const optimizer = new SGD([parameterOf([0])], { lr: 1 });
  const scheduler = new OneCycleLR(optimizer, { maxLr: 0.1, totalSteps, pctStart, threePhase });
  const rates = [optimizer.lr];
  for (let i = 1; i < totalSteps; i++) {
    scheduler.step();
    rates.push(optimizer.lr);
  }
  return rates;
}

describe('OneCycleLR on short cycles', () => {
  it('gives finite rates when a phase has zero length', () => {
    for (const [steps, pct] of [[4, 0.25], [1, 0.3], [2, 0.25], [4, 0.5], [8, 0.125]] as const) {
      for (const threePhase of [false, true]) {
        const rates = ratesOf(steps, pct, threePhase);
        expect(rates.every((r) => Number.isFinite(r) && r > 0), `${steps} steps, pctStart ${pct}: ${rates.join(', ')}`).toBe(true);
      }
    }
  });

  it('starts a zero-length warm-up at the peak and anneals to the minimum', () => {
    const rates = ratesOf(4, 0.25);
    expect(rates[0]).toBeCloseTo(0.1, 12);
    expect(rates[3]).toBeCloseTo(0.1 / 25 / 1e4, 12);
    expect(rates[1]).toBeLessThan(rates[0]);
    expect(rates[2]).toBeLessThan(rates[1]);
  });
});
