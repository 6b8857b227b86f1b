// The one training loop every lesson runs: epochs of batches, the Stop check and the NaN check at
// each step, the learning-rate schedule, a loss curve of about CURVE_POINTS windowed averages, a
// progress heartbeat at least every second with the time left, and hooks for what differs between
// lessons (live pictures, evaluation and pictures at each epoch's end). The lesson supplies the
// model's step, its batches and its metrics; it never counts steps or paces reports itself.
import type { LRScheduler, Optimizer } from '../../airi';
import { TrainingFailure, type TrainingContext } from './lesson-trainer';
import type { LoopCarry } from './loop-carry';

export type { LoopCarry };

/** About this many points make up a run's loss curve, whatever its length. */
export const CURVE_POINTS = 400;
/** The UI hears from a run at least this often, curve point or not (issue 11, bug 4). */
export const HEARTBEAT_MS = 1000;
/** The final train loss averages this many last steps. */
const RECENT_STEPS = 100;

/** What one training step reports back to the loop. */
export interface StepOutcome {
  /** The batch's mean loss; a NaN or infinite value fails the run at this step. */
  loss: number;
  /** Samples in the batch (images, points). */
  size: number;
  /** Classifiers: how many of the batch the model got right in this step's forward pass. */
  correct?: number;
}

/** Where the loop is, as its hooks see it. */
export interface LoopPosition {
  step: number;
  totalSteps: number;
  /** 1-based, the epoch in progress (or just finished, in onEpochEnd). */
  epoch: number;
  epochs: number;
}

export interface TrainingPlan<Batch> {
  epochs: number;
  stepsPerEpoch: number;
  /** One epoch's batches, in the order to train on them (the lesson shuffles with its seeded Rng). */
  batches(epoch: number): Iterable<Batch>;
  /** zeroGrad, forward, loss, backward and optimizer step for one batch. */
  trainStep(batch: Batch): StepOutcome;
  /** Its rate is reported with the curve. */
  optimizer: Optimizer;
  /** Stepped after every training step. */
  schedule?: LRScheduler | null;
  /** Called about every `live.everyMs` during training, e.g. to stream a picture of the model. */
  live?: { everyMs: number; update(position: LoopPosition): void };
  /**
   * At each epoch's end, given the epoch's mean training loss: the metrics to report at that step
   * ({ testAccuracy, epochLoss }); null when the learner stopped the run during the evaluation.
   */
  evaluate?(position: LoopPosition, epochLoss: number): Record<string, number> | null;
  /** After the evaluation: per-epoch pictures, snapshots, film-strip frames. */
  onEpochEnd?(position: LoopPosition, metrics: Record<string, number>): void;
  /**
   * After onEpochEnd of every epoch but the last: the lesson saves what continuing needs (weights,
   * optimizer, Rng) with the loop's own `carry`. Not after the last epoch, which leaves nothing to continue.
   */
  checkpoint?(position: LoopPosition, carry: LoopCarry): void;
  /**
   * Continues a run after `step` steps whose model, optimizer and Rng the lesson has restored: the
   * loop starts in that step's epoch, skips the batches already trained on and brings the schedule
   * to that step; with the `carry` saved at that step, the curve goes on exactly as if never stopped.
   */
  resumeFrom?: { step: number; carry?: LoopCarry };
}


export interface LoopOutcome {
  status: 'completed' | 'stopped';
  steps: number;
  epochsDone: number;
  /** Seconds spent in training steps only (no evaluation), for images per second. */
  trainingSeconds: number;
  samplesSeen: number;
  /** Mean loss of the last finished epoch (NaN when none finished). */
  lastEpochLoss: number;
  /** Mean loss of the last steps (NaN before any step). */
  recentLoss: number;
  /** The last evaluation's metrics ({} when none ran). */
  evaluation: Record<string, number>;
}

/** Sums over the steps since the last curve point. */
class CurveWindow {
  private loss = 0;
  private steps = 0;
  private correct = 0;
  private samples = 0;
  private classified = false;

  carry(): LoopCarry['window'] {
    return { loss: this.loss, steps: this.steps, correct: this.correct, samples: this.samples, classified: this.classified };
  }

  restore(carried: LoopCarry['window']): void {
    ({ loss: this.loss, steps: this.steps, correct: this.correct, samples: this.samples, classified: this.classified } = carried);
  }

  add(outcome: StepOutcome): void {
    this.loss += outcome.loss;
    this.steps++;
    if (outcome.correct !== undefined) {
      this.classified = true;
      this.correct += outcome.correct;
      this.samples += outcome.size;
    }
  }

  /** The point's metrics, and the window starts again. */
  take(learningRate: number): Record<string, number> {
    const metrics: Record<string, number> = { loss: this.loss / this.steps };
    if (this.classified) metrics.trainAccuracy = this.correct / Math.max(1, this.samples);
    metrics.learningRate = learningRate;
    this.loss = this.steps = this.correct = this.samples = 0;
    return metrics;
  }
}

/** Time left at a pace of `ms` for `steps` steps (null before any step). */
function etaSeconds(steps: number, ms: number, stepsLeft: number): number | null {
  if (steps < 1 || ms <= 0) return null;
  return (stepsLeft * ms) / steps / 1000;
}

export function runTrainingLoop<Batch>(plan: TrainingPlan<Batch>, context: TrainingContext): LoopOutcome {
  const { epochs, stepsPerEpoch } = plan;
  const totalSteps = epochs * stepsPerEpoch;
  const pointEvery = Math.max(1, Math.floor(totalSteps / CURVE_POINTS));
  const startStep = Math.min(plan.resumeFrom?.step ?? 0, totalSteps);
  for (let s = 0; s < startStep; s++) plan.schedule?.step();

  let step = startStep;
  let firstStepEnded: { step: number; at: number } | null = null;
  let lastReport = -Infinity;
  let lastLive = -Infinity;
  let trainingMs = 0;
  let samplesSeen = 0;
  let lastEpochLoss = Number.NaN;
  let evaluation: Record<string, number> = {};
  const window = new CurveWindow();
  const recent: number[] = [];
  const carried = plan.resumeFrom?.carry;
  if (carried) {
    window.restore(carried.window);
    recent.push(...carried.recent);
    lastEpochLoss = carried.lastEpochLoss ?? Number.NaN;
    evaluation = { ...carried.evaluation };
  }
  const position = (epoch: number): LoopPosition => ({ step, totalSteps, epoch, epochs });

  const report = (epoch: number, metrics: Record<string, number>, now: number) => {
    lastReport = now;
    // From the second step on, the pace leaves out the first step, which pays for warm-up; before
    // that the first step's own time is the best guess there is.
    const eta = !firstStepEnded ? null
      : step > firstStepEnded.step ? etaSeconds(step - firstStepEnded.step, now - firstStepEnded.at, totalSteps - step)
        : etaSeconds(step - startStep, now - loopStarted, totalSteps - step);
    context.progress({ ...position(epoch), metrics, etaSeconds: eta });
  };

  const firstEpoch = Math.floor(startStep / stepsPerEpoch) + 1;
  const loopStarted = context.now();
  report(firstEpoch, {}, loopStarted);
  for (let epoch = firstEpoch; epoch <= epochs; epoch++) {
    let skip = epoch === firstEpoch ? startStep % stepsPerEpoch : 0;
    let epochLoss = 0;
    let epochSteps = 0;
    let stepStarted = context.now();
    for (const batch of plan.batches(epoch)) {
      if (skip > 0) {
        skip--;
        continue;
      }
      if (context.shouldStop()) return finish('stopped');
      const outcome = plan.trainStep(batch);
      step++;
      if (!Number.isFinite(outcome.loss)) {
        throw new TrainingFailure({ code: 'loss-not-finite', params: { value: String(outcome.loss), step, epoch } }, step);
      }
      plan.schedule?.step();
      const now = context.now();
      trainingMs += now - stepStarted;
      samplesSeen += outcome.size;
      epochLoss += outcome.loss;
      epochSteps++;
      window.add(outcome);
      recent.push(outcome.loss);
      if (recent.length > RECENT_STEPS) recent.shift();
      firstStepEnded ??= { step, at: now };

      if (step % pointEvery === 0 || step === totalSteps) report(epoch, window.take(plan.optimizer.lr), now);
      else if (now - lastReport >= HEARTBEAT_MS || step === firstStepEnded.step) report(epoch, {}, now);
      if (plan.live && now - lastLive >= plan.live.everyMs) {
        lastLive = now;
        plan.live.update(position(epoch));
      }
      stepStarted = context.now();
    }
    if (epochSteps > 0) lastEpochLoss = epochLoss / epochSteps;
    if (plan.evaluate) {
      const metrics = plan.evaluate(position(epoch), lastEpochLoss);
      if (!metrics) return finish('stopped');
      evaluation = metrics;
      report(epoch, metrics, context.now());
    }
    plan.onEpochEnd?.(position(epoch), evaluation);
    if (epoch < epochs) {
      plan.checkpoint?.(position(epoch), {
        window: window.carry(), recent: [...recent], lastEpochLoss: Number.isFinite(lastEpochLoss) ? lastEpochLoss : null, evaluation: { ...evaluation },
      });
    }
  }
  return finish('completed');

  function finish(status: LoopOutcome['status']): LoopOutcome {
    return {
      status,
      steps: step,
      epochsDone: Math.floor(step / stepsPerEpoch),
      trainingSeconds: trainingMs / 1000,
      samplesSeen,
      lastEpochLoss,
      recentLoss: recent.length > 0 ? recent.reduce((a, b) => a + b, 0) / recent.length : Number.NaN,
      evaluation,
    };
  }
}
