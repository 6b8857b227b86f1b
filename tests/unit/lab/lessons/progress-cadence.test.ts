// Issue 11, bug 4: a long run showed "Not started yet" and no time left for over a minute, because
// progress came only with the loss curve's points (about 400 per run). The loop now reports within
// a second of starting and every second after, with the time left from the first steps. A fake clock
// advances 5 ms per step (the loop checks for Stop once per step), so the test is about the cadence,
// never about this machine's speed.
import { describe, expect, it } from 'vitest';
import type { WorkerProgress } from '../../../../contract/worker-protocol';
import { runnableLesson } from '../../../../lab/lessons/registry';

const STEP_MS = 5;
const STOP_AFTER_STEPS = 700;

function longSineRun(): { reports: (Omit<WorkerProgress, 'type'> & { at: number })[] } {
  const sine = runnableLesson('sine');
  if (!sine?.descriptor.hyperparameters) throw new Error('lesson 1 must be trainable');
  // 200 epochs of 200,000 points in batches of 16: 2.5 million steps, a curve point every 6,250.
  const values = { ...sine.descriptor.hyperparameters.defaults(), epochs: 200, trainPoints: 200_000, batchSize: 16 };
  let clock = 0;
  let checks = 0;
  const reports: (Omit<WorkerProgress, 'type'> & { at: number })[] = [];
  sine.run(values, {
    shouldStop: () => {
      clock += STEP_MS;
      return ++checks > STOP_AFTER_STEPS;
    },
    progress: (p) => reports.push({ ...p, at: clock }),
    snapshot: () => {},
    now: () => clock,
  });
  return { reports };
}

describe('progress cadence of a long run', () => {
  const { reports } = longSineRun();

  it('reports within a second of starting and at least every second after', () => {
    expect(reports.length).toBeGreaterThan(0);
    expect(reports[0].at).toBeLessThanOrEqual(1000);
    const during = reports.filter((r) => r.step <= STOP_AFTER_STEPS);
    for (let i = 1; i < during.length; i++) expect(during[i].at - during[i - 1].at).toBeLessThanOrEqual(1000 + STEP_MS);
    expect(during.at(-1)?.at).toBeGreaterThanOrEqual(STOP_AFTER_STEPS * STEP_MS - 1000);
  });

  it('gives the time left from the first steps, at the pace measured', () => {
    const first = reports.find((r) => typeof r.etaSeconds === 'number');
    expect(first).toBeDefined();
    expect(first?.at).toBeLessThanOrEqual(1000);
    // 2.5 million steps at 5 ms: about 12,500 s left.
    const late = reports.filter((r) => typeof r.etaSeconds === 'number').at(-1);
    expect(late?.etaSeconds).toBeGreaterThan(12_000);
    expect(late?.etaSeconds).toBeLessThan(13_000);
  });

  it('keeps heartbeats out of the stored curve: before the first curve point they carry no metrics', () => {
    expect(reports.length).toBeGreaterThan(STOP_AFTER_STEPS * STEP_MS / 1000 - 1);
    expect(reports.every((r) => Object.keys(r.metrics).length === 0)).toBe(true);
  });
});
