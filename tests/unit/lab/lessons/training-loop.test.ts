// The shared training loop with a toy "model" whose loss is 1/step: the curve has about 400 windowed
// points whatever the run's length, Stop and a NaN loss end it at the right step, the schedule is
// stepped once per step, the hooks run when promised, and a resumed run continues where it stopped.
import { describe, expect, it } from 'vitest';
import { SGD, StepLR, Tensor, createParameter } from '../../../../airi';
import type { WorkerProgress } from '../../../../contract/worker-protocol';
import { TrainingFailure, type TrainingContext } from '../../../../lab/lessons/lesson-trainer';
import { CURVE_POINTS, runTrainingLoop, type TrainingPlan } from '../../../../lab/lessons/training-loop';

type Report = Omit<WorkerProgress, 'type'>;

function recorder(stopAfter = Infinity): { context: TrainingContext; reports: Report[] } {
  const reports: Report[] = [];
  let checks = 0;
  let clock = 0;
  return {
    reports,
    context: {
      shouldStop: () => {
        clock += 1;
        return ++checks > stopAfter;
      },
      progress: (p) => reports.push(p),
      snapshot: () => {},
      now: () => clock,
    },
  };
}

function plan(epochs: number, stepsPerEpoch: number, overrides: Partial<TrainingPlan<number>> = {}): TrainingPlan<number> {
  const optimizer = new SGD([createParameter('w', Tensor.zeros([1]))], { lr: 0.1 });
  let step = 0;
  return {
    epochs,
    stepsPerEpoch,
    batches: (epoch) => Array.from({ length: stepsPerEpoch }, (_, i) => (epoch - 1) * stepsPerEpoch + i + 1),
    trainStep: (batch) => {
      step++;
      return { loss: 1 / batch, size: 4, correct: step % 2 === 0 ? 4 : 0 };
    },
    optimizer,
    ...overrides,
  };
}

const curve = (reports: Report[]) => reports.filter((r) => 'loss' in r.metrics);

describe('training loop', () => {
  it('draws a curve of about 400 windowed averages, with train accuracy and the rate', () => {
    const { context, reports } = recorder();
    const outcome = runTrainingLoop(plan(10, 1000), context);
    expect(outcome).toMatchObject({ status: 'completed', steps: 10_000, epochsDone: 10, samplesSeen: 40_000 });
    const points = curve(reports);
    expect(points.length).toBe(CURVE_POINTS);
    // The first point averages 1/1 ... 1/25; accuracy alternates 0 and 1 within each window.
    const first = points[0].metrics;
    let mean = 0;
    for (let s = 1; s <= 25; s++) mean += 1 / s / 25;
    expect(first.loss).toBeCloseTo(mean, 10);
    expect(first.trainAccuracy).toBeCloseTo(12 / 25, 10);
    expect(first.learningRate).toBe(0.1);
    expect(points.at(-1)?.step).toBe(10_000);
    expect(outcome.recentLoss).toBeCloseTo(Array.from({ length: 100 }, (_, i) => 1 / (9901 + i)).reduce((a, b) => a + b) / 100, 10);
  });

  it('stops at the step where Stop was asked', () => {
    const { context } = recorder(37);
    const outcome = runTrainingLoop(plan(3, 20), context);
    expect(outcome).toMatchObject({ status: 'stopped', steps: 37, epochsDone: 1 });
  });

  it('fails at the step whose loss is not finite, naming the step and the epoch', () => {
    const { context } = recorder();
    const failing = plan(2, 10, { trainStep: (batch) => ({ loss: batch === 13 ? Number.NaN : 1, size: 1 }) });
    try {
      runTrainingLoop(failing, context);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(TrainingFailure);
      expect((error as TrainingFailure).info).toEqual({ code: 'loss-not-finite', params: { value: 'NaN', step: 13, epoch: 2 } });
      expect((error as TrainingFailure).step).toBe(13);
    }
  });

  it('steps the schedule once per step and reports evaluations at each epoch end', () => {
    const { context, reports } = recorder();
    const base = plan(3, 10);
    const schedule = new StepLR(base.optimizer, { stepSize: 10, gamma: 0.5 });
    const ends: number[] = [];
    const outcome = runTrainingLoop({
      ...base,
      schedule,
      evaluate: (position, epochLoss) => ({ testAccuracy: position.epoch / 10, epochLoss }),
      onEpochEnd: (position, metrics) => ends.push(position.step, metrics.testAccuracy),
    }, context);
    expect(base.optimizer.lr).toBeCloseTo(0.1 / 8, 12);
    expect(ends).toEqual([10, 0.1, 20, 0.2, 30, 0.3]);
    const epochReports = reports.filter((r) => 'testAccuracy' in r.metrics);
    expect(epochReports.map((r) => [r.step, r.epoch])).toEqual([[10, 1], [20, 2], [30, 3]]);
    expect(epochReports[0].metrics.epochLoss).toBeCloseTo(Array.from({ length: 10 }, (_, i) => 1 / (i + 1)).reduce((a, b) => a + b) / 10, 10);
    expect(outcome.evaluation).toEqual(epochReports[2].metrics);
  });

  it('ends as stopped when the evaluation is stopped', () => {
    const { context } = recorder();
    const outcome = runTrainingLoop({ ...plan(3, 10), evaluate: (p) => (p.epoch === 2 ? null : { testAccuracy: 1 }) }, context);
    expect(outcome).toMatchObject({ status: 'stopped', steps: 20, evaluation: { testAccuracy: 1 } });
  });

  it('resumes a stopped run at its step: same epoch, remaining batches, schedule brought along', () => {
    const seen: number[] = [];
    const { context } = recorder();
    const base = plan(3, 10);
    const trainStep = base.trainStep;
    const schedule = new StepLR(base.optimizer, { stepSize: 10, gamma: 0.5 });
    const outcome = runTrainingLoop({
      ...base, schedule, resumeFrom: { step: 14 },
      trainStep: (batch) => {
        seen.push(batch);
        return trainStep(batch);
      },
    }, context);
    expect(seen[0]).toBe(15);
    expect(seen.length).toBe(16);
    expect(outcome).toMatchObject({ status: 'completed', steps: 30, epochsDone: 3 });
    expect(base.optimizer.lr).toBeCloseTo(0.1 / 8, 12);
  });

  it('hands a checkpoint its carry at every epoch end but the last; resumed with it, the curve is the straight one', () => {
    // 3 epochs of 1000 steps: a curve point every 7 steps, so a point straddles each epoch's end.
    const carries: { step: number; carry: Parameters<NonNullable<TrainingPlan<number>['checkpoint']>>[1] }[] = [];
    const straight = recorder();
    runTrainingLoop(plan(3, 1000, { checkpoint: ({ step }, carry) => carries.push({ step, carry }) }), straight.context);
    expect(carries.map((c) => c.step)).toEqual([1000, 2000]);
    // The point being summed at the end of epoch 1 spans into epoch 2 (1000 is not a multiple of 7).
    expect(carries[0].carry.window.steps).toBe(1000 % 7);

    const resumed = recorder();
    runTrainingLoop(plan(3, 1000, { resumeFrom: { step: 1000, carry: carries[0].carry } }), resumed.context);
    const after = (reports: Report[]) => curve(reports).filter((r) => r.step > 1000).map((r) => [r.step, r.metrics]);
    expect(after(resumed.reports)).toEqual(after(straight.reports));
    // Without the carry, the first point after the checkpoint averages fewer steps: it differs.
    const bare = recorder();
    runTrainingLoop(plan(3, 1000, { resumeFrom: { step: 1000 } }), bare.context);
    expect(after(bare.reports)[0]).not.toEqual(after(straight.reports)[0]);
  });
});
