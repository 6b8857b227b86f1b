// Runs trainings in worker_threads, one worker per run (a RunSession each): refuses more runs than
// the machine should take at once, stores each new run and keeps the sessions that are running.
import type { EventListener, TrainingFinished } from '../../contract/events';
import type { HyperparameterValues } from '../../contract/hyperparameters';
import type { LessonId } from '../../contract/lessons/catalog';
import { dirname, join } from 'node:path';
import type { RunStore } from '../run-store/run-store';
import { RunSession } from './run-session';

/** Bundled beside the training worker in dist/node. */
export const IMPORT_WORKER_FILE = 'dataset-import-worker.mjs';

export interface TrainerHostOptions {
  store: RunStore;
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

/** Refused before anything is stored: the machine is already training as much as it can. */
export class TrainerBusyError extends Error {
  override name = 'TrainerBusyError';
}

export class TrainerHost {
  private readonly sessions = new Map<string, RunSession>();

  constructor(private readonly options: TrainerHostOptions) {}

  start(lessonId: LessonId, hyperparameters: HyperparameterValues, startOptions: StartOptions = {}): { runId: string; finished: Promise<TrainingFinished> } {
    const { store, emit, maxConcurrent, appVersion, workerScript, dataDirectory } = this.options;
    const running = this.sessions.size;
    if (running >= maxConcurrent) {
      throw new TrainerBusyError(
        `${running} training${running > 1 ? 's are' : ' is'} already running on this computer; wait for one to finish or stop one`,
      );
    }
    const seed = typeof hyperparameters.seed === 'number' ? hyperparameters.seed : 0;
    const run = store.createRun({ lessonId, hyperparameters, seed, appVersion });
    const session = new RunSession(
      { runId: run.id, lessonId, hyperparameters, ...(startOptions.data !== undefined ? { data: startOptions.data } : {}) },
      { store, emit, workerScript, importWorkerScript: join(dirname(workerScript), IMPORT_WORKER_FILE), dataDirectory },
      (settled) => this.sessions.delete(settled.runId),
    );
    this.sessions.set(run.id, session);
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

  isRunning(runId: string): boolean {
    return this.sessions.has(runId);
  }

  async stopAll(): Promise<void> {
    await Promise.all([...this.sessions.values()].map((session) => session.stop()));
  }
}
