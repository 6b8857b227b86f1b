// CosineAnnealingLR, as torch.optim.lr_scheduler.CosineAnnealingLR: the rate follows half a cosine
// from baseLr down to etaMin over tMax calls of step(), a smooth decay that needs no tuning of
// milestones (the sine lesson's decayed rate has this shape). After t calls:
//   lr = etaMin + (baseLr - etaMin) * (1 + cos(pi * t / tMax)) / 2
// This is PyTorch's closed form (its _get_closed_form_lr); its default recursive form gives the same
// values up to rounding. Past tMax the cosine keeps going and the rate climbs back, as in PyTorch
// (no restarts: that is CosineAnnealingWarmRestarts).
// Loshchilov & Hutter 2017, "SGDR: Stochastic Gradient Descent with Warm Restarts", https://arxiv.org/abs/1608.03983
import type { Optimizer } from '../optim/optimizer';
import { LRScheduler, checkScheduleOption } from './lr-scheduler';

export interface CosineAnnealingLROptions {
  /** Calls of step() from baseLr down to etaMin. */
  tMax: number;
  /** The lowest rate; defaults to 0. */
  etaMin?: number;
}

export class CosineAnnealingLR extends LRScheduler {
  readonly tMax: number;
  readonly etaMin: number;

  constructor(optimizer: Optimizer, { tMax, etaMin = 0 }: CosineAnnealingLROptions) {
    super(optimizer);
    checkScheduleOption('CosineAnnealingLR', 'tMax', tMax, 1, Infinity, true);
    checkScheduleOption('CosineAnnealingLR', 'etaMin', etaMin, 0, Infinity);
    this.tMax = tMax;
    this.etaMin = etaMin;
    this.initialStep();
  }

  lrAt(epoch: number): number {
    return this.etaMin + ((this.baseLr - this.etaMin) * (1 + Math.cos((Math.PI * epoch) / this.tMax))) / 2;
  }
}
