// What a lesson's training function sees: a stop check and two ways to report. The worker supplies
// them; a lesson never knows whether it runs in a worker thread, a test or a benchmark.
import { englishLabError, type LabErrorInfo } from '../../contract/lab-errors';
import type { TrainingSnapshot } from '../../contract/events';
import type { HyperparameterValues } from '../../contract/hyperparameters';
import type { WorkerDone, WorkerProgress } from '../../contract/worker-protocol';

export interface TrainingContext {
  /** True once the user pressed Stop; checked every step. */
  shouldStop(): boolean;
  progress(progress: Omit<WorkerProgress, 'type'>): void;
  snapshot(snapshot: TrainingSnapshot): void;
  /** Monotonic milliseconds, for pacing reports (not for results). */
  now(): number;
  /** The imported CIFAR-10 cache folder, for lessons 2 to 6. */
  datasetDir?: string;
  /** Writes a file into the run's folder (e.g. model.safetensors) and returns its path. */
  saveFile?(name: string, bytes: Uint8Array): string;
}

export type TrainingResult = Omit<WorkerDone, 'type'>;

export type LessonTrainer = (hyperparameters: HyperparameterValues, context: TrainingContext) => TrainingResult;

/** A run that cannot go on (NaN loss, bad data): stored as failed with this error and step. */
export class TrainingFailure extends Error {
  override name = 'TrainingFailure';
  constructor(
    readonly info: LabErrorInfo,
    readonly step: number | null,
  ) {
    super(englishLabError(info));
  }
}
