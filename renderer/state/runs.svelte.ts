// The Runs screen's list: one page of runs at a time from lab/ (runs:query), filtered by lesson,
// status, tag and text and sorted by date, duration or any metric, so thousands of stored runs stay
// fast. Reloaded (at most a few times a second) whenever lab/ says a run changed.
import type { RunSummary } from '../../contract/runs';
import type { ActiveTraining, RunQuery, RunSortKey } from '../../contract/runs-api';
import { errorText } from '../i18n/error-text';
import { api, connection } from './lab.svelte';

const RELOAD_DELAY_MS = 300;
/** While a run waits for the machine's threads, its place in line is asked for this often. */
const QUEUE_POLL_MS = 2000;
const PAGE = 100;

export interface RunFilters {
  lessonId: string;
  status: string;
  tag: string;
  text: string;
  /** 'date', 'duration' or 'metric:<name>'. */
  sort: string;
  descending: boolean;
}

class RunsState {
  runs = $state.raw<RunSummary[]>([]);
  total = $state(0);
  tags = $state.raw<string[]>([]);
  metrics = $state.raw<string[]>([]);
  /** Runs waiting for the machine's threads: run id -> place in line (1 = next to start). */
  queued = $state.raw<Record<string, number>>({});
  loaded = $state(false);
  loading = $state(false);
  error = $state<string | null>(null);
  filters = $state<RunFilters>({ lessonId: '', status: '', tag: '', text: '', sort: 'date', descending: true });
  /** How many rows are shown; "Show more" adds a page. */
  private limit = PAGE;
  private reloadTimer: ReturnType<typeof setTimeout> | null = null;
  private generation = 0;
  private queueTimer: ReturnType<typeof setTimeout> | null = null;

  constructor() {
    api.on('runs:changed', () => this.scheduleReload());
    connection.onReconnect(() => this.scheduleReload());
  }

  private query(): RunQuery {
    const f = this.filters;
    const [sort, metric] = f.sort.startsWith('metric:') ? ['metric' as RunSortKey, f.sort.slice(7)] : [f.sort as RunSortKey, undefined];
    return {
      ...(f.lessonId ? { lessonId: f.lessonId } : {}), ...(f.status ? { status: f.status as RunQuery['status'] } : {}),
      ...(f.tag ? { tag: f.tag } : {}), ...(f.text.trim() ? { text: f.text.trim() } : {}),
      sort, ...(metric ? { metric } : {}), descending: f.descending, limit: this.limit,
    };
  }

  async load(): Promise<void> {
    const generation = ++this.generation;
    this.loading = true;
    try {
      const [page, active] = await Promise.all([api.invoke('runs:query', this.query()), api.invoke('training:active', {})]);
      if (generation !== this.generation) return;
      this.setQueued(active);
      this.runs = page.runs;
      this.total = page.total;
      this.tags = page.tags;
      this.metrics = page.metrics;
      this.loaded = true;
      this.error = null;
    } catch (error) {
      if (generation === this.generation) this.error = errorText(error);
    } finally {
      if (generation === this.generation) this.loading = false;
    }
  }

  /** A queued run is stored as running; the table shows its place instead, until it starts. */
  private setQueued(active: ActiveTraining[]): void {
    const places: Record<string, number> = {};
    for (const run of active) if (run.progress?.queued) places[run.runId] = run.progress.queued.place;
    this.queued = places;
    if (Object.keys(places).length > 0 && !this.queueTimer) {
      this.queueTimer = setTimeout(() => {
        this.queueTimer = null;
        void api.invoke('training:active', {}).then((now) => this.setQueued(now), () => undefined);
      }, QUEUE_POLL_MS);
    }
  }

  /** New filters or sort: back to the first page. */
  refilter(): Promise<void> {
    this.limit = PAGE;
    return this.load();
  }

  showMore(): Promise<void> {
    this.limit += PAGE;
    return this.load();
  }

  /** Deletes a run; returns the error message, or null when it is gone. */
  async remove(runId: string): Promise<string | null> {
    try {
      await api.invoke('runs:delete', { runId });
      this.runs = this.runs.filter((run) => run.id !== runId);
      this.total = Math.max(0, this.total - 1);
      return null;
    } catch (error) {
      return errorText(error);
    }
  }

  private scheduleReload(): void {
    if (!this.loaded || this.reloadTimer) return;
    this.reloadTimer = setTimeout(() => {
      this.reloadTimer = null;
      void this.load();
    }, RELOAD_DELAY_MS);
  }
}

export const runs = new RunsState();
