// Runs trainings in worker_threads, one worker per run (a RunSession each): queues the runs that do not
// fit the threads the machine should keep busy (each told its place, started in order as threads free
// up), refuses a run too big for memory or a CIFAR-10 run without its data, stores each new run and
// keeps its session. When the lab closes, the runs it ends (queued ones too) are stored as interrupted.
import { dirname, join } from 'node:path';
import type { EventListener, TrainingFinished, TrainingProgress } from '../../contract/events';
import { ApiInputError } from '../../contract/guards';
import type { HyperparameterValues } from '../../contract/hyperparameters';
import { englishLabError, type LabErrorInfo } from '../../contract/lab-errors';
import type { LessonId } from '../../contract/lessons/catalog';
import type { ActiveTraining } from '../../contract/runs-api';
import { datasetOf } from '../../contract/lessons/registry';
import type { RunStore } from '../run-store/run-store';
import { checkDatasetSource } from './dataset-for-run';
import { RunSession, type RunRequest } from './run-session';
import { checkpointInfo, checkpointPath, checkRunCheckpoint } from './checkpoint-file';
import type { CheckpointInfo } from '../../contract/continue-run';
import { defaultMemoryBudget, estimateRunBytes, MEGABYTE, threadsOfRun } from './run-memory';

/** Bundled beside the training worker in dist/node. */
export const IMPORT_WORKER_FILE = 'dataset-import-worker.mjs';

export interface TrainerHostOptions {
  store: RunStore;
  /** Failed store writes in a row before a run is given up, and the wait between retries of its end. */
  storeRetry?: { attempts: number; delayMs: number };
  emit: EventListener;
  workerScript: string;
  appVersion: string;
  /**
   * Threads all trainings may keep busy (more than cores only slows every one down; a classroom
   * shares one machine). A CIFAR-10 run counts two, the sine MLP one.
   */
  maxConcurrent: number;
  /** Bytes all trainings together may use (default: half the machine's memory); each run is estimated first. */
  memoryBudget?: number;
  /** Runs that may wait for threads at once (default DEFAULT_MAX_QUEUED); one more is refused as trainer-busy. */
  maxQueued?: number;
  /** Holds the dataset cache and each run's files (<dataDirectory>/runs/<runId>/model.safetensors). */
  dataDirectory?: string;
}

export interface StartOptions {
  /** CIFAR-10 for lessons 2 to 6: an archive, image folder or cache folder; defaults to the current import. */
  data?: string;
}

/** A classroom's worth of waiting runs; more would only wait for hours. */
export const DEFAULT_MAX_QUEUED = 16;

/** Refused before anything is stored: the machine is training as much as it can and the queue is full. */
export class TrainerBusyError extends ApiInputError {
  override name = 'TrainerBusyError';
  constructor(running: number) {
    const info: LabErrorInfo = { code: 'trainer-busy', params: { running } };
    super(englishLabError(info), [], info);
  }
}

interface QueuedRun {
  session: RunSession;
  threads: number;
  bytes: number;
}

export class TrainerHost {
  /** Every run not yet settled: running or queued. */
  private readonly sessions = new Map<string, RunSession>();
  /** Threads and estimated bytes of each running run. */
  private readonly usage = new Map<string, { threads: number; bytes: number }>();
  /** Runs waiting for threads, first come first started. */
  private queue: QueuedRun[] = [];
  /** Set by stopAll(): runs that end from now on were interrupted by the lab closing. */
  private closing = false;

  constructor(private readonly options: TrainerHostOptions) {}

  start(lessonId: LessonId, hyperparameters: HyperparameterValues, startOptions: StartOptions = {}): { runId: string; finished: Promise<TrainingFinished> } {
    const { store, appVersion, dataDirectory } = this.options;
    const admitted = this.admit(lessonId, hyperparameters);
    if (datasetOf(lessonId) === 'cifar10') checkDatasetSource(startOptions.data, dataDirectory);
    const seed = typeof hyperparameters.seed === 'number' ? hyperparameters.seed : 0;
    const run = store.createRun({ lessonId, hyperparameters, seed, appVersion });
    return this.enqueue({ runId: run.id, lessonId, hyperparameters, ...(startOptions.data !== undefined ? { data: startOptions.data } : {}) }, admitted);
  }

  /**
   * Trains a stopped or interrupted run on from its checkpoint (issue 8), as the same run. Everything
   * is checked first (the run, its state, the whole checkpoint file, room on the machine); only then
   * does the run go back to running with its curves cut back to the checkpoint's step.
   */
  continue(runId: string): { runId: string; epoch: number; finished: Promise<TrainingFinished> } {
    const { store, dataDirectory } = this.options;
    const run = store.getSummary(runId);
    if (!run) throw ApiInputError.of({ code: 'run-not-found', params: { runId } });
    if (this.sessions.has(runId) || (run.status !== 'stopped' && run.status !== 'interrupted')) {
      throw ApiInputError.of({ code: 'continue-not-stopped', params: { runId, status: this.sessions.has(runId) ? 'running' : run.status } });
    }
    if (!dataDirectory) throw ApiInputError.of({ code: 'continue-no-checkpoint', params: { runId } });
    const checkpoint = checkRunCheckpoint(checkpointPath(dataDirectory, runId), run);
    const admitted = this.admit(run.lessonId, run.hyperparameters);
    if (datasetOf(run.lessonId) === 'cifar10') checkDatasetSource(undefined, dataDirectory);
    if (!store.continueRun(runId, { step: checkpoint.step, epoch: checkpoint.epoch })) {
      throw ApiInputError.of({ code: 'continue-not-stopped', params: { runId, status: store.getSummary(runId)?.status ?? 'deleted' } });
    }
    const started = this.enqueue({ runId, lessonId: run.lessonId, hyperparameters: run.hyperparameters, continueRun: true }, admitted);
    return { ...started, epoch: checkpoint.epoch };
  }

  /** Where the run's checkpoint stands, for "Continue from epoch N"; null when it cannot be continued. */
  checkpointOf(runId: string): CheckpointInfo | null {
    const run = this.options.store.getSummary(runId);
    const { dataDirectory } = this.options;
    if (!run || !dataDirectory || this.sessions.has(runId) || (run.status !== 'stopped' && run.status !== 'interrupted')) return null;
    const info = checkpointInfo(checkpointPath(dataDirectory, runId));
    return info && info.epoch < info.epochs ? info : null;
  }

  /** Refuses, before anything is stored, a run the queue or the memory cannot take; says whether it waits. */
  private admit(lessonId: LessonId, hyperparameters: HyperparameterValues): { waits: boolean; threads: number; bytes: number } {
    const threads = threadsOfRun(lessonId);
    const waits = this.queue.length > 0 || !this.fits(threads, 0);
    if (waits && this.queue.length >= (this.options.maxQueued ?? DEFAULT_MAX_QUEUED)) {
      throw new TrainerBusyError(this.usage.size);
    }
    // Refused before anything is stored: a run that does not fit would take the whole machine down.
    const needed = estimateRunBytes(lessonId, hyperparameters) ?? 0;
    const available = this.memoryBudget() - (waits ? 0 : this.bytesInUse());
    if (needed > available) {
      throw ApiInputError.of({
        code: 'run-too-big',
        params: { neededMegabytes: Math.ceil(needed / MEGABYTE), availableMegabytes: Math.max(0, Math.floor(available / MEGABYTE)) },
      });
    }
    return { waits, threads, bytes: needed };
  }

  /** Makes the run's session and starts it now, or queues it for threads. */
  private enqueue(request: RunRequest, { waits, threads, bytes }: { waits: boolean; threads: number; bytes: number }): { runId: string; finished: Promise<TrainingFinished> } {
    const { store, storeRetry, emit, workerScript, dataDirectory } = this.options;
        const session = new RunSession(
      request,
      {
        store, storeRetry, emit, workerScript, dataDirectory,
        importWorkerScript: join(dirname(workerScript), IMPORT_WORKER_FILE),
        isClosing: () => this.closing,
      },
      (settled) => this.forget(settled.runId),
    );
    this.sessions.set(request.runId, session);
    if (waits) {
      this.queue.push({ session, threads, bytes });
      emit('runs:changed', { runId: request.runId });
      this.tellPlaces();
    } else {
      this.launch({ session, threads, bytes });
      emit('runs:changed', { runId: request.runId });
    }
    return { runId: request.runId, finished: session.finished };
  }

  /** A run's place in the queue (1 = next to start), or null when it is not waiting. */
  queuePlace(runId: string): number | null {
    const index = this.queue.findIndex((q) => q.session.runId === runId);
    return index < 0 ? null : index + 1;
  }

  private launch(run: QueuedRun): void {
    this.usage.set(run.session.runId, { threads: run.threads, bytes: run.bytes });
    run.session.begin();
  }

  /** A lone run may take more threads than the cap: refusing it forever would help no one. */
  private fits(threads: number, bytes: number): boolean {
    if (this.usage.size === 0) return true;
    const busyThreads = [...this.usage.values()].reduce((sum, u) => sum + u.threads, 0);
    return busyThreads + threads <= this.options.maxConcurrent && bytes <= this.memoryBudget() - this.bytesInUse();
  }

  private memoryBudget(): number {
    return this.options.memoryBudget ?? defaultMemoryBudget();
  }

  private bytesInUse(): number {
    return [...this.usage.values()].reduce((sum, u) => sum + u.bytes, 0);
  }

  /** A run settled (ran to its end, or was stopped while waiting): its threads go to the next in line. */
  private forget(runId: string): void {
    this.sessions.delete(runId);
    this.usage.delete(runId);
    const before = this.queue.length;
    this.queue = this.queue.filter((q) => q.session.runId !== runId);
    let started = false;
    // Strictly in order: a big run at the head is not overtaken by small ones behind it.
    while (!this.closing && this.queue.length > 0 && this.fits(this.queue[0]!.threads, this.queue[0]!.bytes)) {
      this.launch(this.queue.shift()!);
      started = true;
    }
    if (started || this.queue.length !== before) this.tellPlaces();
  }

  /** Each waiting run hears its place as progress, so every screen showing it can say "queued: place N". */
  private tellPlaces(): void {
    this.queue.forEach((q, index) => this.options.emit('training:progress', this.queuedProgress(q.session.runId, index + 1)));
  }

  private queuedProgress(runId: string, place: number): TrainingProgress {
    return { runId, step: 0, totalSteps: 0, epoch: 0, epochs: 0, etaSeconds: null, elapsedSeconds: 0, metrics: {}, queued: { place } };
  }

  /** Asks a run to stop; resolves once it is stored as stopped (within about a second). */
  async stop(runId: string): Promise<boolean> {
    const session = this.sessions.get(runId);
    if (!session) return false;
    await session.stop();
    return true;
  }

  /** The runs training or waiting now (of one lesson), newest first, with their latest progress or place in line. */
  activeRuns(lessonId?: string): ActiveTraining[] {
    return [...this.sessions.values()]
      .map((s) => {
        const place = this.queuePlace(s.runId);
        return place === null ? s.describe() : { ...s.describe(), progress: this.queuedProgress(s.runId, place) };
      })
      .filter((a) => lessonId === undefined || a.lessonId === lessonId)
      .reverse();
  }

  /** True while the run trains or waits in the queue. */
  isRunning(runId: string): boolean {
    return this.sessions.has(runId);
  }

  /** The lab is closing: every run ends, stored as interrupted (the learner did not stop it). */
  async stopAll(): Promise<void> {
    this.closing = true;
    // Waiting runs first, so none of them starts on the threads the others free.
    const waiting = this.queue.map((q) => q.session);
    this.queue = [];
    await Promise.all(waiting.map((session) => session.stop()));
    await Promise.all([...this.sessions.values()].map((session) => session.stop()));
  }
}
