// The run store: every training run with its hyperparameters, status, metric series and artifacts,
// in one SQLite file. Writes are small transactions so a killed process loses at most the last batch.
import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import type { HyperparameterValues } from '../../contract/hyperparameters';
import type { LessonId } from '../../contract/lessons/catalog';
import { englishLabError, isLabErrorInfo, type LabErrorInfo } from '../../contract/lab-errors';
import type { MetricSeries, RunDetail, RunStatus, RunSummary } from '../../contract/runs';
import type { Db } from './open-database';
import { processAlive } from '../platform/process-alive';

export interface RunRow {
  id: string;
  lesson_id: string;
  status: RunStatus;
  hyperparameters_json: string;
  seed: number;
  app_version: string;
  created_at: string;
  finished_at: string | null;
  metrics_json: string;
  error: string | null;
  error_json: string | null;
  trained_by: string | null;
  name?: string | null;
  tags_json?: string;
  note?: string;
  rerun_of?: string | null;
  continued_json?: string;
}

export interface NewRun {
  lessonId: LessonId;
  hyperparameters: HyperparameterValues;
  seed: number;
  appVersion: string;
}

export interface MetricPoint {
  name: string;
  step: number;
  value: number;
}

/** Time-ordered, URL-safe run ids: the creation time in base 36, then random bits. */
export function newRunId(now = Date.now()): string {
  return `${now.toString(36).padStart(9, '0')}-${randomBytes(5).toString('hex')}`;
}

/** A JSON object column, or null when it does not parse to an object (a damaged or hand-edited row). */
function parseObject<T>(json: unknown): T | null {
  if (typeof json !== 'string') return null;
  try {
    const value: unknown = JSON.parse(json);
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as T) : null;
  } catch {
    return null;
  }
}

/**
 * One row as the API shows it. A column that cannot be read does not break the list: the run keeps
 * what could be read, is flagged damaged, and says which fields were lost.
 */
export function toSummary(row: RunRow): RunSummary {
  const lost: string[] = [];
  const hyperparameters = parseObject<HyperparameterValues>(row.hyperparameters_json);
  if (!hyperparameters) lost.push('hyperparameters');
  const metrics = parseObject<Record<string, number>>(row.metrics_json);
  if (!metrics) lost.push('metrics');
  const textOrNull = (value: unknown, field: string) => {
    if (value === null || typeof value === 'string') return value;
    lost.push(field);
    return null;
  };
  const summary: RunSummary = {
    id: String(row.id),
    lessonId: String(row.lesson_id) as LessonId,
    status: row.status,
    hyperparameters: hyperparameters ?? {},
    seed: Number.isFinite(row.seed) ? row.seed : 0,
    appVersion: String(row.app_version),
    createdAt: String(row.created_at),
    finishedAt: textOrNull(row.finished_at, 'finishedAt'),
    metrics: metrics ?? {},
    error: textOrNull(row.error, 'error'),
    errorInfo: parseErrorInfo(row.error_json),
    name: row.name ?? null,
    tags: parseTags(row.tags_json),
    note: row.note ?? '',
    rerunOf: row.rerun_of ?? null,
  };
  const continuedAt = parseEpochs(row.continued_json);
  if (continuedAt.length > 0) summary.continuedAt = continuedAt;
  if (typeof row.trained_by === 'string') summary.trainedBy = row.trained_by;
  if (lost.length === 0) return summary;
  const info: LabErrorInfo = { code: 'run-damaged', params: { fields: lost.join(', ') } };
  return { ...summary, damaged: true, error: summary.error ?? englishLabError(info), errorInfo: summary.errorInfo ?? info };
}

function parseTags(json: string | undefined): string[] {
  try {
    const value: unknown = JSON.parse(json ?? '[]');
    return Array.isArray(value) ? value.filter((t): t is string => typeof t === 'string') : [];
  } catch {
    return [];
  }
}

function parseEpochs(json: string | undefined): number[] {
  try {
    const value: unknown = JSON.parse(json ?? '[]');
    return Array.isArray(value) ? value.filter((e): e is number => Number.isInteger(e)) : [];
  } catch {
    return [];
  }
}

/** A stored error code this version knows, else null (the UI then shows the English text). */
function parseErrorInfo(json: string | null): LabErrorInfo | null {
  if (json === null) return null;
  try {
    const value: unknown = JSON.parse(json);
    return isLabErrorInfo(value) ? value : null;
  } catch {
    return null;
  }
}

const INTERRUPTED: LabErrorInfo = { code: 'run-interrupted', params: {} };

export class RunStore {
  constructor(private readonly db: Db) {}

  createRun(run: NewRun): RunSummary {
    const id = newRunId();
    this.db
      .prepare(
        `insert into runs (id, lesson_id, status, hyperparameters_json, seed, app_version, created_at, owner_pid, owner_host)
         values (?, ?, 'running', ?, ?, ?, ?, ?, ?)`,
      )
      .run(id, run.lessonId, JSON.stringify(run.hyperparameters), run.seed, run.appVersion,
        new Date().toISOString(), process.pid, hostname());
    return this.getSummary(id)!;
  }

  /** Records which classroom member trained the run. */
  setTrainedBy(runId: string, name: string): void {
    this.db.prepare('update runs set trained_by = ? where id = ?').run(name, runId);
  }

  appendMetrics(runId: string, points: readonly MetricPoint[]): void {
    if (points.length === 0) return;
    const insert = this.db.prepare('insert into run_metrics (run_id, name, step, value) values (?, ?, ?, ?)');
    this.db.transaction(() => {
      for (const p of points) if (Number.isFinite(p.value)) insert.run(runId, p.name, p.step, p.value);
    })();
  }

  /** Merges the latest values into the run's metrics (shown while it is still running). */

  saveArtifacts(runId: string, artifacts: Record<string, unknown>): void {
    const upsert = this.db.prepare(
      `insert into run_artifacts (run_id, name, content_json) values (?, ?, ?)
       on conflict (run_id, name) do update set content_json = excluded.content_json`,
    );
    this.db.transaction(() => {
      for (const [name, content] of Object.entries(artifacts)) upsert.run(runId, name, JSON.stringify(content));
    })();
  }

  finishRun(runId: string, status: Exclude<RunStatus, 'running'>, metrics: Record<string, number>, error: LabErrorInfo | null): void {
    const run = this.getSummary(runId);
    if (!run) return;
    this.db
      .prepare(`update runs set status = ?, metrics_json = ?, error = ?, error_json = ?, finished_at = ? where id = ? and status = 'running'`)
      .run(
        status, JSON.stringify({ ...run.metrics, ...metrics }), error ? englishLabError(error) : null, error ? JSON.stringify(error) : null,
        new Date().toISOString(), runId,
      );
  }

  /**
   * A stopped or interrupted run trains on from its checkpoint at `step` (the end of `epoch`), as the
   * same run: back to running under this process, its curves cut back to that step (what the
   * unfinished epoch drew is trained again), and the continuation recorded. False, changing nothing,
   * when the run is not stopped or interrupted (it was continued or deleted meanwhile).
   */
  continueRun(runId: string, { step, epoch }: { step: number; epoch: number }): boolean {
    return this.db.transaction(() => {
      const row = this.db.prepare('select status, continued_json from runs where id = ?').get(runId) as
        { status: RunStatus; continued_json: string } | undefined;
      if (!row || (row.status !== 'stopped' && row.status !== 'interrupted')) return false;
      this.db.prepare('delete from run_metrics where run_id = ? and step > ?').run(runId, step);
      this.db
        .prepare(`update runs set status = 'running', finished_at = null, error = null, error_json = null, owner_pid = ?, owner_host = ?,
          continued_json = ? where id = ?`)
        .run(process.pid, hostname(), JSON.stringify([...parseEpochs(row.continued_json), epoch]), runId);
      return true;
    })();
  }

  /**
   * Marks runs left 'running' by a process on this machine that no longer exists as interrupted.
   * `isAlive` is injectable for tests; the default asks the OS whether the pid exists.
   */
  markInterrupted(isAlive: (pid: number) => boolean = processAlive): number {
    const rows = this.db
      .prepare(`select id, owner_pid from runs where status = 'running' and (owner_host = ? or owner_host is null)`)
      .all(hostname()) as { id: string; owner_pid: number | null }[];
    const stale = rows.filter((r) => r.owner_pid === null || (r.owner_pid !== process.pid && !isAlive(r.owner_pid)));
    const mark = this.db.prepare(
      `update runs set status = 'interrupted', finished_at = ?, error = coalesce(error, ?), error_json = coalesce(error_json, ?)
       where id = ? and status = 'running'`,
    );
    const now = new Date().toISOString();
    this.db.transaction(() => {
      for (const r of stale) mark.run(now, englishLabError(INTERRUPTED), JSON.stringify(INTERRUPTED), r.id);
    })();
    return stale.length;
  }

  list(filter: { lessonId?: string } = {}): RunSummary[] {
    const rows = (filter.lessonId
      ? this.db.prepare('select * from runs where lesson_id = ? order by created_at desc, rowid desc').all(filter.lessonId)
      : this.db.prepare('select * from runs order by created_at desc, rowid desc').all()) as RunRow[];
    return rows.map(toSummary);
  }

  getSummary(runId: string): RunSummary | null {
    const row = this.db.prepare('select * from runs where id = ?').get(runId) as RunRow | undefined;
    return row ? toSummary(row) : null;
  }

  get(runId: string): RunDetail | null {
    const summary = this.getSummary(runId);
    if (!summary) return null;
    const points = this.db
      .prepare('select name, step, value from run_metrics where run_id = ? order by name, step')
      .all(runId) as MetricPoint[];
    const byName = new Map<string, MetricSeries>();
    for (const p of points) {
      let series = byName.get(p.name);
      if (!series) byName.set(p.name, (series = { name: p.name, steps: [], values: [] }));
      series.steps.push(p.step);
      series.values.push(p.value);
    }
    const artifactRows = this.db
      .prepare('select name, content_json from run_artifacts where run_id = ?')
      .all(runId) as { name: string; content_json: string }[];
    const entries: [string, unknown][] = [];
    const unreadable: string[] = [];
    for (const a of artifactRows) {
      try {
        entries.push([a.name, JSON.parse(a.content_json) as unknown]);
      } catch {
        unreadable.push(a.name);
      }
    }
    const artifacts = Object.fromEntries(entries);
    if (unreadable.length > 0 && !summary.damaged) {
      const info: LabErrorInfo = { code: 'run-damaged', params: { fields: unreadable.join(', ') } };
      return { ...summary, damaged: true, errorInfo: summary.errorInfo ?? info, error: summary.error ?? englishLabError(info), series: [...byName.values()], artifacts };
    }
    return { ...summary, series: [...byName.values()], artifacts };
  }

  delete(runId: string): boolean {
    return this.db.prepare(`delete from runs where id = ? and status != 'running'`).run(runId).changes > 0;
  }
}
