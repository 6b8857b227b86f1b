// SequentialLR, as torch.optim.lr_scheduler.SequentialLR: hands the rate from one schedule to the
// next at given call counts. The usual pairing is a linear warm-up then a decay:
//   const warmup = new LinearLR(opt, { startFactor: 0.1, totalIters: 5 });
//   const decay = new CosineAnnealingLR(opt, { tMax: 95 });
//   const scheduler = new SequentialLR(opt, { schedulers: [warmup, decay], milestones: [5] });
// then call only scheduler.step(). Each part restarts its own count at its milestone (the cosine
// above starts at baseLr at step 5), as PyTorch's SequentialLR does by stepping it with epoch 0.
import type { Optimizer } from '../optim/optimizer';
import { LRScheduler } from './lr-scheduler';

export interface SequentialLROptions {
  /** The parts, in order; all must drive this same optimizer. */
  schedulers: LRScheduler[];
  /** Increasing call counts where part i + 1 takes over; one fewer than the parts. */
  milestones: number[];
}

export class SequentialLR extends LRScheduler {
  readonly schedulers: readonly LRScheduler[];
  readonly milestones: readonly number[];

  constructor(optimizer: Optimizer, { schedulers, milestones }: SequentialLROptions) {
    super(optimizer);
    if (schedulers.length < 1) throw new Error('SequentialLR: needs at least one schedule');
    if (milestones.length !== schedulers.length - 1) {
      throw new Error(`SequentialLR: expected ${schedulers.length - 1} milestones for ${schedulers.length} schedules, got ${milestones.length}`);
    }
    milestones.forEach((m, i) => {
      if (!Number.isInteger(m) || m < 1 || (i > 0 && m <= milestones[i - 1])) {
        throw new Error(`SequentialLR: milestones must be increasing positive integers, got [${milestones.join(', ')}]`);
      }
    });
    schedulers.forEach((s, i) => {
      if (s.optimizer !== optimizer) throw new Error(`SequentialLR: schedule ${i} drives a different optimizer`);
    });
    this.schedulers = [...schedulers];
    this.milestones = [...milestones];
    this.initialStep();
  }

  lrAt(epoch: number): number {
    // The part in force is the one after the last milestone reached (bisect_right, as PyTorch).
    let part = 0;
    while (part < this.milestones.length && epoch >= this.milestones[part]) part++;
    const start = part === 0 ? 0 : this.milestones[part - 1];
    return this.schedulers[part].lrAt(epoch - start);
  }
}
