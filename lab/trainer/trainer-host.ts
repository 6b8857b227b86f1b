// Runs trainings in worker_threads, one worker per run (a RunSession each): refuses more runs than
// the machine should take at once or a CIFAR-10 run without its data, stores each new run and keeps
// the sessions that are running. When the lab closes, the runs it ends are stored as interrupted.
import { dirname, join } from 'node:path';
import type { EventListener, TrainingFinished } from '../../contract/events';
import { ApiInputError } from '../../contract/guards';
import type { HyperparameterValues } from '../../contract/hyperparameters';
import { englishLabError, type LabErrorInfo } from '../../contract/lab-errors';
import type { LessonId } from '../../contract/lessons/catalog';
import type { ActiveTraining } from '../../contract/runs-api';
import { datasetOf } from '../../contract/lessons/registry';
import type { RunStore } from '../run-store/run-store';
import { checkDatasetSource } from './dataset-for-run';
import { RunSession } from './run-session';
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
  /** Holds the dataset cache and each run's files (<dataDirectory>/runs/<runId>/model.safetensors). */
  dataDirectory?: string;
}

export interface StartOptions {
  /** CIFAR-10 for lessons 2 to 6: an archive, image folder or cache folder; defaults to the current import. */
  data?: string;
}

/** Refused before anything is stored: the machine is already training as much as it can. */
export class TrainerBusyError extends ApiInputError {
  override name = 'TrainerBusyError';
  constructor(running: number) {
    const info: LabErrorInfo = { code: 'trainer-busy', params: { running } };
    super(englishLabError(info), [], info);
  }
}

export class TrainerHost {
  private readonly sessions = new Map<string, RunSession>();
  /** Threads and estimated bytes of each running run. */
  private readonly usage = new Map<string, { threads: number; bytes: number }>();
  /** Set by stopAll(): runs that end from now on were interrupted by the lab closing. */
  private closing = false;

  constructor(private readonly options: TrainerHostOptions) {}

  start(lessonId: LessonId, hyperparameters: HyperparameterValues, startOptions: StartOptions = {}): { runId: string; finished: Promise<TrainingFinished> } {
    const { store, storeRetry, emit, maxConcurrent, appVersion, workerScript, dataDirectory } = this.options;
    const running = this.sessions.size;
    const threads = threadsOfRun(lessonId);
    const busyThreads = [...this.usage.values()].reduce((sum, u) => sum + u.threads, 0);
    if (running > 0 && busyThreads + threads > maxConcurrent) {
      throw new TrainerBusyError(running);
    }
    // Refused before anything is stored: a run that does not fit would take the whole machine down.
    const needed = estimateRunBytes(lessonId, hyperparameters) ?? 0;
    const inUse = [...this.usage.values()].reduce((sum, u) => sum + u.bytes, 0);
    const available = (this.options.memoryBudget ?? defaultMemoryBudget()) - inUse;
    if (needed > available) {
      throw ApiInputError.of({
        code: 'run-too-big',
        params: { neededMegabytes: Math.ceil(needed / MEGABYTE), availableMegabytes: Math.max(0, Math.floor(available / MEGABYTE)) },
      });
    }
    if (datasetOf(lessonId) === 'cifar10') checkDatasetSource(startOptions.data, dataDirectory);
    const seed = typeof hyperparameters.seed === 'number' ? hyperparameters.seed : 0;
    const run = store.createRun({ lessonId, hyperparameters, seed, appVersion });
    const session = new RunSession(
      { runId: run.id, lessonId, hyperparameters, ...(startOptions.data !== undefined ? { data: startOptions.data } : {}) },
      {
        store, storeRetry, emit, workerScript, dataDirectory,
        importWorkerScript: join(dirname(workerScript), IMPORT_WORKER_FILE),
        isClosing: () => this.closing,
      },
      (settled) => {
        this.sessions.delete(settled.runId);
        this.usage.delete(settled.runId);
      },
    );
    this.sessions.set(run.id, session);
    this.usage.set(run.id, { threads, bytes: needed });
    session.begin();
    emit('runs:changed', { runId: run.id });
    return { runId: run.id, finished: session.finished };
  }

  /** Asks a run to stop; resolves once it is stored as stopped (within about a second). */
  async stop(runId: string): Promise<boolean> {
    const session = this.sessions.get(runId);
    if (!session) return false;
    await session.stop();
    return true;
  }

  /** The runs training now (of one lesson), newest first, with their latest progress. */
  activeRuns(lessonId?: string): ActiveTraining[] {
    return [...this.sessions.values()].map((s) => s.describe()).filter((a) => lessonId === undefined || a.lessonId === lessonId).reverse();
  }

  isRunning(runId: string): boolean {
    return this.sessions.has(runId);
  }

  /** The lab is closing: every run ends, stored as interrupted (the learner did not stop it). */
  async stopAll(): Promise<void> {
    this.closing = true;
    await Promise.all([...this.sessions.values()].map((session) => session.stop()));
  }
}
