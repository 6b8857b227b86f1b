// Lesson 5's training: notebook 5's DemoConvNet (airi/model.py), trained on NCHW images. The run
// keeps its preprocessing and a Grad-CAM film strip for the lesson's pictures.
import { convNetLesson } from '../../../contract/lessons/convnet';
import { defineLabLesson } from '../lesson-trainer';
import { buildDemoConvNet } from '../cifar/cifar-models';
import { lessonDataset } from '../cifar/cifar-data';
import { trainClassifier } from '../cifar/train-classifier';
import { convPictureHooks } from './pictures/run-hooks';

export const convNet = defineLabLesson({
  descriptor: convNetLesson,
  engine: 'wasm-simd',
  train: (hyperparameters, context) => trainClassifier(
    { lessonId: 'convnet', architecture: 'DemoConvNet', hyperparameters, build: buildDemoConvNet, layout: 'nchw', hooks: convPictureHooks(context) },
    lessonDataset(context),
    context,
  ),
});
