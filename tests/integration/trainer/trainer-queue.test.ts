// The trainer's queue with real worker threads: runs beyond the thread cap are stored at once and wait
// with their place told (1, 2, ...), start and complete in the order they came, and a waiting run that
// is stopped never starts.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { EventChannel, Events, TrainingFinished, TrainingProgress } from '../../../contract/events';
import { defaultValues } from '../../../contract/hyperparameters';
import { sineHyperparameters } from '../../../contract/lessons/sine';
import type { RunStore } from '../../../lab/run-store/run-store';
import { TrainerBusyError, TrainerHost } from '../../../lab/trainer/trainer-host';
import { WORKER_SCRIPT } from '../../helpers/temp-home';
import { useTempStore } from '../../helpers/temp-store';

const short = { ...defaultValues(sineHyperparameters.fields), epochs: 2, trainPoints: 2000 };

describe('trainings beyond the thread cap wait in line', () => {
  const temp = useTempStore();
  let store: RunStore;
  let trainer: TrainerHost;
  /** Every event in the order the host emitted it. */
  let events: { channel: EventChannel; payload: unknown }[];

  beforeEach(() => {
    store = temp.store;
    events = [];
    trainer = new TrainerHost({
      store, workerScript: WORKER_SCRIPT, appVersion: 'test', maxConcurrent: 1, maxQueued: 3, dataDirectory: temp.dir,
      emit: <C extends EventChannel>(channel: C, payload: Events[C]) => void events.push({ channel, payload }),
    });
  });
  afterEach(async () => {
    await trainer.stopAll();
  });

  const progressOf = (runId: string) => events
    .filter((e) => e.channel === 'training:progress' && (e.payload as TrainingProgress).runId === runId)
    .map((e) => e.payload as TrainingProgress);
  /** Index of the run's first training step among all events (-1 when it never trained). */
  const firstStepAt = (runId: string) => events.findIndex((e) => e.channel === 'training:progress'
    && (e.payload as TrainingProgress).runId === runId && (e.payload as TrainingProgress).step > 0);
  const finishedAt = (runId: string) => events.findIndex((e) => e.channel === 'training:finished' && (e.payload as TrainingFinished).runId === runId);

  it('queues with places 1 and 2, then starts and completes in order', async () => {
    const a = trainer.start('sine', short);
    const b = trainer.start('sine', short);
    const c = trainer.start('sine', short);
    // Stored at once, as the runs list shows them, and told their places.
    expect(store.list()).toHaveLength(3);
    expect(trainer.queuePlace(a.runId)).toBeNull();
    expect(trainer.queuePlace(b.runId)).toBe(1);
    expect(trainer.queuePlace(c.runId)).toBe(2);
    expect(progressOf(b.runId).at(-1)?.queued).toEqual({ place: 1 });
    expect(progressOf(c.runId).at(-1)?.queued).toEqual({ place: 2 });
    // A page that reattaches finds the waiting runs with their places too.
    expect(trainer.activeRuns().map((r) => r.progress?.queued?.place ?? null)).toEqual([2, 1, null]);

    expect((await a.finished).status).toBe('completed');
    // a's end moves c up to place 1 as b starts.
    expect((await b.finished).status).toBe('completed');
    expect(progressOf(c.runId).filter((p) => p.queued).map((p) => p.queued!.place)).toEqual([2, 1]);
    expect((await c.finished).status).toBe('completed');

    expect(finishedAt(a.runId)).toBeLessThan(firstStepAt(b.runId));
    expect(finishedAt(b.runId)).toBeLessThan(firstStepAt(c.runId));
    for (const run of [a, b, c]) {
      expect(store.get(run.runId)?.status).toBe('completed');
      expect(trainer.isRunning(run.runId)).toBe(false);
    }
  });

  it('a waiting run that is stopped never starts, and a full queue is refused', async () => {
    const a = trainer.start('sine', { ...short, epochs: 200, trainPoints: 200000 });
    const b = trainer.start('sine', short);
    const c = trainer.start('sine', short);
    trainer.start('sine', short);
    expect(() => trainer.start('sine', short)).toThrow(TrainerBusyError);
    expect(store.list()).toHaveLength(4);

    expect(await trainer.stop(b.runId)).toBe(true);
    expect((await b.finished).status).toBe('stopped');
    expect(store.get(b.runId)?.status).toBe('stopped');
    // c moved up to b's place.
    expect(trainer.queuePlace(c.runId)).toBe(1);
    expect(progressOf(c.runId).at(-1)?.queued).toEqual({ place: 1 });

    await trainer.stop(a.runId);
    expect((await c.finished).status).toBe('completed');
    expect(firstStepAt(b.runId)).toBe(-1);
    expect(progressOf(b.runId).every((p) => p.step === 0)).toBe(true);
  });
});
