// StepLR, as torch.optim.lr_scheduler.StepLR: the notebooks' classic "divide the rate by 10 every
// few epochs". After t calls of step(): lr = baseLr * gamma^floor(t / stepSize).
import type { Optimizer } from '../optim/optimizer';
import { LRScheduler, checkScheduleOption } from './lr-scheduler';

export interface StepLROptions {
  /** Calls of step() between two decays. */
  stepSize: number;
  /** Factor applied at each decay; defaults to 0.1. */
  gamma?: number;
}

export class StepLR extends LRScheduler {
  readonly stepSize: number;
  readonly gamma: number;

  constructor(optimizer: Optimizer, { stepSize, gamma = 0.1 }: StepLROptions) {
    super(optimizer);
    checkScheduleOption('StepLR', 'stepSize', stepSize, 1, Infinity, true);
    checkScheduleOption('StepLR', 'gamma', gamma, 0, Infinity);
    this.stepSize = stepSize;
    this.gamma = gamma;
    this.initialStep();
  }

  lrAt(epoch: number): number {
    return this.baseLr * this.gamma ** Math.floor(epoch / this.stepSize);
  }
}
