// The base of every learning-rate schedule (lesson 2 on): a schedule owns one optimizer's lr and
// sets it from the count of step() calls, as torch.optim.lr_scheduler.LRScheduler does. The training
// loop calls optimizer.step() then scheduler.step() once per batch (or per epoch: the schedule only
// counts calls). Every schedule here is a closed-form function of that count, so a run resumed at
// step t gets the same rates, and several schedules can be composed by SequentialLR.
import type { Optimizer } from '../optim/optimizer';

/**
 * The optimizer's lr when the first schedule attached to it, like the "initial_lr" PyTorch stores in
 * each param group: a second schedule on the same optimizer (SequentialLR's parts) starts from the
 * same base rate rather than from whatever the first one set.
 */
const initialLrs = new WeakMap<Optimizer, number>();

export abstract class LRScheduler {
  readonly optimizer: Optimizer;
  /** The rate the schedule scales: the optimizer's lr before any schedule touched it. */
  readonly baseLr: number;
  /** How many times step() has been called (PyTorch's last_epoch, which starts at 0 after construction). */
  lastEpoch = 0;
  private current = Number.NaN;

  constructor(optimizer: Optimizer) {
    this.optimizer = optimizer;
    if (!initialLrs.has(optimizer)) initialLrs.set(optimizer, optimizer.lr);
    this.baseLr = initialLrs.get(optimizer) as number;
  }

  /** The learning rate this schedule gives after `epoch` calls of step(). */
  abstract lrAt(epoch: number): number;

  /** The rate set by the last step() (or by the constructor): what the next optimizer.step() uses. */
  get lastLr(): number {
    return this.current;
  }

  /** Advances the count and sets the optimizer's lr; call after optimizer.step(). */
  step(): void {
    this.apply(this.lastEpoch + 1);
  }

  /**
   * Sets the rate for step 0. Subclasses call it at the end of their constructors, once the fields
   * lrAt reads exist (PyTorch's _initial_step).
   */
  protected initialStep(): void {
    this.apply(0);
  }

  private apply(epoch: number): void {
    // Computed before anything changes, so a schedule that refuses a step (OneCycleLR past its end) leaves all as it was.
    const lr = this.lrAt(epoch);
    this.lastEpoch = epoch;
    this.current = lr;
    this.optimizer.lr = lr;
  }
}

/** Checks a schedule option and names the schedule and the value when it is out of range. */
export function checkScheduleOption(where: string, key: string, value: number, min: number, max: number, integer = false): void {
  const ok = Number.isFinite(value) && value >= min && value <= max && (!integer || Number.isInteger(value));
  if (!ok) throw new Error(`${where}: ${key} must be ${integer ? 'an integer ' : ''}in [${min}, ${max}], got ${value}`);
}
