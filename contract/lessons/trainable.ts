// The lessons that can be trained today and the hyperparameter spec each accepts.
import type { HyperparameterSpec } from '../hyperparameters';
import type { LessonId } from './catalog';
import { sineHyperparameterSpec } from './sine';

export const TRAINABLE_LESSONS: Partial<Record<LessonId, HyperparameterSpec>> = {
  sine: sineHyperparameterSpec,
};

export function hyperparameterSpecOf(lessonId: string): HyperparameterSpec | undefined {
  return (TRAINABLE_LESSONS as Record<string, HyperparameterSpec | undefined>)[lessonId];
}
