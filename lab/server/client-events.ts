// Which lab events one browser gets, and how often. Every socket used to get every run's every step:
// 200 students watching one run received 159 MB. Now a client gets the step-by-step events
// (training:progress, training:snapshot) only for the runs it watches: those it started, those it
// opened (runs:get, training:stop) and those it names in a watch message ('all' for the teacher's
// overview). Everyone still hears training:finished and runs:changed, which are small and keep lists
// current. Watched events are throttled per client to one delivery per window: progress that carries
// metrics (curve points, an epoch's test result) is queued and sent together, never dropped; progress
// without metrics (heartbeats, dataset preparation) and snapshots (pictures) keep only the latest.
import type { EventChannel, Events } from '../../contract/events';

export const PROGRESS_WINDOW_MS = 100;
export const SNAPSHOT_WINDOW_MS = 250;

type Send = (channel: EventChannel, payload: unknown) => void;

/** Curve points one window may hold for one run; beyond it the oldest go (a misbehaving lesson). */
const MAX_QUEUED_POINTS = 500;

interface RunThrottle {
  /** Progress with metrics, in order, sent at the window's end. */
  points: Events['training:progress'][];
  /** The latest progress without metrics (time left, preparation), sent after the points. */
  heartbeat: Events['training:progress'] | null;
  snapshot: Events['training:snapshot'] | null;
  progressTimer: ReturnType<typeof setTimeout> | null;
  snapshotTimer: ReturnType<typeof setTimeout> | null;
  lastProgressAt: number;
  lastSnapshotAt: number;
}

export class ClientEvents {
  private readonly watched = new Set<string>();
  private watchAll = false;
  private readonly runs = new Map<string, RunThrottle>();

  constructor(private readonly send: Send, private readonly now: () => number = () => performance.now()) {}

  /** Replaces the explicit watch list; runs this client started or opened stay watched until they end. */
  watch(runIds: readonly string[] | 'all'): void {
    this.watchAll = runIds === 'all';
    if (runIds !== 'all') for (const id of runIds) this.watched.add(id);
  }

  watchRun(runId: string): void {
    this.watched.add(runId);
  }

  isWatching(runId: string): boolean {
    return this.watchAll || this.watched.has(runId);
  }

  deliver<E extends EventChannel>(channel: E, payload: Events[E]): void {
    if (channel === 'training:progress') {
      const progress = payload as Events['training:progress'];
      if (this.isWatching(progress.runId)) this.throttleProgress(progress);
    } else if (channel === 'training:snapshot') {
      const snapshot = payload as Events['training:snapshot'];
      if (this.isWatching(snapshot.runId)) this.throttleSnapshot(snapshot);
    } else if (channel === 'training:finished') {
      const runId = (payload as Events['training:finished']).runId;
      this.flush(runId); // the last steps before the end, then the end
      this.send(channel, payload);
      this.forget(runId);
    } else {
      this.send(channel, payload);
    }
  }

  close(): void {
    for (const runId of [...this.runs.keys()]) this.forget(runId);
  }

  private throttleOf(runId: string): RunThrottle {
    let throttle = this.runs.get(runId);
    if (!throttle) {
      throttle = { points: [], heartbeat: null, snapshot: null, progressTimer: null, snapshotTimer: null, lastProgressAt: -Infinity, lastSnapshotAt: -Infinity };
      this.runs.set(runId, throttle);
    }
    return throttle;
  }

  private throttleProgress(progress: Events['training:progress']): void {
    const throttle = this.throttleOf(progress.runId);
    if (Object.keys(progress.metrics).length === 0) {
      throttle.heartbeat = progress;
    } else {
      throttle.points.push(progress);
      if (throttle.points.length > MAX_QUEUED_POINTS) throttle.points.shift();
      throttle.heartbeat = null; // a point says where the run is, too
    }
    if (throttle.progressTimer) return;
    const wait = throttle.lastProgressAt + PROGRESS_WINDOW_MS - this.now();
    if (wait <= 0) this.flushProgress(progress.runId);
    else throttle.progressTimer = setTimeout(() => this.flushProgress(progress.runId), wait);
  }

  private throttleSnapshot(snapshot: Events['training:snapshot']): void {
    const throttle = this.throttleOf(snapshot.runId);
    throttle.snapshot = snapshot;
    if (throttle.snapshotTimer) return;
    const wait = throttle.lastSnapshotAt + SNAPSHOT_WINDOW_MS - this.now();
    if (wait <= 0) this.flushSnapshot(snapshot.runId);
    else throttle.snapshotTimer = setTimeout(() => this.flushSnapshot(snapshot.runId), wait);
  }

  private flushProgress(runId: string): void {
    const throttle = this.runs.get(runId);
    if (!throttle) return;
    if (throttle.progressTimer) clearTimeout(throttle.progressTimer);
    throttle.progressTimer = null;
    throttle.lastProgressAt = this.now();
    const pending = throttle.heartbeat ? [...throttle.points, throttle.heartbeat] : throttle.points;
    throttle.points = [];
    throttle.heartbeat = null;
    for (const progress of pending) this.send('training:progress', progress);
  }

  private flushSnapshot(runId: string): void {
    const throttle = this.runs.get(runId);
    if (!throttle) return;
    if (throttle.snapshotTimer) clearTimeout(throttle.snapshotTimer);
    throttle.snapshotTimer = null;
    throttle.lastSnapshotAt = this.now();
    const snapshot = throttle.snapshot;
    throttle.snapshot = null;
    if (snapshot) this.send('training:snapshot', snapshot);
  }

  private flush(runId: string): void {
    this.flushProgress(runId);
    this.flushSnapshot(runId);
  }

  private forget(runId: string): void {
    const throttle = this.runs.get(runId);
    if (throttle?.progressTimer) clearTimeout(throttle.progressTimer);
    if (throttle?.snapshotTimer) clearTimeout(throttle.snapshotTimer);
    this.runs.delete(runId);
    this.watched.delete(runId);
  }
}
