// What a lesson's training function sees: a stop check and two ways to report. The worker supplies
// them; a lesson never knows whether it runs in a worker thread, a test or a benchmark. A lesson's
// folder exports a LabLesson: its contract descriptor and its typed `train`.
import { englishLabError, type LabErrorInfo } from '../../contract/lab-errors';
import type { TrainingSnapshot } from '../../contract/events';
import type { HyperparameterValues } from '../../contract/hyperparameters';
import type { LessonDescriptor, TrainableLessonDescriptor } from '../../contract/lessons/lesson-descriptor';
import type { WorkerDone, WorkerProgress } from '../../contract/worker-protocol';
import type { RunCheckpoint } from './checkpoint/run-checkpoint';

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
  /** Replaces the run's checkpoint, whole or not at all (at each epoch's end but the last). */
  saveCheckpoint?(bytes: Uint8Array): void;
  /** Continuing a stopped run (issue 8): the checkpoint it trains on from; absent for a new run. */
  resume?: RunCheckpoint;
}

export type TrainingResult = Omit<WorkerDone, 'type'>;

/** Which airi backend a lesson's runs compute on: tiny nets are faster without the copies into WASM memory. */
export type EngineKind = 'wasm-simd' | 'reference';

/** A lesson as the worker runs it: untyped values in, parsed by the descriptor before training. */
export interface RunnableLesson {
  descriptor: LessonDescriptor;
  engine: EngineKind;
  run(values: unknown, context: TrainingContext): TrainingResult;
}

/** A lesson's lab side, typed by its hyperparameters. */
export interface LabLesson<H extends HyperparameterValues> extends RunnableLesson {
  descriptor: TrainableLessonDescriptor<H>;
  train(hyperparameters: H, context: TrainingContext): TrainingResult;
}

/** Pairs a descriptor with its trainer; `run` parses the values with the descriptor's own spec. */
export function defineLabLesson<H extends HyperparameterValues>(lesson: {
  descriptor: TrainableLessonDescriptor<H>;
  engine: EngineKind;
  train(hyperparameters: H, context: TrainingContext): TrainingResult;
}): LabLesson<H> {
  return {
    ...lesson,
    run: (values, context) => lesson.train(lesson.descriptor.hyperparameters.parse(values), context),
  };
}

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
