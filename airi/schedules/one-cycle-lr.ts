// OneCycleLR, as torch.optim.lr_scheduler.OneCycleLR: Smith's one-cycle policy, which trains the
// later lessons' CNNs fast. The rate warms up from maxLr / divFactor to maxLr over the first
// pctStart of totalSteps, then anneals down to maxLr / (divFactor * finalDivFactor). Step it once
// per batch, totalSteps times in all.
//
// PyTorch's exact phases, with initial = maxLr / divFactor and min = initial / finalDivFactor:
//   two phases (default):   [0, pctStart * totalSteps - 1]: initial -> maxLr; [that, totalSteps - 1]: maxLr -> min
//   threePhase:             initial -> maxLr up to pctStart * totalSteps - 1, maxLr -> initial up to
//                           2 * pctStart * totalSteps - 2, then initial -> min up to totalSteps - 1
// At call count t inside a phase [s, e] from a to b, with pct = (t - s) / (e - s):
//   'cos':    lr = b + (a - b) / 2 * (cos(pi * pct) + 1)
//   'linear': lr = a + (b - a) * pct
// Phase ends are not rounded (a phase may end at 2.0 or at 4.75), exactly as PyTorch computes them.
// A phase that ends where it starts (pctStart * totalSteps = 1) takes its end rate at once.
// Not ported: cycle_momentum (PyTorch also swings SGD's momentum or Adam's beta1 between 0.95 and
// 0.85 inversely to the rate); here momentum stays as the optimizer was built.
// Smith & Topin 2018, "Super-Convergence", https://arxiv.org/abs/1708.07120
import type { Optimizer } from '../optim/optimizer';
import { LRScheduler, checkScheduleOption } from './lr-scheduler';

export interface OneCycleLROptions {
  /** The peak rate. */
  maxLr: number;
  /** Calls of step() in the whole cycle (PyTorch: total_steps, or epochs * steps_per_epoch). */
  totalSteps: number;
  /** Share of the cycle spent warming up; defaults to 0.3. */
  pctStart?: number;
  /** Shape of every phase; defaults to 'cos'. */
  anneal?: 'cos' | 'linear';
  /** initial lr = maxLr / divFactor; defaults to 25. */
  divFactor?: number;
  /** final lr = initial lr / finalDivFactor; defaults to 1e4. */
  finalDivFactor?: number;
  /** Fast.ai's variant: back down to the initial rate symmetrically, then to the final one; defaults to false. */
  threePhase?: boolean;
}

interface Phase {
  endStep: number;
  startLr: number;
  endLr: number;
}

export class OneCycleLR extends LRScheduler {
  readonly maxLr: number;
  readonly totalSteps: number;
  readonly anneal: 'cos' | 'linear';
  /** maxLr / divFactor: the rate at step 0. */
  readonly initialLr: number;
  /** initialLr / finalDivFactor: the rate at the last step. */
  readonly minLr: number;
  private readonly phases: Phase[];

  constructor(
    optimizer: Optimizer,
    { maxLr, totalSteps, pctStart = 0.3, anneal = 'cos', divFactor = 25, finalDivFactor = 1e4, threePhase = false }: OneCycleLROptions,
  ) {
    super(optimizer);
    checkScheduleOption('OneCycleLR', 'maxLr', maxLr, 0, Infinity);
    checkScheduleOption('OneCycleLR', 'totalSteps', totalSteps, 1, Infinity, true);
    checkScheduleOption('OneCycleLR', 'pctStart', pctStart, 0, 1);
    checkScheduleOption('OneCycleLR', 'divFactor', divFactor, Number.MIN_VALUE, Infinity);
    checkScheduleOption('OneCycleLR', 'finalDivFactor', finalDivFactor, Number.MIN_VALUE, Infinity);
    if (anneal !== 'cos' && anneal !== 'linear') throw new Error(`OneCycleLR: anneal must be 'cos' or 'linear', got ${String(anneal)}`);
    this.maxLr = maxLr;
    this.totalSteps = totalSteps;
    this.anneal = anneal;
    this.initialLr = maxLr / divFactor;
    this.minLr = this.initialLr / finalDivFactor;
    const warmupEnd = pctStart * totalSteps - 1;
    this.phases = threePhase
      ? [
          { endStep: warmupEnd, startLr: this.initialLr, endLr: maxLr },
          { endStep: 2 * pctStart * totalSteps - 2, startLr: maxLr, endLr: this.initialLr },
          { endStep: totalSteps - 1, startLr: this.initialLr, endLr: this.minLr },
        ]
      : [
          { endStep: warmupEnd, startLr: this.initialLr, endLr: maxLr },
          { endStep: totalSteps - 1, startLr: maxLr, endLr: this.minLr },
        ];
    this.initialStep();
  }

  lrAt(epoch: number): number {
    // PyTorch allows one call past the last step (its rate extrapolates the last phase) and refuses more.
    if (epoch > this.totalSteps) {
      throw new Error(`OneCycleLR: tried to step ${epoch + 1} times; totalSteps is ${this.totalSteps}`);
    }
    let startStep = 0;
    for (let i = 0; i < this.phases.length; i++) {
      const { endStep, startLr, endLr } = this.phases[i];
      if (epoch <= endStep || i === this.phases.length - 1) {
        // A phase of zero (or negative) length, e.g. a 4-step cycle with pctStart 0.25, is already
        // over: its end rate applies (PyTorch divides by zero here).
        const pct = endStep > startStep ? (epoch - startStep) / (endStep - startStep) : 1;
        return this.anneal === 'cos' ? endLr + ((startLr - endLr) / 2) * (Math.cos(Math.PI * pct) + 1) : startLr + (endLr - startLr) * pct;
      }
      startStep = endStep;
    }
    throw new Error('OneCycleLR: unreachable');
  }
}
