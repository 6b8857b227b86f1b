// The store's side of continuing a run (issue 8): an interrupted or stopped run goes back to running
// under this process, its curves cut back to the checkpoint's step, the epoch recorded (each time it
// is continued); a running or completed run is left as it was.
import { beforeEach, describe, expect, it } from 'vitest';
import type { RunStore } from '../../../lab/run-store/run-store';
import { useTempStore } from '../../helpers/temp-store';

describe('RunStore.continueRun', () => {
  const temp = useTempStore();
  let store: RunStore;
  beforeEach(() => {
    store = temp.store;
  });

  const newRun = () => store.createRun({ lessonId: 'softmax', hyperparameters: { epochs: 4 }, seed: 1, appVersion: 'test' });

  it('brings an interrupted run back to running, cut back to the checkpoint, and records each continuation', () => {
    const run = newRun();
    store.appendMetrics(run.id, [10, 20, 30, 40, 50].map((step) => ({ name: 'loss', step, value: 1 / step })));
    store.appendMetrics(run.id, [{ name: 'testAccuracy', step: 20, value: 0.3 }]);
    store.finishRun(run.id, 'interrupted', { steps: 50 }, { code: 'run-interrupted', params: {} });

    expect(store.continueRun(run.id, { step: 20, epoch: 2 })).toBe(true);
    const continued = store.get(run.id)!;
    expect(continued).toMatchObject({ status: 'running', error: null, errorInfo: null, finishedAt: null, continuedAt: [2] });
    expect(continued.series.find((s) => s.name === 'loss')!.steps).toEqual([10, 20]);
    expect(continued.series.find((s) => s.name === 'testAccuracy')!.steps).toEqual([20]);
    // Running now: a second continue is refused, changing nothing.
    expect(store.continueRun(run.id, { step: 10, epoch: 1 })).toBe(false);
    expect(store.get(run.id)!.series.find((s) => s.name === 'loss')!.steps).toEqual([10, 20]);

    store.finishRun(run.id, 'stopped', {}, null);
    expect(store.continueRun(run.id, { step: 30, epoch: 3 })).toBe(true);
    expect(store.getSummary(run.id)!.continuedAt).toEqual([2, 3]);
    // Not lost to the interrupted-run sweep: this process owns it again.
    expect(store.markInterrupted(() => false)).toBe(0);
  });

  it('leaves a completed run, and an unknown one, alone', () => {
    const run = newRun();
    store.finishRun(run.id, 'completed', {}, null);
    expect(store.continueRun(run.id, { step: 0, epoch: 1 })).toBe(false);
    expect(store.getSummary(run.id)!.status).toBe('completed');
    expect(store.getSummary(run.id)!.continuedAt).toBeUndefined();
    expect(store.continueRun('nope', { step: 0, epoch: 1 })).toBe(false);
  });
});
