// LinearLR, as torch.optim.lr_scheduler.LinearLR: the rate moves linearly from startFactor * baseLr
// to endFactor * baseLr over totalIters calls of step(), then stays there. Its main use is a linear
// warm-up (a small rate for the first steps, while BatchNorm statistics and Adam's moments settle),
// followed by another schedule through SequentialLR. After t calls:
//   lr = baseLr * (startFactor + (endFactor - startFactor) * min(t, totalIters) / totalIters)
// Warm-up: Goyal et al. 2017, "Accurate, Large Minibatch SGD: Training ImageNet in 1 Hour", https://arxiv.org/abs/1706.02677
import type { Optimizer } from '../optim/optimizer';
import { LRScheduler, checkScheduleOption } from './lr-scheduler';

export interface LinearLROptions {
  /** Defaults to 1/3, as PyTorch; must be above 0. */
  startFactor?: number;
  /** Defaults to 1. */
  endFactor?: number;
  /** Calls of step() to go from one factor to the other; defaults to 5. */
  totalIters?: number;
}

export class LinearLR extends LRScheduler {
  readonly startFactor: number;
  readonly endFactor: number;
  readonly totalIters: number;

  constructor(optimizer: Optimizer, { startFactor = 1 / 3, endFactor = 1, totalIters = 5 }: LinearLROptions = {}) {
    super(optimizer);
    // PyTorch's bounds: a start factor of 0 would make the first step a no-op, so it is refused.
    if (!(startFactor > 0 && startFactor <= 1)) throw new Error(`LinearLR: startFactor must be in (0, 1], got ${startFactor}`);
    checkScheduleOption('LinearLR', 'endFactor', endFactor, 0, 1);
    checkScheduleOption('LinearLR', 'totalIters', totalIters, 1, Infinity, true);
    this.startFactor = startFactor;
    this.endFactor = endFactor;
    this.totalIters = totalIters;
    this.initialStep();
  }

  lrAt(epoch: number): number {
    const progress = Math.min(epoch, this.totalIters) / this.totalIters;
    return this.baseLr * (this.startFactor + (this.endFactor - this.startFactor) * progress);
  }
}
