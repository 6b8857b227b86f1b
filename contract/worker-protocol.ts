// Messages between lab/'s trainer host and a training worker (Node worker_threads or a Web Worker).
// Stop is signalled through a SharedArrayBuffer flag, because a training loop busy on its thread
// would only read a posted message after it finishes.
import type { HyperparameterValues } from './hyperparameters';
import type { LabErrorInfo } from './lab-errors';
import type { LessonId } from './lessons/catalog';
import type { TrainingSnapshot } from './events';

export interface StartTraining {
  type: 'start';
  runId: string;
  lessonId: LessonId;
  hyperparameters: HyperparameterValues;
  /** Int32Array view over it: index 0 becomes 1 when the host asks the run to stop. */
  stopFlag: SharedArrayBuffer;
  /** The imported CIFAR-10 cache folder, for lessons 2 to 6. */
  datasetDir?: string;
  /** Where the run's files go (e.g. model.safetensors): <data directory>/runs/<runId>. */
  runDir?: string;
  /** Continue the stopped run from the checkpoint in runDir (issue 8) instead of starting it. */
  continueRun?: boolean;
}
export type HostToWorker = StartTraining;

export interface WorkerProgress {
  type: 'progress';
  step: number;
  totalSteps: number;
  epoch: number;
  epochs: number;
  /** Seconds left at the pace of the steps so far (the worker knows it best); null before the second step. */
  etaSeconds: number | null;
  /** Averaged since the last curve point, e.g. { loss }; { testMse } at epoch ends; {} for a heartbeat. */
  metrics: Record<string, number>;
}
export interface WorkerSnapshot {
  type: 'snapshot';
  snapshot: TrainingSnapshot;
}
export interface WorkerDone {
  type: 'done';
  status: 'completed' | 'stopped';
  metrics: Record<string, number>;
  /** Lesson artifacts to store with the run (e.g. the final fit). */
  artifacts: Record<string, unknown>;
}
export interface WorkerFailed {
  type: 'failed';
  /** In English, e.g. "the loss became NaN at step 1234 (epoch 3); ..."; the UI words errorInfo instead. */
  error: string;
  errorInfo: LabErrorInfo;
  step: number | null;
}
export type WorkerToHost = WorkerProgress | WorkerSnapshot | WorkerDone | WorkerFailed;

export const STOP_REQUESTED = 1;
