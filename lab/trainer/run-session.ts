// One training run from start to its stored end: finds its dataset (lessons 2 to 6), starts its worker,
// stores and forwards what the worker reports, and settles exactly once — completed, stopped or
// failed — whichever of the worker's answer, its crash, its exit or a Stop comes first.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { performance } from 'node:perf_hooks';
import type { EventListener, TrainingFinished, TrainingProgress } from '../../contract/events';
import type { HyperparameterValues } from '../../contract/hyperparameters';
import { englishLabError, type LabErrorInfo } from '../../contract/lab-errors';
import type { LessonId } from '../../contract/lessons/catalog';
import type { ActiveTraining } from '../../contract/runs-api';
import { datasetOf } from '../../contract/lessons/registry';
import { STOP_REQUESTED, type StartTraining, type WorkerToHost } from '../../contract/worker-protocol';
import type { ImportProgress } from '../datasets/import-cifar10';
import { throttledProgress } from '../datasets/import-off-thread';
import type { MetricPoint, RunStore } from '../run-store/run-store';
import { RunWriter } from '../run-store/run-writer';
import { datasetForRun } from './dataset-for-run';
import { CHECKPOINT_FILE } from '../lessons/checkpoint/run-checkpoint';

/** A worker that has not ended this long after Stop is terminated. */
export const STOP_GRACE_MS = 1000;
/** Import progress is reported at most this often. */
const PREPARE_PROGRESS_MS = 200;

export interface RunSessionOptions {
  store: RunStore;
  /** Failed store writes in a row before the run is given up, and the wait between retries of its end. */
  storeRetry?: { attempts: number; delayMs: number };
  /** True once the lab is closing: a run stopped then was interrupted, not stopped by the learner. */
  isClosing: () => boolean;
  emit: EventListener;
  workerScript: string;
  /** The dataset import worker (dataset-import-worker.mjs beside the training worker). */
  importWorkerScript: string;
  /** Holds the dataset cache and the run's files (<dataDirectory>/runs/<runId>/). */
  dataDirectory?: string;
}

export interface RunRequest {
  runId: string;
  lessonId: LessonId;
  hyperparameters: HyperparameterValues;
  /** CIFAR-10 for lessons 2 to 6: an archive, image folder or cache folder; defaults to the current import. */
  data?: string;
  /** Continue the stopped run from its checkpoint (issue 8). */
  continueRun?: boolean;
}

/** A run that ended without an error (its metrics filled in by the caller when it has some). */
function ended(runId: string, status: 'completed' | 'stopped'): TrainingFinished {
  return { runId, status, metrics: {}, error: null, errorInfo: null };
}

function failed(runId: string, info: LabErrorInfo): TrainingFinished {
  return { runId, status: 'failed', metrics: {}, error: englishLabError(info), errorInfo: info };
}

const INTERRUPTED_INFO: LabErrorInfo = { code: 'run-interrupted', params: {} };

function interrupted(outcome: TrainingFinished): TrainingFinished {
  return { ...outcome, status: 'interrupted', error: englishLabError(INTERRUPTED_INFO), errorInfo: INTERRUPTED_INFO };
}

export class RunSession {
  readonly runId: string;
  /** Resolves once the run is stored as finished and the UIs were told. */
  readonly finished: Promise<TrainingFinished>;
  private resolveFinished: (result: TrainingFinished) => void = () => {};
  private settled = false;
  private stopRequested = false;
  /** Null while the run prepares its dataset. */
  private worker: Worker | null = null;
  private readonly stopBuffer = new SharedArrayBuffer(4);
  private readonly stopFlag = new Int32Array(this.stopBuffer);
  /** Reset by begin(): time spent waiting in the trainer's queue is not training time. */
  private startedAt = performance.now();
  /**
   * Store writes never throw into the worker's message handler: a locked or full store fails this
   * run only (its worker is stopped), and the lab keeps serving everyone else.
   */
  private readonly writer: RunWriter;

  constructor(
    private readonly request: RunRequest,
    private readonly options: RunSessionOptions,
    /** Told once, when the run settles (the host forgets it). */
    private readonly onSettled: (session: RunSession) => void,
  ) {
    this.runId = request.runId;
    this.finished = new Promise((resolve) => {
      this.resolveFinished = resolve;
    });
    this.writer = new RunWriter(options.store, this.runId, {
      attempts: options.storeRetry?.attempts, retryDelayMs: options.storeRetry?.delayMs,
      onGiveUp: (detail) => {
        this.settle(failed(this.runId, { code: 'store-unavailable', params: { detail } }));
        void this.worker?.terminate();
      },
    });
  }

  /** Prepares the dataset when the lesson needs one, then starts the worker. */
  begin(): void {
    this.startedAt = performance.now();
    if (datasetOf(this.request.lessonId) !== 'cifar10') {
      this.launch(undefined);
      return;
    }
    const { dataDirectory, importWorkerScript } = this.options;
    const prepared = dataDirectory
      ? datasetForRun(this.request.data, { dataDirectory, importWorkerScript, onProgress: this.importProgress() })
      : Promise.reject(new Error('this lab has no data directory for CIFAR-10'));
    prepared.then(
      (datasetDir) => this.launch(datasetDir),
      (error: Error) => this.settle(failed(this.runId, { code: 'dataset-unreadable', params: { detail: error.message } })),
    );
  }

  /** Asks the run to stop; resolves once it is stored as stopped (within about STOP_GRACE_MS). */
  async stop(): Promise<void> {
    this.stopRequested = true;
    Atomics.store(this.stopFlag, 0, STOP_REQUESTED);
    const worker = this.worker;
    if (!worker) {
      // Still preparing its dataset: the run ends now; an import in progress finishes into the cache.
      this.settle(ended(this.runId, 'stopped'));
      await this.finished;
      return;
    }
    const timeout = new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), STOP_GRACE_MS).unref());
    if ((await Promise.race([this.finished, timeout])) === 'timeout') {
      await worker.terminate();
      await this.finished;
    }
  }

  private launch(datasetDir: string | undefined): void {
    if (this.settled) return;
    if (this.stopRequested) {
      this.settle(ended(this.runId, 'stopped'));
      return;
    }
    const worker = new Worker(this.options.workerScript);
    this.worker = worker;
    worker.on('message', (message: WorkerToHost) => this.receive(message));
    worker.on('error', (error) => this.settle(failed(this.runId, { code: 'worker-crashed', params: { detail: error.message } })));
    worker.on('exit', (code) => {
      if (this.stopRequested) this.settle(ended(this.runId, 'stopped'));
      else this.settle(failed(this.runId, { code: 'worker-exited', params: { exitCode: code } }));
    });
    const { dataDirectory } = this.options;
    const start: StartTraining = {
      type: 'start', runId: this.runId, lessonId: this.request.lessonId, hyperparameters: this.request.hyperparameters,
      stopFlag: this.stopBuffer,
      ...(datasetDir ? { datasetDir } : {}),
      ...(dataDirectory ? { runDir: join(dataDirectory, 'runs', this.runId) } : {}),
      ...(this.request.continueRun ? { continueRun: true } : {}),
    };
    worker.postMessage(start);
  }

  private receive(message: WorkerToHost): void {
    if (this.settled) return;
    if (message.type === 'progress') {
      const points: MetricPoint[] = Object.entries(message.metrics).map(([name, value]) => ({ name, step: message.step, value }));
      if (points.length > 0) this.writer.appendMetrics(points);
      const { type: _type, ...progress } = message;
      this.emitProgress({ runId: this.runId, ...progress, elapsedSeconds: this.elapsedSeconds() });
    } else if (message.type === 'snapshot') {
      this.options.emit('training:snapshot', { runId: this.runId, snapshot: message.snapshot });
    } else if (message.type === 'done') {
      this.settle({ ...ended(this.runId, message.status), metrics: message.metrics }, message.artifacts);
    } else {
      this.settle(failed(this.runId, message.errorInfo));
    }
  }

  /** Reports the dataset import's phases, throttled, before the first step. */
  private importProgress(): ImportProgress {
    return throttledProgress((done, total, phase) => this.emitProgress({
      runId: this.runId, step: 0, totalSteps: 0, epoch: 0, epochs: 0, etaSeconds: null,
      elapsedSeconds: this.elapsedSeconds(), metrics: {}, preparing: { task: 'dataset', phase, done, total },
    }), PREPARE_PROGRESS_MS, () => performance.now());
  }

  private emitProgress(progress: TrainingProgress): void {
    this.lastProgress = progress;
    this.options.emit('training:progress', progress);
  }

  /** The latest progress, for a window reloaded mid-run (training:active); null before the first. */
  lastProgress: TrainingProgress | null = null;

  /** What training:active lists of this run. */
  describe(): ActiveTraining {
    const { runId, lessonId, hyperparameters } = this.request;
    return { runId, lessonId, hyperparameters, progress: this.lastProgress };
  }

  private elapsedSeconds(): number {
    return (performance.now() - this.startedAt) / 1000;
  }

  private settle(outcome: TrainingFinished, artifacts: Record<string, unknown> = {}): void {
    if (this.settled) return;
    this.settled = true;
    // Stopped because the lab is closing, not by the learner: say so (it was "You stopped this run").
    const result = this.options.isClosing() && outcome.status === 'stopped' ? interrupted(outcome) : outcome;
    this.onSettled(this);
    const { emit } = this.options;
    // The first try is synchronous: normally the run is stored before anyone hears it finished.
    // A checkpoint is only for continuing: a completed run has its weights in model.safetensors, and
    // a failed one would fail again. Stopped and interrupted runs keep theirs.
    if ((result.status === 'completed' || result.status === 'failed') && this.options.dataDirectory) {
      rmSync(join(this.options.dataDirectory, 'runs', this.runId, CHECKPOINT_FILE), { force: true });
    }
    const stored = this.writer.finish({ status: result.status, metrics: result.metrics, error: result.errorInfo, artifacts });
    emit('training:finished', result);
    void stored.then(() => {
      emit('runs:changed', { runId: this.runId });
      this.resolveFinished(result);
    });
  }
}
