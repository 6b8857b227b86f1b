// Events pushed from lab/ to every connected UI while training runs.
import type { LabErrorInfo } from './lab-errors';
import type { RunStatus } from './runs';
import type { SineFitSnapshot } from './lessons/sine';
import type { DatasetImportFinished, DatasetImportState } from './datasets';
import type { PicturesSnapshot } from './insights';
import type { WeightsImportFinished, WeightsImportProgress } from './weights/imported-weights';

export interface TrainingProgress {
  runId: string;
  step: number;
  totalSteps: number;
  epoch: number;
  epochs: number;
  /** Seconds left at the current pace; null until it can be estimated. */
  etaSeconds: number | null;
  elapsedSeconds: number;
  /** Latest values, e.g. { loss } each tick and { testMse } at epoch ends. */
  metrics: Record<string, number>;
  /** Present while the run prepares, before its first step (e.g. importing CIFAR-10: bytes or files done of total). */
  preparing?: { task: 'dataset'; phase: string; done: number; total: number };
  /** Present while the run waits for the machine's threads: its place in line (1 = next to start). */
  queued?: { place: number };
}

export type TrainingSnapshot = SineFitSnapshot | PicturesSnapshot;

export interface TrainingFinished {
  runId: string;
  status: Exclude<RunStatus, 'running'>;
  metrics: Record<string, number>;
  /** In English (CLI, logs); the UI words errorInfo in its language. */
  error: string | null;
  errorInfo: LabErrorInfo | null;
}

export interface Events {
  'training:progress': TrainingProgress;
  'training:snapshot': { runId: string; snapshot: TrainingSnapshot };
  'training:finished': TrainingFinished;
  /** A run was added, changed status or was deleted: lists should refresh. */
  'runs:changed': { runId: string };
  'datasets:progress': DatasetImportState;
  'datasets:finished': DatasetImportFinished;
  // Importing (or downloading) torchvision weights: lab/models/torchvision-weights-service.ts.
  'weights:progress': WeightsImportProgress;
  'weights:finished': WeightsImportFinished;
}
export type EventChannel = keyof Events;
/** Receives every event for every UI (lab/'s emitter and its subscribers). */
export type EventListener = <E extends EventChannel>(channel: E, payload: Events[E]) => void;
export const EVENT_CHANNELS: readonly EventChannel[] = [
  'training:progress',
  'training:snapshot',
  'training:finished',
  'runs:changed',
  'datasets:progress',
  'datasets:finished',
  'weights:progress',
  'weights:finished',
];
