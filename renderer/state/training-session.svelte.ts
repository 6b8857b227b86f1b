// One lesson's training as this window sees it: start/stop, and the live progress, loss curve, test
// MSE and fit snapshots streamed by lab/. Only runs started here are followed (in a classroom every
// window receives every student's events). Lives in a module, so leaving the page keeps the run.
import type { HyperparameterValues } from '../../contract/hyperparameters';
import type { LessonId } from '../../contract/lessons/catalog';
import type { TrainingFinished, TrainingProgress, TrainingSnapshot } from '../../contract/events';
import type { MetricSeries, RunStatus } from '../../contract/runs';
import { errorView, runErrorView, type LabErrorView } from '../i18n/error-text';
import { api, connection } from './lab.svelte';
import { rememberStartedRun, startedHere } from './started-runs';

export type SessionPhase = 'idle' | 'starting' | 'running' | 'stopping' | Exclude<RunStatus, 'running'>;

export interface Point {
  x: number;
  y: number;
}

/** Loss points are gathered and published at most this often, however fast events arrive. */
const PUBLISH_EVERY_MS = 50;

type Early =
  | { kind: 'progress'; payload: TrainingProgress }
  | { kind: 'snapshot'; runId: string; snapshot: TrainingSnapshot }
  | { kind: 'finished'; payload: TrainingFinished };

export function seriesPoints(series: MetricSeries | undefined): Point[] {
  if (!series) return [];
  return series.steps.map((x, i) => ({ x, y: series.values[i] }));
}

export class TrainingSession {
  readonly lessonId: LessonId;
  phase = $state<SessionPhase>('idle');
  runId = $state<string | null>(null);
  progress = $state.raw<TrainingProgress | null>(null);
  loss = $state.raw<Point[]>([]);
  testMse = $state.raw<Point[]>([]);
  /** Every metric the run reports, by name, against the step (CIFAR-10: trainAccuracy, testAccuracy, learningRate...). */
  series = $state.raw<Record<string, Point[]>>({});
  snapshot = $state.raw<TrainingSnapshot | null>(null);
  /** The hyperparameters of the current or last run. */
  hyperparameters = $state.raw<HyperparameterValues | null>(null);
  finalMetrics = $state.raw<Record<string, number> | null>(null);
  /** Why the run failed, from lab/. */
  runError = $state<LabErrorView | null>(null);
  /** A start or stop call that failed. */
  actionError = $state<{ action: 'start' | 'stop' | 'continue'; error: LabErrorView } | null>(null);
  readonly active = $derived(this.phase === 'starting' || this.phase === 'running' || this.phase === 'stopping');

  /** Events that arrive while training:start is still answering. */
  private early: Early[] = [];
  private unpublished: Point[] = [];
  private unpublishedSeries: Record<string, Point[]> = {};
  private publishTimer: ReturnType<typeof setTimeout> | null = null;

  constructor(lessonId: LessonId) {
    this.lessonId = lessonId;
    api.on('training:progress', (p) => this.receive({ kind: 'progress', payload: p }, p.runId));
    api.on('training:snapshot', (s) => this.receive({ kind: 'snapshot', ...s }, s.runId));
    api.on('training:finished', (f) => this.receive({ kind: 'finished', payload: f }, f.runId));
    connection.onReconnect(() => void (this.active ? this.catchUp() : this.reattach()));
  }

  async start(hyperparameters: HyperparameterValues): Promise<void> {
    if (this.active) return;
    this.clear();
    this.phase = 'starting';
    this.hyperparameters = hyperparameters;
    try {
      const { runId } = await api.invoke('training:start', { lessonId: this.lessonId, hyperparameters });
      this.runId = runId;
      rememberStartedRun(runId);
      this.phase = 'running';
      for (const event of this.early.splice(0)) this.receive(event, this.eventRunId(event));
    } catch (error) {
      this.phase = 'idle';
      this.actionError = { action: 'start', error: errorView(error) };
    } finally {
      this.early = [];
    }
  }

  async stop(): Promise<void> {
    if (!this.runId || this.phase !== 'running') return;
    this.phase = 'stopping';
    try {
      await api.invoke('training:stop', { runId: this.runId });
    } catch (error) {
      if (this.phase === 'stopping') this.phase = 'running';
      this.actionError = { action: 'stop', error: errorView(error) };
    }
  }

  /**
   * Trains this window's stopped or interrupted run on from its checkpoint (issue 8): the same run,
   * its stored curve (cut back to the checkpoint by lab/) on the charts, then followed live as before.
   */
  async continueRun(): Promise<void> {
    const runId = this.runId;
    if (!runId || this.active || (this.phase !== 'stopped' && this.phase !== 'interrupted')) return;
    const before = this.phase;
    this.phase = 'starting';
    this.actionError = null;
    try {
      await api.invoke('training:continue', { runId });
      rememberStartedRun(runId);
      const detail = await api.invoke('runs:get', { runId });
      this.runError = null;
      this.finalMetrics = null;
      this.unpublished = [];
      this.unpublishedSeries = {};
      this.loss = seriesPoints(detail.series.find((s) => s.name === 'loss'));
      this.testMse = seriesPoints(detail.series.find((s) => s.name === 'testMse'));
      this.series = Object.fromEntries(detail.series.map((s) => [s.name, seriesPoints(s)]));
      this.phase = 'running';
      // Events that came while we waited: the points the stored curve already has are not drawn twice.
      const lastStored = Object.fromEntries(detail.series.map((s) => [s.name, s.steps.at(-1) ?? -1]));
      for (const event of this.early.splice(0)) {
        if (event.kind !== 'progress') this.receive(event, runId);
        else {
          const metrics = Object.fromEntries(Object.entries(event.payload.metrics).filter(([name]) => event.payload.step > (lastStored[name] ?? -1)));
          this.receive({ kind: 'progress', payload: { ...event.payload, metrics } }, runId);
        }
      }
      if (detail.status !== 'running') this.onFinished({ runId, status: detail.status, metrics: detail.metrics, error: detail.error, errorInfo: detail.errorInfo });
    } catch (error) {
      if (this.phase === 'starting') this.phase = before;
      this.actionError = { action: 'continue', error: errorView(error) };
    } finally {
      this.early = [];
    }
  }

  private clear(): void {
    this.runId = null;
    this.progress = null;
    this.loss = [];
    this.testMse = [];
    this.series = {};
    this.unpublishedSeries = {};
    this.snapshot = null;
    this.finalMetrics = null;
    this.runError = null;
    this.actionError = null;
    this.unpublished = [];
  }

  private eventRunId(event: Early): string {
    return event.kind === 'snapshot' ? event.runId : event.payload.runId;
  }

  private receive(event: Early, runId: string): void {
    if (this.phase === 'starting') {
      this.early.push(event);
      return;
    }
    if (runId !== this.runId || !this.active) return;
    if (event.kind === 'progress') this.onProgress(event.payload);
    else if (event.kind === 'snapshot') this.snapshot = event.snapshot;
    else this.onFinished(event.payload);
  }

  private onProgress(progress: TrainingProgress): void {
    this.progress = progress;
    const { loss, testMse } = progress.metrics;
    if (loss !== undefined) {
      this.unpublished.push({ x: progress.step, y: loss });
      this.publishTimer ??= setTimeout(() => this.publish(), PUBLISH_EVERY_MS);
    }
    if (testMse !== undefined) this.testMse = [...this.testMse, { x: progress.step, y: testMse }];
    for (const [name, value] of Object.entries(progress.metrics)) {
      (this.unpublishedSeries[name] ??= []).push({ x: progress.step, y: value });
      this.publishTimer ??= setTimeout(() => this.publish(), PUBLISH_EVERY_MS);
    }
  }

  private publish(): void {
    if (this.publishTimer) clearTimeout(this.publishTimer);
    this.publishTimer = null;
    if (Object.keys(this.unpublishedSeries).length > 0) {
      const series = { ...this.series };
      for (const [name, points] of Object.entries(this.unpublishedSeries)) series[name] = [...(series[name] ?? []), ...points];
      this.series = series;
      this.unpublishedSeries = {};
    }
    if (this.unpublished.length === 0) return;
    this.loss = [...this.loss, ...this.unpublished];
    this.unpublished = [];
  }

  private onFinished(finished: TrainingFinished): void {
    this.publish();
    this.phase = finished.status;
    this.finalMetrics = finished.metrics;
    this.runError = runErrorView(finished);
  }

  /**
   * After a page reload: finds a run this tab started that is still training (training:active) and
   * follows it again, Stop included; its stored curve fills the chart. Returns its settings for the
   * form, or null when there is none.
   */
  async reattach(): Promise<HyperparameterValues | null> {
    if (this.phase !== 'idle') return null;
    try {
      const running = (await api.invoke('training:active', { lessonId: this.lessonId })).find((r) => startedHere(r.runId));
      if (!running || this.phase !== 'idle') return null;
      this.clear();
      this.runId = running.runId;
      this.hyperparameters = running.hyperparameters;
      this.progress = running.progress;
      this.phase = 'running';
      await this.catchUp();
      return running.hyperparameters;
    } catch {
      return null;
    }
  }

  /** After a reconnection: events may have been missed, so take the run's stored state as the truth. */
  private async catchUp(): Promise<void> {
    const runId = this.runId;
    if (!runId || !this.active) return;
    try {
      const detail = await api.invoke('runs:get', { runId });
      if (runId !== this.runId) return;
      this.publish();
      const loss = seriesPoints(detail.series.find((s) => s.name === 'loss'));
      const testMse = seriesPoints(detail.series.find((s) => s.name === 'testMse'));
      if (loss.length >= this.loss.length) this.loss = loss;
      if (testMse.length >= this.testMse.length) this.testMse = testMse;
      this.series = Object.fromEntries(detail.series.map((s) => [s.name, seriesPoints(s)]));
      if (detail.status !== 'running') {
        this.phase = detail.status;
        this.finalMetrics = detail.metrics;
        this.runError = runErrorView(detail);
      }
    } catch {
      // The next reconnection or event will try again.
    }
  }
}
