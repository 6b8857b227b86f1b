// The Runs screen's view of the store (issue 11): filtered, sorted pages of runs over thousands of
// records, the name/tags/note a researcher edits, and curves downsampled for charts. Reads the same
// SQLite file as RunStore (schema 4); RunStore keeps the writes training makes.
import type { MetricSeries, RunSummary } from '../../contract/runs';
import type { RunEdit, RunQuery, RunQueryResult } from '../../contract/runs-api';
import type { Db } from '../run-store/open-database';
import { toSummary, type RunRow } from '../run-store/run-store';
import { lttb } from './lttb';

const METRIC_KEY = /^[A-Za-z0-9_.-]{1,60}$/;
const DEFAULT_PAGE = 200;

/** A LIKE pattern matching `text` literally anywhere. */
function containing(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

export class RunLibrary {
  constructor(private readonly db: Db) {}

  query(q: RunQuery): RunQueryResult {
    const where: string[] = [];
    const params: (string | number)[] = [];
    const add = (clause: string, ...values: (string | number)[]) => {
      where.push(clause);
      params.push(...values);
    };
    if (q.lessonId) add('lesson_id = ?', q.lessonId);
    if (q.status) add('status = ?', q.status);
    if (q.tag) add('exists (select 1 from json_each(runs.tags_json) where value = ?)', q.tag);
    if (q.text?.trim()) {
      const like = containing(q.text.trim());
      add(`(id like ? escape '\\' or coalesce(name, '') like ? escape '\\' or note like ? escape '\\' or tags_json like ? escape '\\' or lesson_id like ? escape '\\')`, like, like, like, like, like);
    }
    const filter = where.length > 0 ? `where ${where.join(' and ')}` : '';
    const direction = q.descending === false ? 'asc' : 'desc';
    let order = `created_at ${direction}, rowid ${direction}`;
    const orderParams: string[] = [];
    if (q.sort === 'duration') {
      order = `(julianday(coalesce(finished_at, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))) - julianday(created_at)) ${direction}, ${order}`;
    } else if (q.sort === 'metric' && q.metric && METRIC_KEY.test(q.metric)) {
      // Runs without the metric go last whichever way the others are sorted.
      order = `json_extract(metrics_json, ?) is null, json_extract(metrics_json, ?) ${direction}, ${order}`;
      orderParams.push(`$."${q.metric}"`, `$."${q.metric}"`);
    }
    const limit = q.limit ?? DEFAULT_PAGE;
    const rows = this.db
      .prepare(`select * from runs ${filter} order by ${order} limit ? offset ?`)
      .all(...params, ...orderParams, limit, q.offset ?? 0) as RunRow[];
    const total = (this.db.prepare(`select count(*) as n from runs ${filter}`).get(...params) as { n: number }).n;
    const tags = (this.db.prepare('select distinct j.value as v from runs, json_each(runs.tags_json) j order by v').all() as { v: string }[]).map((r) => r.v);
    const metrics = (this.db.prepare('select distinct j.key as k from runs, json_each(runs.metrics_json) j order by k').all() as { k: string }[]).map((r) => r.k);
    return { total, runs: rows.map(toSummary), tags, metrics };
  }

  update(edit: RunEdit): RunSummary | null {
    const sets: string[] = [];
    const params: (string | null)[] = [];
    const set = (column: string, value: string | null) => {
      sets.push(`${column} = ?`);
      params.push(value);
    };
    if (edit.name !== undefined) set('name', edit.name.trim() === '' ? null : edit.name.trim());
    if (edit.note !== undefined) set('note', edit.note);
    if (edit.tags !== undefined) set('tags_json', JSON.stringify(edit.tags));
    if (sets.length > 0) this.db.prepare(`update runs set ${sets.join(', ')} where id = ?`).run(...params, edit.runId);
    const row = this.db.prepare('select * from runs where id = ?').get(edit.runId) as RunRow | undefined;
    return row ? toSummary(row) : null;
  }

  markRerun(runId: string, ofRunId: string): void {
    this.db.prepare('update runs set rerun_of = ? where id = ?').run(ofRunId, runId);
  }

  artifacts(runId: string): Record<string, unknown> {
    const rows = this.db.prepare('select name, content_json from run_artifacts where run_id = ?').all(runId) as { name: string; content_json: string }[];
    return Object.fromEntries(rows.map((a) => [a.name, JSON.parse(a.content_json) as unknown]));
  }

  pointCounts(runId: string): Record<string, number> {
    const rows = this.db.prepare('select name, count(*) as n from run_metrics where run_id = ? group by name').all(runId) as { name: string; n: number }[];
    return Object.fromEntries(rows.map((r) => [r.name, r.n]));
  }

  /**
   * Every curve of a run; with maxPoints, each longer curve is downsampled by LTTB to that many
   * points. A curve far longer than that (a million points) is first summarized in SQLite, from the
   * covering index: the lowest and highest value of each of 4 × maxPoints slices of its steps, so no
   * peak is lost and JavaScript never walks a million rows.
   */
  series(runId: string, maxPoints?: number): MetricSeries[] {
    return this.openSeries(runId, maxPoints).series;
  }

  /** The curves as series() gives them, with each curve's full number of points. */
  openSeries(runId: string, maxPoints?: number): { series: MetricSeries[]; counts: Record<string, number> } {
    const counts: Record<string, number> = {};
    const series = this.names(runId).map((name) => {
      const huge = maxPoints !== undefined && this.longerThan(runId, name, maxPoints * 8);
      const curve = huge ? this.envelope(runId, name, maxPoints * 4) : this.points(runId, name);
      counts[name] = curve.count;
      const { steps, values } = curve;
      if (maxPoints === undefined || steps.length <= maxPoints) return { name, steps, values };
      const thin = lttb(steps, values, maxPoints);
      return { name, steps: thin.xs, values: thin.ys };
    });
    return { series, counts };
  }

  /** The run's curve names, by seeking the index from one name to the next (no scan of the points). */
  private names(runId: string): string[] {
    const next = this.db.prepare('select name from run_metrics where run_id = ? and name > ? order by name limit 1').pluck();
    const names: string[] = [];
    for (let name = next.get(runId, '') as string | undefined; name !== undefined; name = next.get(runId, name) as string | undefined) names.push(name);
    return names;
  }

  private longerThan(runId: string, name: string, points: number): boolean {
    return this.db.prepare('select 1 from run_metrics where run_id = ? and name = ? order by step limit 1 offset ?').get(runId, name, points) !== undefined;
  }

  private points(runId: string, name: string): { steps: number[]; values: number[]; count: number } {
    const rows = this.db.prepare('select step, value from run_metrics where run_id = ? and name = ? order by step').raw().all(runId, name) as [number, number][];
    return { steps: rows.map((r) => r[0]), values: rows.map((r) => r[1]), count: rows.length };
  }

  /**
   * Per slice of the steps: (first step, lowest value) and (last step, highest value). One range
   * query per slice walks the covering index in step order, with no sort (a GROUP BY on a computed
   * slice would sort a million rows first).
   */
  private envelope(runId: string, name: string, slices: number): { steps: number[]; values: number[]; count: number } {
    const range = this.db.prepare('select min(step) as lo, max(step) as hi from run_metrics where run_id = ? and name = ?').get(runId, name) as { lo: number; hi: number };
    const width = Math.max(1, Math.ceil((range.hi - range.lo + 1) / slices));
    const slice = this.db.prepare(
      'select min(step), max(step), min(value), max(value), count(*) from run_metrics where run_id = ? and name = ? and step >= ? and step < ?',
    ).raw();
    const steps: number[] = [];
    const values: number[] = [];
    let count = 0;
    for (let from = range.lo; from <= range.hi; from += width) {
      const [first, last, low, high, n] = slice.get(runId, name, from, from + width) as [number | null, number | null, number, number, number];
      if (first === null || last === null) continue;
      count += n;
      steps.push(first);
      values.push(low);
      if (last !== first) {
        steps.push(last);
        values.push(high);
      }
    }
    return { steps, values, count };
  }
}
