// Lesson 4's training: one lane of the optimizer race on CIFAR-10. The network and the seed are the
// same for every lane (so are the initial weights and the batch order); only the optimizer differs.
import { airiLesson } from '../../../contract/lessons/airi';
import { defineLabLesson } from '../lesson-trainer';
import { buildTwoLayerNet } from '../cifar/cifar-models';
import { lessonDataset } from '../cifar/cifar-data';
import { trainClassifier } from '../cifar/train-classifier';

export const airi = defineLabLesson({
  descriptor: airiLesson,
  engine: 'wasm-simd',
  train: (hyperparameters, context) => trainClassifier(
    {
      lessonId: 'airi',
      architecture: `Linear(3072→${hyperparameters.hiddenSize}) → ReLU → Linear(${hyperparameters.hiddenSize}→10), ${hyperparameters.optimizer}`,
      hyperparameters,
      build: (rng) => buildTwoLayerNet(hyperparameters.hiddenSize, rng),
      layout: 'nhwc',
    },
    lessonDataset(context),
    context,
  ),
});
