// Runs trainings in worker_threads, one worker per run: stores the run, its metric series and
// artifacts as they arrive, and forwards progress to every UI. Stop sets a shared flag the worker
// checks each step; a worker that does not answer within STOP_GRACE_MS is terminated.
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { performance } from 'node:perf_hooks';
import type { TrainingFinished, TrainingProgress } from '../../contract/events';
import type { ActiveTraining } from '../../contract/runs-api';
import { englishLabError, type LabErrorInfo } from '../../contract/lab-errors';
import type { HyperparameterValues } from '../../contract/hyperparameters';
import type { LessonId } from '../../contract/lessons/catalog';
import { STOP_REQUESTED, type StartTraining, type WorkerToHost } from '../../contract/worker-protocol';
import type { EventListener } from '../app/lab';
import type { MetricPoint, RunStore } from '../run-store/run-store';
import { datasetOf } from '../../contract/lessons/registry';
import { RunWriter } from '../run-store/run-writer';
import { checkDatasetSource, datasetForRun } from './dataset-for-run';
import { estimateEtaSeconds } from './eta';

export const STOP_GRACE_MS = 1000;

interface ActiveRun {
  /** Null while the run prepares its dataset. */
  worker: Worker | null;
  stopFlag: Int32Array;
  finished: Promise<TrainingFinished>;
  stopRequested: boolean;
  /** Ends the run as stopped before its worker exists. */
  stopPreparing: () => void;
  /** What a window reloaded mid-run needs to reattach (training:active). */
  lessonId: LessonId;
  hyperparameters: HyperparameterValues;
  lastProgress: TrainingProgress | null;
}

export interface TrainerHostOptions {
  store: RunStore;
  /** Failed store writes in a row before a run is given up, and the wait between retries of its end. */
  storeRetry?: { attempts: number; delayMs: number };
  emit: EventListener;
  workerScript: string;
  appVersion: string;
  /** More trainings than cores only slow every one of them down (a classroom shares one machine). */
  maxConcurrent: number;
  /** Holds the dataset cache and each run's files (<dataDirectory>/runs/<runId>/model.safetensors). */
  dataDirectory?: string;
}

export interface StartOptions {
  /** CIFAR-10 for lessons 2 to 6: an archive, image folder or cache folder; defaults to the current import. */
  data?: string;
}

/** Import progress is reported at most this often. */
const PREPARE_PROGRESS_MS = 200;

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

/** Refused before anything is stored: the machine is already training as much as it can. */
export class TrainerBusyError extends Error {
  override name = 'TrainerBusyError';
}

export class TrainerHost {
  private readonly active = new Map<string, ActiveRun>();
  /** Set by stopAll(): runs that end from now on were interrupted by the lab closing. */
  private closing = false;

  constructor(private readonly options: TrainerHostOptions) {}

  start(lessonId: LessonId, hyperparameters: HyperparameterValues, startOptions: StartOptions = {}): { runId: string; finished: Promise<TrainingFinished> } {
    const { store, emit, maxConcurrent } = this.options;
    if (this.active.size >= maxConcurrent) {
      throw new TrainerBusyError(
        `${this.active.size} training${this.active.size > 1 ? 's are' : ' is'} already running on this computer; wait for one to finish or stop one`,
      );
    }
    if (datasetOf(lessonId) === 'cifar10') checkDatasetSource(startOptions.data, this.options.dataDirectory);
    const seed = typeof hyperparameters.seed === 'number' ? hyperparameters.seed : 0;
    const run = store.createRun({ lessonId, hyperparameters, seed, appVersion: this.options.appVersion });
    const stopBuffer = new SharedArrayBuffer(4);
    const startedAt = performance.now();
    let settled = false;
    let settleRun: (result: TrainingFinished, artifacts?: Record<string, unknown>) => void = () => {};
    // Store writes never throw into the worker's message handler: a locked or full store fails this
    // run only (the worker is stopped), and the server keeps serving everyone else.
    const writer = new RunWriter(store, run.id, {
      attempts: this.options.storeRetry?.attempts, retryDelayMs: this.options.storeRetry?.delayMs,
      onGiveUp: (detail) => {
        settleRun(failed(run.id, { code: 'store-unavailable', params: { detail } }));
        void active.worker?.terminate();
      },
    });

    const finished = new Promise<TrainingFinished>((resolve) => {
      const settle = (outcome: TrainingFinished, artifacts: Record<string, unknown> = {}) => {
        if (settled) return;
        settled = true;
        // Stopped because the lab is closing, not by the learner: say so (it was "You stopped this run").
        const result = this.closing && outcome.status === 'stopped' ? interrupted(outcome) : outcome;
        this.active.delete(run.id);
        // The first try is synchronous: normally the run is stored before anyone hears it finished.
        const stored = writer.finish({ status: result.status, metrics: result.metrics, error: result.errorInfo, artifacts });
        emit('training:finished', result);
        void stored.then(() => {
          emit('runs:changed', { runId: run.id });
          resolve(result);
        });
      };
      settleRun = settle;
    });
    const active: ActiveRun = {
      worker: null, stopFlag: new Int32Array(stopBuffer), finished, stopRequested: false,
      stopPreparing: () => settleRun(ended(run.id, 'stopped')),
      lessonId, hyperparameters, lastProgress: null,
    };
    this.active.set(run.id, active);

    const launch = (datasetDir: string | undefined) => {
      if (settled) return;
      if (active.stopRequested) {
        settleRun(ended(run.id, 'stopped'));
        return;
      }
      const worker = new Worker(this.options.workerScript);
      active.worker = worker;
      const settle = settleRun;
      worker.on('message', (message: WorkerToHost) => {
        if (settled) return;
        if (message.type === 'progress') {
          const elapsedSeconds = (performance.now() - startedAt) / 1000;
          const points: MetricPoint[] = Object.entries(message.metrics).map(([name, value]) => ({ name, step: message.step, value }));
          writer.appendMetrics(points);
          const progress: TrainingProgress = {
            runId: run.id, step: message.step, totalSteps: message.totalSteps, epoch: message.epoch, epochs: message.epochs,
            elapsedSeconds, etaSeconds: estimateEtaSeconds(message.step, message.totalSteps, elapsedSeconds), metrics: message.metrics,
          };
          active.lastProgress = progress;
          emit('training:progress', progress);
        } else if (message.type === 'snapshot') {
          emit('training:snapshot', { runId: run.id, snapshot: message.snapshot });
        } else if (message.type === 'done') {
          settle({ ...ended(run.id, message.status), metrics: message.metrics }, message.artifacts);
        } else {
          settle(failed(run.id, message.errorInfo));
        }
      });
      worker.on('error', (error) => settle(failed(run.id, { code: 'worker-crashed', params: { detail: error.message } })));
      worker.on('exit', (code) => {
        const active = this.active.get(run.id);
        if (active?.stopRequested) settle(ended(run.id, 'stopped'));
        else settle(failed(run.id, { code: 'worker-exited', params: { exitCode: code } }));
      });
      const message: StartTraining = {
        type: 'start', runId: run.id, lessonId, hyperparameters, stopFlag: stopBuffer,
        ...(datasetDir ? { datasetDir } : {}),
        ...(this.options.dataDirectory ? { runDir: join(this.options.dataDirectory, 'runs', run.id) } : {}),
      };
      worker.postMessage(message);
    };

    if (datasetOf(lessonId) === 'cifar10') {
      let lastReport = 0;
      const onProgress = (done: number, total: number, phase: string) => {
        const now = performance.now();
        if (now - lastReport < PREPARE_PROGRESS_MS && done < total) return;
        lastReport = now;
        const progress: TrainingProgress = {
          runId: run.id, step: 0, totalSteps: 0, epoch: 0, epochs: 0, etaSeconds: null,
          elapsedSeconds: (now - startedAt) / 1000, metrics: {}, preparing: { task: 'dataset', phase, done, total },
        };
        active.lastProgress = progress;
        emit('training:progress', progress);
      };
      const dataDirectory = this.options.dataDirectory;
      const prepared = dataDirectory
        ? datasetForRun(startOptions.data, dataDirectory, onProgress)
        : Promise.reject(new Error('this lab has no data directory for CIFAR-10'));
      prepared.then(launch, (error: Error) => {
        settleRun(failed(run.id, { code: 'dataset-unreadable', params: { detail: error.message } }));
      });
    } else {
      launch(undefined);
    }
    emit('runs:changed', { runId: run.id });
    return { runId: run.id, finished };
  }

  /** Asks a run to stop; resolves once it is stored as stopped (within about a second). */
  async stop(runId: string): Promise<boolean> {
    const run = this.active.get(runId);
    if (!run) return false;
    run.stopRequested = true;
    Atomics.store(run.stopFlag, 0, STOP_REQUESTED);
    const timeout = new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), STOP_GRACE_MS).unref());
    if (!run.worker) {
      // Still preparing its dataset: the run ends now; an import in progress finishes into the cache.
      run.stopPreparing();
      await run.finished;
      return true;
    }
    if ((await Promise.race([run.finished, timeout])) === 'timeout') {
      await run.worker.terminate();
      await run.finished;
    }
    return true;
  }

  /** The runs training now (of one lesson), newest first, with their latest progress. */
  activeRuns(lessonId?: string): ActiveTraining[] {
    return [...this.active]
      .filter(([, run]) => lessonId === undefined || run.lessonId === lessonId)
      .map(([runId, run]) => ({ runId, lessonId: run.lessonId, hyperparameters: run.hyperparameters, progress: run.lastProgress }))
      .reverse();
  }

  isRunning(runId: string): boolean {
    return this.active.has(runId);
  }

  /** The lab is closing: every run ends, stored as interrupted (the learner did not stop it). */
  async stopAll(): Promise<void> {
    this.closing = true;
    await Promise.all([...this.active.keys()].map((id) => this.stop(id)));
  }
}
