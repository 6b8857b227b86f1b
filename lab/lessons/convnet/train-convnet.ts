// Lesson 5's training: notebook 5's DemoConvNet (airi/model.py), trained on NCHW images.
import type { HyperparameterValues } from '../../../contract/hyperparameters';
import type { ConvNetHyperparameters } from '../../../contract/lessons/convnet';
import type { TrainingContext, TrainingResult } from '../../trainer/lesson-trainer';
import { buildDemoConvNet } from '../cifar/cifar-models';
import { lessonDataset } from '../cifar/cifar-data';
import { trainClassifier } from '../cifar/train-classifier';

export function trainConvNet(values: HyperparameterValues, context: TrainingContext): TrainingResult {
  const hyperparameters = values as unknown as ConvNetHyperparameters;
  return trainClassifier(
    { lessonId: 'convnet', architecture: 'DemoConvNet', hyperparameters, build: buildDemoConvNet, layout: 'nchw' },
    lessonDataset(context),
    context,
  );
}
