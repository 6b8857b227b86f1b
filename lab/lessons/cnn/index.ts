// Lesson 6's training: notebook 6's BetterConvNet with the double softmax fixed (the loss takes logits).
// Batches are kept whole (dropLast) so BatchNorm never sees a tiny last batch.
import { cnnLesson } from '../../../contract/lessons/cnn';
import { defineLabLesson } from '../lesson-trainer';
import { buildBetterConvNet } from '../cifar/cifar-models';
import { lessonDataset } from '../cifar/cifar-data';
import { trainClassifier } from '../cifar/train-classifier';

export const cnn = defineLabLesson({
  descriptor: cnnLesson,
  engine: 'wasm-simd',
  train: (hyperparameters, context) => trainClassifier(
    { lessonId: 'cnn', architecture: 'BetterConvNet', hyperparameters, build: buildBetterConvNet, layout: 'nchw', dropLast: true },
    lessonDataset(context),
    context,
  ),
});
