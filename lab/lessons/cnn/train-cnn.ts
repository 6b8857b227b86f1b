// Lesson 6's training: notebook 6's BetterConvNet with the double softmax fixed (the loss takes logits).
// Batches are kept whole (dropLast) so BatchNorm never sees a tiny last batch.
import type { HyperparameterValues } from '../../../contract/hyperparameters';
import type { CnnHyperparameters } from '../../../contract/lessons/cnn';
import type { TrainingContext, TrainingResult } from '../../trainer/lesson-trainer';
import { buildBetterConvNet } from '../cifar/cifar-models';
import { lessonDataset } from '../cifar/cifar-data';
import { trainClassifier } from '../cifar/train-classifier';

export function trainCnn(values: HyperparameterValues, context: TrainingContext): TrainingResult {
  const hyperparameters = values as unknown as CnnHyperparameters;
  return trainClassifier(
    { lessonId: 'cnn', architecture: 'BetterConvNet', hyperparameters, build: buildBetterConvNet, layout: 'nchw', dropLast: true },
    lessonDataset(context),
    context,
  );
}
