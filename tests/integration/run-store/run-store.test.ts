// The run store on a real SQLite file: schema migrations, runs and their series, settings,
// and what survives closing and reopening the file.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { MIGRATIONS, schemaVersion } from '../../../lab/run-store/migrations';
import { openDatabase, type Db } from '../../../lab/run-store/open-database';
import { RunStore } from '../../../lab/run-store/run-store';
import { SettingsStore } from '../../../lab/run-store/settings-store';
import { makeTempHome } from '../../helpers/temp-home';

describe('run store on a real SQLite file', () => {
  let home: ReturnType<typeof makeTempHome>;
  let file: string;
  let db: Db;

  beforeEach(() => {
    home = makeTempHome();
    file = join(home.dir, 'nested', 'airi-lab.sqlite');
    db = openDatabase(file);
  });
  afterEach(() => {
    if (db.open) db.close();
    home.remove();
  });

  it('applies every migration and records the schema version', () => {
    expect(schemaVersion(db)).toBe(MIGRATIONS.length);
    const tables = db.prepare(`select name from sqlite_master where type = 'table' order by name`).all();
    expect(tables.map((t) => (t as { name: string }).name)).toEqual(['run_artifacts', 'run_metrics', 'runs', 'settings']);
  });

  it('refuses a file written by a newer schema instead of damaging it', () => {
    db.pragma(`user_version = ${MIGRATIONS.length + 5}`);
    db.close();
    expect(() => openDatabase(file)).toThrow(/newer Airi Lab/);
    const raw = new Database(file);
    expect(raw.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length + 5);
    raw.close();
  });

  it('keeps runs, series, artifacts and final metrics across a reopen', () => {
    const store = new RunStore(db);
    const run = store.createRun({ lessonId: 'sine', hyperparameters: { epochs: 3, seed: 7 }, seed: 7, appVersion: '1.2.3' });
    expect(run.status).toBe('running');
    store.appendMetrics(run.id, [
      { name: 'loss', step: 10, value: 0.5 },
      { name: 'loss', step: 20, value: 0.25 },
      { name: 'testMse', step: 20, value: 0.1 },
      { name: 'loss', step: 30, value: Number.NaN },
    ]);
    store.saveArtifacts(run.id, { fit: { kind: 'sine-fit', grid: [0, 1] } });
    store.finishRun(run.id, 'completed', { testMse: 0.003 }, null);
    db.close();

    db = openDatabase(file);
    const reopened = new RunStore(db).get(run.id)!;
    expect(reopened.status).toBe('completed');
    expect(reopened.finishedAt).not.toBeNull();
    expect(reopened.hyperparameters).toEqual({ epochs: 3, seed: 7 });
    expect(reopened.appVersion).toBe('1.2.3');
    expect(reopened.metrics.testMse).toBeCloseTo(0.003);
    const loss = reopened.series.find((s) => s.name === 'loss')!;
    expect(loss.steps).toEqual([10, 20]);
    expect(loss.values).toEqual([0.5, 0.25]);
    expect(reopened.artifacts.fit).toEqual({ kind: 'sine-fit', grid: [0, 1] });
  });

  it('lists newest first, filters by lesson and deletes with cascade', () => {
    const store = new RunStore(db);
    const a = store.createRun({ lessonId: 'sine', hyperparameters: {}, seed: 1, appVersion: 'x' });
    const b = store.createRun({ lessonId: 'softmax', hyperparameters: {}, seed: 2, appVersion: 'x' });
    expect(store.list().map((r) => r.id)).toEqual([b.id, a.id]);
    expect(store.list({ lessonId: 'sine' }).map((r) => r.id)).toEqual([a.id]);
    store.appendMetrics(a.id, [{ name: 'loss', step: 1, value: 1 }]);
    expect(store.delete(a.id)).toBe(false); // still running
    store.finishRun(a.id, 'stopped', {}, null);
    expect(store.delete(a.id)).toBe(true);
    expect(db.prepare('select count(*) as n from run_metrics').get()).toEqual({ n: 0 });
  });

  it('marks runs of a dead process as interrupted and leaves live ones alone', () => {
    const store = new RunStore(db);
    const dead = store.createRun({ lessonId: 'sine', hyperparameters: {}, seed: 1, appVersion: 'x' });
    db.prepare('update runs set owner_pid = 999999 where id = ?').run(dead.id);
    const live = store.createRun({ lessonId: 'sine', hyperparameters: {}, seed: 1, appVersion: 'x' });
    expect(store.markInterrupted((pid) => pid !== 999999)).toBe(1);
    expect(store.getSummary(dead.id)!.status).toBe('interrupted');
    expect(store.getSummary(dead.id)!.error).toMatch(/ended before it finished/);
    expect(store.getSummary(dead.id)!.errorInfo).toEqual({ code: 'run-interrupted', params: {} });
    expect(store.getSummary(live.id)!.status).toBe('running');
  });

  it('stores a failed run\'s error as English text and as a code the UI words, across a reopen', () => {
    const store = new RunStore(db);
    const run = store.createRun({ lessonId: 'sine', hyperparameters: {}, seed: 1, appVersion: 'x' });
    store.finishRun(run.id, 'failed', {}, { code: 'loss-not-finite', params: { value: 'NaN', step: 12, epoch: 1 } });
    db.close();
    db = openDatabase(file);
    const stored = new RunStore(db).getSummary(run.id)!;
    expect(stored.error).toBe('the loss became NaN at step 12 (epoch 1); try a smaller learning rate');
    expect(stored.errorInfo).toEqual({ code: 'loss-not-finite', params: { value: 'NaN', step: 12, epoch: 1 } });
  });

  it('upgrades a schema-1 file in place: its runs keep their text errors, with no code', () => {
    db.close();
    const oldFile = join(home.dir, 'old.sqlite');
    const raw = new Database(oldFile);
    raw.exec(MIGRATIONS[0]);
    raw.pragma('user_version = 1');
    raw.prepare(
      `insert into runs (id, lesson_id, status, hyperparameters_json, seed, app_version, created_at, error)
       values ('old-run', 'sine', 'failed', '{}', 1, '0.0.1', '2026-01-01T00:00:00.000Z', 'the loss became NaN at step 3')`,
    ).run();
    raw.close();
    db = openDatabase(oldFile);
    expect(schemaVersion(db)).toBe(MIGRATIONS.length);
    const old = new RunStore(db).getSummary('old-run')!;
    expect(old.error).toBe('the loss became NaN at step 3');
    expect(old.errorInfo).toBeNull();
  });

  it('persists settings with pt-BR as the default, and tells when the language was chosen', () => {
    const settings = new SettingsStore(db);
    expect(settings.get()).toEqual({ locale: 'pt-BR', localeChosen: false });
    settings.update({ locale: 'en' });
    db.close();
    db = openDatabase(file);
    expect(new SettingsStore(db).get()).toEqual({ locale: 'en', localeChosen: true });
  });
});
