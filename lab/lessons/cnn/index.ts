// Lesson 6's training: notebook 6's BetterConvNet with the double softmax fixed (the loss takes
// logits), or kept when the learner switches it on to see its loss floor. Batches are kept whole
// (dropLast) so BatchNorm never sees a tiny last batch. The run keeps its preprocessing and a
// Grad-CAM film strip for the lesson's pictures.
import { Sequential, Softmax, type Rng } from '../../../airi';
import { cnnLesson } from '../../../contract/lessons/cnn';
import { defineLabLesson } from '../lesson-trainer';
import { buildBetterConvNet } from '../cifar/cifar-models';
import { lessonDataset } from '../cifar/cifar-data';
import { trainClassifier } from '../cifar/train-classifier';
import { convPictureHooks } from '../convnet/pictures/run-hooks';

/** The notebook's model: BetterConvNet ending in a Softmax, whose output CrossEntropyLoss softmaxes again. */
export function buildBetterConvNetWithSoftmax(rng: Rng): Sequential {
  return new Sequential(...buildBetterConvNet(rng).modules, new Softmax());
}

export const cnn = defineLabLesson({
  descriptor: cnnLesson,
  engine: 'wasm-simd',
  train: (hyperparameters, context) => trainClassifier(
    {
      lessonId: 'cnn',
      architecture: hyperparameters.doubleSoftmax === 'on' ? 'BetterConvNet + Softmax' : 'BetterConvNet',
      hyperparameters,
      build: hyperparameters.doubleSoftmax === 'on' ? buildBetterConvNetWithSoftmax : buildBetterConvNet,
      layout: 'nchw',
      dropLast: true,
      hooks: convPictureHooks(context),
    },
    lessonDataset(context),
    context,
  ),
});
