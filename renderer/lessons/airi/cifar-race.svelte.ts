// Lesson 4's optimizer race on CIFAR-10: one stored run per ticked lane, started one after the other
// through the usual training:start channel, with the same network, seed and data for every lane. Each
// lane's loss curve, test accuracy per epoch and final metrics arrive as training events. The race
// lives in a module (see cifarRace()), so it keeps running while the learner reads other pages.
import type { TrainingFinished, TrainingProgress } from '../../../contract/events';
import { AIRI_CIFAR_LANES, type AiriCifarLane, type AiriRaceHyperparameters, airiHyperparameters } from '../../../contract/lessons/airi';
import { errorView, runErrorView, type LabErrorView } from '../../i18n/error-text';
import { api, connection } from '../../state/lab.svelte';
import { seriesPoints, type Point } from '../../state/training-session.svelte';
import { lastRace } from './race-restore';
import type { RaceSettings } from './race-settings';

export type LaneId = AiriCifarLane['id'];
export type LanePhase = 'queued' | 'starting' | 'running' | 'stopping' | 'completed' | 'stopped' | 'failed' | 'interrupted' | 'cancelled';

export interface LaneRun {
  phase: LanePhase;
  runId: string | null;
  progress: TrainingProgress | null;
  loss: Point[];
  testAccuracy: Point[];
  metrics: Record<string, number> | null;
  error: LabErrorView | null;
}

export type { RaceSettings } from './race-settings';

const DATASET_ERRORS: readonly string[] = ['dataset-not-imported', 'dataset-unreadable', 'dataset-empty'];
const ACTIVE: readonly LanePhase[] = ['queued', 'starting', 'running', 'stopping'];
const emptyRun = (phase: LanePhase): LaneRun => ({ phase, runId: null, progress: null, loss: [], testAccuracy: [], metrics: null, error: null });

export class CifarRace {
  readonly lanes = AIRI_CIFAR_LANES;
  enabled = $state<Record<LaneId, boolean>>({ sgd: true, nesterov: true, adagrad: false, rmsprop: false, adam: true, adamw: false });
  learningRates = $state<Record<LaneId, number>>(Object.fromEntries(AIRI_CIFAR_LANES.map((l) => [l.id, l.learningRate])) as Record<LaneId, number>);
  settings = $state<RaceSettings>({ epochs: 2, trainImages: 10000, hiddenSize: 100, batchSize: 128, seed: 42 });
  runs = $state.raw<Partial<Record<LaneId, LaneRun>>>({});
  /** A start call that failed before any run existed (e.g. no dataset imported). */
  startError = $state<LabErrorView | null>(null);
  readonly running = $derived(Object.values(this.runs).some((r) => r !== undefined && ACTIVE.includes(r.phase)));
  readonly current = $derived(this.lanes.find((l) => {
    const phase = this.runs[l.id]?.phase;
    return phase === 'starting' || phase === 'running' || phase === 'stopping';
  }) ?? null);

  private stopRequested = false;
  private restored = false;
  private early: ({ kind: 'progress'; payload: TrainingProgress } | { kind: 'finished'; payload: TrainingFinished })[] = [];
  // Resolvers of runLane's wait, never read reactively.
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  private finishedWaiters = new Map<string, () => void>();

  constructor() {
    api.on('training:progress', (p) => this.receive({ kind: 'progress', payload: p }));
    api.on('training:finished', (f) => this.receive({ kind: 'finished', payload: f }));
    connection.onReconnect(() => void this.catchUp());
  }

  /** The hyperparameters of one lane's run: the lesson's defaults, the shared settings, the lane's optimizer. */
  valuesFor(lane: AiriCifarLane): AiriRaceHyperparameters {
    return {
      ...airiHyperparameters.defaults(),
      ...this.settings,
      optimizer: lane.optimizer,
      momentum: lane.momentum,
      weightDecay: lane.weightDecay,
      learningRate: this.learningRates[lane.id],
    };
  }

  /**
   * Shows the last race again (after a restart, or in another window): its settings, lanes and stored
   * curves. Once per window, and only while no race has been started here.
   */
  async restore(): Promise<void> {
    if (this.restored || Object.keys(this.runs).length > 0) return;
    this.restored = true;
    try {
      const last = lastRace(await api.invoke('runs:list', { lessonId: 'airi' }), this.lanes);
      if (!last || Object.keys(this.runs).length > 0) return;
      const details = await Promise.all([...last.runs].map(async ([lane, run]) => [lane, await api.invoke('runs:get', { runId: run.id })] as const));
      if (Object.keys(this.runs).length > 0) return;
      this.settings = last.settings;
      for (const [lane, detail] of details) {
        const learningRate = detail.hyperparameters.learningRate;
        if (typeof learningRate === 'number') this.learningRates[lane] = learningRate;
        this.enabled[lane] = true;
        const accuracy = seriesPoints(detail.series.find((s) => s.name === 'testAccuracy')).map((p, i) => ({ x: i + 1, y: p.y }));
        this.update(lane, {
          phase: detail.status === 'running' ? 'interrupted' : detail.status,
          runId: detail.id,
          loss: seriesPoints(detail.series.find((s) => s.name === 'loss')),
          testAccuracy: accuracy,
          metrics: detail.metrics,
          error: runErrorView(detail),
        });
      }
      for (const lane of this.lanes) if (!last.runs.has(lane.id)) this.enabled[lane.id] = false;
    } catch {
      // Nothing to show: the lanes stay empty until a race is started.
    }
  }

  /** Runs every ticked lane, one after the other; a failed lane does not stop the others. */
  async start(): Promise<void> {
    if (this.running) return;
    const lanes = this.lanes.filter((l) => this.enabled[l.id]);
    if (lanes.length === 0) return;
    this.stopRequested = false;
    this.startError = null;
    this.runs = Object.fromEntries(lanes.map((l) => [l.id, emptyRun('queued')]));
    for (const lane of lanes) {
      if (this.stopRequested) {
        this.update(lane.id, { phase: 'cancelled' });
        continue;
      }
      const ok = await this.runLane(lane);
      // Without a dataset (or with the server gone) every other lane would fail the same way.
      if (!ok) this.stopRequested = true;
    }
  }

  async stop(): Promise<void> {
    this.stopRequested = true;
    for (const lane of this.lanes) if (this.runs[lane.id]?.phase === 'queued') this.update(lane.id, { phase: 'cancelled' });
    const current = this.current;
    const runId = current ? this.runs[current.id]?.runId : null;
    if (!current || !runId) return;
    this.update(current.id, { phase: 'stopping' });
    try {
      await api.invoke('training:stop', { runId });
    } catch (error) {
      this.update(current.id, { error: errorView(error) });
    }
  }

  /** Starts one lane and resolves when its run has finished; false when it could not even start. */
  private async runLane(lane: AiriCifarLane): Promise<boolean> {
    this.update(lane.id, { phase: 'starting' });
    let runId: string;
    try {
      runId = (await api.invoke('training:start', { lessonId: 'airi', hyperparameters: this.valuesFor(lane) })).runId;
    } catch (error) {
      this.early = [];
      this.startError = errorView(error);
      this.update(lane.id, { phase: 'failed', error: this.startError });
      return false;
    }
    const finished = new Promise<void>((resolve) => this.finishedWaiters.set(runId, resolve));
    this.update(lane.id, { phase: this.stopRequested ? 'stopping' : 'running', runId });
    if (this.stopRequested) void api.invoke('training:stop', { runId }).catch(() => {});
    for (const event of this.early.splice(0)) this.receive(event);
    await finished;
    // A missing or broken dataset fails every lane the same way: say it once, above the lanes, and stop.
    const error = this.runs[lane.id]?.error ?? null;
    if (error?.info && DATASET_ERRORS.includes(error.info.code)) {
      this.startError = error;
      return false;
    }
    return true;
  }

  private laneOf(runId: string): LaneId | null {
    return this.lanes.find((l) => this.runs[l.id]?.runId === runId)?.id ?? null;
  }

  private receive(event: { kind: 'progress'; payload: TrainingProgress } | { kind: 'finished'; payload: TrainingFinished }): void {
    if (this.current && this.runs[this.current.id]?.phase === 'starting') {
      this.early.push(event);
      return;
    }
    const lane = this.laneOf(event.payload.runId);
    const run = lane ? this.runs[lane] : undefined;
    if (!lane || !run) return;
    if (event.kind === 'progress') {
      const { loss, testAccuracy } = event.payload.metrics;
      const step = event.payload.step;
      this.update(lane, {
        progress: event.payload,
        loss: loss !== undefined ? [...run.loss, { x: step, y: loss }] : run.loss,
        testAccuracy: testAccuracy !== undefined ? [...run.testAccuracy, { x: event.payload.epoch, y: testAccuracy }] : run.testAccuracy,
      });
    } else {
      this.update(lane, { phase: event.payload.status, metrics: event.payload.metrics, error: runErrorView(event.payload) });
      this.finishedWaiters.get(event.payload.runId)?.();
      this.finishedWaiters.delete(event.payload.runId);
      void this.loadStoredCurve(lane, event.payload.runId);
    }
  }

  /**
   * Live progress reaches a browser thinned out (the latest event per window), so once a lane has
   * finished its curve is replaced by the stored one, which has every point.
   */
  private async loadStoredCurve(lane: LaneId, runId: string): Promise<void> {
    try {
      const detail = await api.invoke('runs:get', { runId });
      if (this.runs[lane]?.runId !== runId) return;
      const loss = seriesPoints(detail.series.find((s) => s.name === 'loss'));
      if (loss.length >= (this.runs[lane]?.loss.length ?? 0)) this.update(lane, { loss });
    } catch {
      // The live curve stays.
    }
  }

  private update(lane: LaneId, patch: Partial<LaneRun>): void {
    this.runs = { ...this.runs, [lane]: { ...(this.runs[lane] ?? emptyRun('queued')), ...patch } };
  }

  /** After a reconnection events may have been missed: the stored run of the current lane is the truth. */
  private async catchUp(): Promise<void> {
    const lane = this.current;
    const runId = lane ? this.runs[lane.id]?.runId : null;
    if (!lane || !runId) return;
    try {
      const detail = await api.invoke('runs:get', { runId });
      const loss = seriesPoints(detail.series.find((s) => s.name === 'loss'));
      this.update(lane.id, { loss });
      if (detail.status !== 'running') {
        this.receive({ kind: 'finished', payload: { runId, status: detail.status, metrics: detail.metrics, error: detail.error, errorInfo: detail.errorInfo } });
      }
    } catch {
      // The next reconnection or event will try again.
    }
  }
}

let race: CifarRace | null = null;

/** The window's one CIFAR-10 race, created under its own root so it outlives the page that opened it. */
export function cifarRace(): CifarRace {
  if (race) return race;
  let created: CifarRace | null = null;
  $effect.root(() => {
    created = new CifarRace();
  });
  race = created ?? new CifarRace();
  return race;
}
