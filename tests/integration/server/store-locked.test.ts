// Another program holds the SQLite file's write lock while students train: the run whose writes keep
// failing is stopped and stored as failed once the lock goes (code store-unavailable), a short lock
// loses no metric point, and the process never sees an uncaught exception, so the server keeps serving.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { defaultValues } from '../../../contract/hyperparameters';
import { sineHyperparameters } from '../../../contract/lessons/sine';
import type { EventChannel, Events, TrainingFinished } from '../../../contract/events';
import { openDatabase, type Db } from '../../../lab/run-store/open-database';
import { RunStore } from '../../../lab/run-store/run-store';
import { TrainerHost } from '../../../lab/trainer/trainer-host';
import { makeTempHome, WORKER_SCRIPT } from '../../helpers/temp-home';

/**
 * Another program holding the file's write lock for `ms` (a real second process, as a backup tool or a
 * second lab would): resolves once it holds the lock.
 */
function holdLock(file: string, ms: number): Promise<ChildProcess> {
  const script = `const db = new (require('better-sqlite3'))(${JSON.stringify(file)}); db.exec('BEGIN IMMEDIATE');
    console.log('locked'); setTimeout(() => { db.exec('ROLLBACK'); db.close(); }, ${ms});`;
  const child = spawn(process.execPath, ['-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    child.stdout!.once('data', () => resolve(child));
    child.once('exit', (code) => reject(new Error(`lock holder exited with ${code}`)));
  });
}

function exited(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => (child.exitCode !== null ? resolve() : child.once('exit', () => resolve())));
}

const hyperparameters = { ...defaultValues(sineHyperparameters.fields), epochs: 40, trainPoints: 6000 };

describe('a locked store', () => {
  let home: ReturnType<typeof makeTempHome>;
  let db: Db;
  let store: RunStore;
  let file: string;
  let locker: ChildProcess | null;
  let events: { channel: EventChannel; payload: unknown }[];
  let trainer: TrainerHost;

  beforeEach(() => {
    home = makeTempHome();
    file = join(home.dir, 'lab.sqlite');
    db = openDatabase(file);
    db.pragma('busy_timeout = 200'); // each failed write blocks 0.2 s instead of 5 s
    store = new RunStore(db);
    locker = null;
    events = [];
    const emit = <E extends EventChannel>(channel: E, payload: Events[E]) => void events.push({ channel, payload });
    trainer = new TrainerHost({
      store, emit, workerScript: WORKER_SCRIPT, appVersion: 'test', maxConcurrent: 4, storeRetry: { attempts: 5, delayMs: 100 },
    });
  });
  afterEach(async () => {
    locker?.kill();
    await trainer.stopAll();
    db.close();
    home.remove();
  });

  const progressCount = (runId: string) =>
    events.filter((e) => e.channel === 'training:progress' && (e.payload as { runId: string }).runId === runId).length;
  async function waitProgress(runId: string, count: number): Promise<void> {
    while (progressCount(runId) < count) await new Promise((r) => setTimeout(r, 10));
  }

  it('fails only the run it cannot store, cleanly, and keeps training others', async () => {
    const { runId, finished } = trainer.start('sine', hyperparameters);
    await waitProgress(runId, 2);
    locker = await holdLock(file, 60_000);
    const heard = await new Promise<TrainingFinished>((resolve) => {
      const poll = () => {
        const event = events.find((e) => e.channel === 'training:finished');
        if (event) resolve(event.payload as TrainingFinished);
        else setTimeout(poll, 20);
      };
      poll();
    });
    expect(heard.status).toBe('failed');
    expect(heard.errorInfo).toMatchObject({ code: 'store-unavailable' });
    expect(heard.error).toMatch(/locked|busy/i);
    locker.kill();
    await exited(locker);
    await finished;
    expect(store.getSummary(runId)).toMatchObject({ status: 'failed', errorInfo: { code: 'store-unavailable' } });

    const next = trainer.start('sine', { ...hyperparameters, epochs: 2 });
    expect((await next.finished).status).toBe('completed');
  });

  it('a short lock loses no metric point', async () => {
    const { runId, finished } = trainer.start('sine', { ...hyperparameters, epochs: 6 });
    await waitProgress(runId, 3);
    // Longer than busy_timeout, so writes fail and are retried with the next batch.
    locker = await holdLock(file, 500);
    await exited(locker);
    expect((await finished).status).toBe('completed');
    const withLoss = events.filter((e) => e.channel === 'training:progress' && (e.payload as { metrics: { loss?: number } }).metrics.loss !== undefined);
    const stored = store.get(runId)!.series.find((s) => s.name === 'loss')!;
    expect(stored.values.length).toBe(withLoss.length);
  });
});
