// Run records as they cross the API: what the Runs screen lists and what a run's page plots.
import type { HyperparameterValues } from './hyperparameters';
import type { LabErrorInfo } from './lab-errors';
import type { LessonId } from './lessons/catalog';

export const RUN_STATUSES = ['running', 'completed', 'stopped', 'failed', 'interrupted'] as const;
export type RunStatus = (typeof RUN_STATUSES)[number];

export interface RunSummary {
  id: string;
  lessonId: LessonId;
  status: RunStatus;
  hyperparameters: HyperparameterValues;
  seed: number;
  appVersion: string;
  /** ISO 8601 timestamps. */
  createdAt: string;
  finishedAt: string | null;
  /** Final metrics (e.g. testMse); partial while running. */
  metrics: Record<string, number>;
  /** In English (CLI, logs); the UI words errorInfo in its language (null for records older than it). */
  error: string | null;
  errorInfo: LabErrorInfo | null;
  /** Set by the researcher (issue 11); the store always fills them (null and empty until set). */
  name?: string | null;
  tags?: string[];
  note?: string;
  /** The run this one trained again ("Train again"), if any. */
  rerunOf?: string | null;
  /** Set when part of the stored record could not be read: shown as damaged, the other runs unaffected. */
  damaged?: true;
  /** In a classroom, the name of the student who trained it; absent for runs made on one's own computer. */
  trainedBy?: string;
  /** The epochs it was continued from after a stop (issue 8), in order; absent or empty when never. */
  continuedAt?: number[];
}

/** One named series of a run, e.g. the training loss against the step. */
export interface MetricSeries {
  name: string;
  steps: number[];
  values: number[];
}

export interface RunDetail extends RunSummary {
  series: MetricSeries[];
  /** Lesson-specific artifacts stored with the run (e.g. the final sine fit), keyed by name. */
  artifacts: Record<string, unknown>;
}
