// A lesson, declared once: what the home screen shows, what data it needs and its typed
// hyperparameters. Each lesson's file (sine.ts, softmax.ts, ...) exports one descriptor; registry.ts
// lists the eight. lab/ pairs a descriptor with its trainer, renderer/ with its screen.
import type { HyperparameterValues, Hyperparameters } from '../hyperparameters';
import type { Localized } from '../locale';
import type { LessonDataset, LessonId, LessonStatus, LessonSummary } from './catalog';

export interface LessonDescriptor<H extends HyperparameterValues = HyperparameterValues> {
  id: LessonId;
  number: number;
  /** 'ready' once the app has its screen; a 'coming' lesson may already train from the command line. */
  status: LessonStatus;
  title: Localized;
  summary: Localized;
  trains: Localized;
  dataset: LessonDataset;
  /** Absent for lessons that cannot be trained yet. */
  hyperparameters?: Hyperparameters<H>;
}

/** A lesson with hyperparameters: what a trainer is written against. */
export interface TrainableLessonDescriptor<H extends HyperparameterValues> extends LessonDescriptor<H> {
  hyperparameters: Hyperparameters<H>;
}

/** The summary the API sends: the form's fields only for ready lessons, as the UI offers only those. */
export function summaryOf(lesson: LessonDescriptor): LessonSummary {
  const { hyperparameters, ...rest } = lesson;
  return hyperparameters && lesson.status === 'ready' ? { ...rest, hyperparameters: hyperparameters.fields } : rest;
}
