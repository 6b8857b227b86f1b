// The lesson page's training session against a fake API: events that arrive while training:start is
// still answering are kept and replayed, other runs' events are ignored, loss points are published in
// batches, a failed start or stop is reported, and after a reconnection the stored run is the truth.
// Compiled by Svelte for the browser (the unit-svelte project), as the window runs it.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { TrainingFinished, TrainingProgress } from '../../../../contract/events';

type Listener = (payload: never) => void;

const fake = vi.hoisted(() => ({
  listeners: new Map<string, Set<(payload: unknown) => void>>(),
  reconnect: new Set<() => void>(),
  invoke: vi.fn<(...args: unknown[]) => unknown>(),
}));

vi.mock('../../../../renderer/state/lab.svelte', () => {
  return {
    api: {
      invoke: (...args: unknown[]) => fake.invoke(...args),
      on: (channel: string, listener: Listener) => {
        const set = fake.listeners.get(channel) ?? new Set();
        set.add(listener as (payload: unknown) => void);
        fake.listeners.set(channel, set);
        return () => set.delete(listener as (payload: unknown) => void);
      },
    },
    connection: { onReconnect: (listener: () => void) => fake.reconnect.add(listener) },
  };
});

const { TrainingSession } = await import('../../../../renderer/state/training-session.svelte');
const { LabApiError } = await import('../../../../renderer/api/client');

function emit(channel: string, payload: unknown): void {
  for (const listener of fake.listeners.get(channel) ?? []) listener(payload);
}

const progress = (runId: string, step: number, metrics: Record<string, number>): TrainingProgress => ({
  runId, step, totalSteps: 100, epoch: 1, epochs: 2, etaSeconds: 5, elapsedSeconds: 1, metrics,
});
const finished = (runId: string): TrainingFinished => ({ runId, status: 'completed', metrics: { testMse: 0.003 }, error: null, errorInfo: null });

/** A promise the test resolves by hand, to hold training:start "in flight". */
function deferred<T>(): { promise: Promise<T>; resolve(value: T): void; reject(error: unknown): void } {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe('training session', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    fake.listeners.clear();
    fake.reconnect.clear();
    fake.invoke.mockReset();
  });
  afterEach(() => vi.useRealTimers());

  it('keeps the events that arrive before training:start answers, and replays them for its run only', async () => {
    const session = new TrainingSession('sine');
    const answer = deferred<{ runId: string }>();
    fake.invoke.mockReturnValueOnce(answer.promise);
    const starting = session.start({ epochs: 2 });
    expect(session.phase).toBe('starting');
    emit('training:progress', progress('r1', 10, { loss: 0.5 }));
    emit('training:progress', progress('other', 10, { loss: 9 }));
    emit('training:progress', progress('r1', 20, { loss: 0.25, testMse: 0.1 }));
    answer.resolve({ runId: 'r1' });
    await starting;
    expect(fake.invoke).toHaveBeenCalledWith('training:start', { lessonId: 'sine', hyperparameters: { epochs: 2 } });
    expect(session.phase).toBe('running');
    expect(session.progress?.step).toBe(20);
    expect(session.testMse).toEqual([{ x: 20, y: 0.1 }]);
    // Loss points are gathered and published together, not one render per event.
    expect(session.loss).toEqual([]);
    vi.advanceTimersByTime(60);
    expect(session.loss).toEqual([{ x: 10, y: 0.5 }, { x: 20, y: 0.25 }]);

    emit('training:progress', progress('other', 30, { loss: 7 }));
    emit('training:finished', finished('other'));
    expect(session.phase).toBe('running');
    emit('training:progress', progress('r1', 30, { loss: 0.2 }));
    emit('training:finished', finished('r1'));
    expect(session.phase).toBe('completed');
    expect(session.loss.at(-1)).toEqual({ x: 30, y: 0.2 });
    expect(session.finalMetrics).toEqual({ testMse: 0.003 });
    expect(session.active).toBe(false);
  });

  it('reports a refused start and goes back to idle, keeping nothing of it', async () => {
    const session = new TrainingSession('softmax');
    fake.invoke.mockRejectedValueOnce(new LabApiError('busy', 'TrainerBusyError', [], { code: 'trainer-busy', params: { running: 1 } }));
    await session.start({});
    expect(session.phase).toBe('idle');
    expect(session.runId).toBeNull();
    expect(session.actionError?.action).toBe('start');
    expect(session.actionError?.error.info).toEqual({ code: 'trainer-busy', params: { running: 1 } });
  });

  it('stops, and returns to running when the stop call fails', async () => {
    const session = new TrainingSession('sine');
    fake.invoke.mockResolvedValueOnce({ runId: 'r2' });
    await session.start({});
    fake.invoke.mockRejectedValueOnce(new Error('connection lost'));
    await session.stop();
    expect(session.phase).toBe('running');
    expect(session.actionError?.action).toBe('stop');
    fake.invoke.mockResolvedValueOnce({ stopped: true });
    const stopping = session.stop();
    expect(session.phase).toBe('stopping');
    await stopping;
    expect(fake.invoke).toHaveBeenLastCalledWith('training:stop', { runId: 'r2' });
  });

  it('after a reconnection takes the stored run as the truth: its longer curve and its end', async () => {
    const session = new TrainingSession('sine');
    fake.invoke.mockResolvedValueOnce({ runId: 'r3' });
    await session.start({});
    emit('training:progress', progress('r3', 5, { loss: 1 }));
    fake.invoke.mockResolvedValueOnce({
      status: 'completed', metrics: { testMse: 0.002 }, error: null, errorInfo: null,
      series: [
        { name: 'loss', steps: [5, 10, 15], values: [1, 0.5, 0.3] },
        { name: 'testMse', steps: [15], values: [0.002] },
      ],
    });
    for (const listener of fake.reconnect) listener();
    await vi.waitFor(() => expect(session.phase).toBe('completed'));
    expect(fake.invoke).toHaveBeenLastCalledWith('runs:get', { runId: 'r3' });
    expect(session.loss).toEqual([{ x: 5, y: 1 }, { x: 10, y: 0.5 }, { x: 15, y: 0.3 }]);
    expect(session.testMse).toEqual([{ x: 15, y: 0.002 }]);
    expect(session.finalMetrics).toEqual({ testMse: 0.002 });
  });

  it('continues a stopped run: its stored curve (cut back by lab/) then live points, none drawn twice', async () => {
    const session = new TrainingSession('sine');
    fake.invoke.mockResolvedValueOnce({ runId: 'r1' });
    await session.start({ epochs: 2 });
    emit('training:progress', progress('r1', 60, { loss: 0.4 }));
    emit('training:finished', { ...finished('r1'), status: 'stopped' });
    expect(session.phase).toBe('stopped');

    const answer = deferred<{ runId: string; epoch: number }>();
    fake.invoke.mockReturnValueOnce(answer.promise);
    fake.invoke.mockResolvedValueOnce({
      id: 'r1', status: 'running', metrics: {}, error: null, errorInfo: null,
      series: [{ name: 'loss', steps: [25, 50, 55], values: [0.8, 0.5, 0.45] }, { name: 'testMse', steps: [50], values: [0.2] }],
    });
    const continuing = session.continueRun();
    expect(session.phase).toBe('starting');
    // While the call answers: one point the store already has (55) and one it does not yet (60).
    emit('training:progress', progress('r1', 55, { loss: 0.45 }));
    emit('training:progress', progress('r1', 60, { loss: 0.42 }));
    answer.resolve({ runId: 'r1', epoch: 1 });
    await continuing;
    expect(fake.invoke).toHaveBeenNthCalledWith(2, 'training:continue', { runId: 'r1' });
    expect(session.phase).toBe('running');
    expect(session.testMse).toEqual([{ x: 50, y: 0.2 }]);
    vi.advanceTimersByTime(60);
    expect(session.loss).toEqual([{ x: 25, y: 0.8 }, { x: 50, y: 0.5 }, { x: 55, y: 0.45 }, { x: 60, y: 0.42 }]);
    emit('training:finished', finished('r1'));
    expect(session.phase).toBe('completed');
  });

  it('reports a refused continue and stays stopped', async () => {
    const session = new TrainingSession('sine');
    fake.invoke.mockResolvedValueOnce({ runId: 'r1' });
    await session.start({ epochs: 2 });
    emit('training:finished', { ...finished('r1'), status: 'stopped' });
    fake.invoke.mockRejectedValueOnce(new LabApiError('no checkpoint', 'ApiInputError', [], { code: 'continue-no-checkpoint', params: { runId: 'r1' } }));
    await session.continueRun();
    expect(session.phase).toBe('stopped');
    expect(session.actionError?.action).toBe('continue');
    expect(session.actionError?.error.info?.code).toBe('continue-no-checkpoint');
  });
});
