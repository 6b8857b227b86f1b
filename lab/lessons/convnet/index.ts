// Lesson 5's training: notebook 5's DemoConvNet (airi/model.py), trained on NCHW images.
import { convNetLesson } from '../../../contract/lessons/convnet';
import { defineLabLesson } from '../lesson-trainer';
import { buildDemoConvNet } from '../cifar/cifar-models';
import { lessonDataset } from '../cifar/cifar-data';
import { trainClassifier } from '../cifar/train-classifier';

export const convNet = defineLabLesson({
  descriptor: convNetLesson,
  engine: 'wasm-simd',
  train: (hyperparameters, context) => trainClassifier(
    { lessonId: 'convnet', architecture: 'DemoConvNet', hyperparameters, build: buildDemoConvNet, layout: 'nchw' },
    lessonDataset(context),
    context,
  ),
});
