// The lessons that can be trained today and the hyperparameter spec each accepts.
import type { HyperparameterSpec } from '../hyperparameters';
import { airiHyperparameterSpec } from './airi';
import type { LessonId } from './catalog';
import { cnnHyperparameterSpec } from './cnn';
import { convNetHyperparameterSpec } from './convnet';
import { sineHyperparameterSpec } from './sine';
import { softmaxHyperparameterSpec } from './softmax';
import { twoLayerHyperparameterSpec } from './two-layer';

export const TRAINABLE_LESSONS: Partial<Record<LessonId, HyperparameterSpec>> = {
  sine: sineHyperparameterSpec,
  softmax: softmaxHyperparameterSpec,
  'two-layer': twoLayerHyperparameterSpec,
  convnet: convNetHyperparameterSpec,
  cnn: cnnHyperparameterSpec,
  airi: airiHyperparameterSpec,
};

/** Lessons that train on CIFAR-10: a run needs an imported dataset (training:start's `data`, or the current one). */
export const CIFAR10_LESSONS: readonly LessonId[] = ['softmax', 'two-layer', 'convnet', 'cnn', 'airi'];

export function hyperparameterSpecOf(lessonId: string): HyperparameterSpec | undefined {
  return (TRAINABLE_LESSONS as Record<string, HyperparameterSpec | undefined>)[lessonId];
}

export function needsCifar10(lessonId: string): boolean {
  return (CIFAR10_LESSONS as readonly string[]).includes(lessonId);
}
