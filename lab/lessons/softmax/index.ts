// Lesson 2's training: notebook 2's linear softmax classifier (3072×10, no bias) on mean-image
// subtracted pixels in the notebook's HWC order, so the weights reshape into its class templates.
import { softmaxLesson } from '../../../contract/lessons/softmax';
import { defineLabLesson } from '../lesson-trainer';
import { buildSoftmaxClassifier } from '../cifar/cifar-models';
import { lessonDataset } from '../cifar/cifar-data';
import { trainClassifier } from '../cifar/train-classifier';

export const softmax = defineLabLesson({
  descriptor: softmaxLesson,
  engine: 'wasm-simd',
  train: (hyperparameters, context) => trainClassifier(
    { lessonId: 'softmax', architecture: 'Linear(3072→10, no bias)', hyperparameters, build: buildSoftmaxClassifier, layout: 'nhwc' },
    lessonDataset(context),
    context,
  ),
});
