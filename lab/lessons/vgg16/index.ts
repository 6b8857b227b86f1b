// Lesson 7's training: VGG-16 with batch norm for 32×32 CIFAR-10 images (airi's vgg16BnCifar:
// vgg16_bn's thirteen convolutions, then a 512-512-10 head; 15.25 M parameters) on the shared CIFAR
// pipeline. Batches are kept whole (dropLast) so BatchNorm never sees a batch of one.
import { vgg16BnCifar, type Rng, type Sequential } from '../../../airi';
import { vgg16Lesson } from '../../../contract/lessons/vgg16';
import { defineLabLesson } from '../lesson-trainer';
import { lessonDataset } from '../cifar/cifar-data';
import { trainClassifier, type ClassifierHooks } from '../cifar/train-classifier';
import type { TrainingContext } from '../lesson-trainer';
import { storedPictureFile } from '../pictures/picture-hooks';
import { testPredictions } from '../pictures/test-predictions';

function buildVgg16BnCifar(rng: Rng): Sequential {
  return vgg16BnCifar({ numClasses: 10, rng });
}

/** The results grid of test images (what every CIFAR-10 lesson's results show), stored when the run completes. */
function resultsGridHooks(context: TrainingContext): ClassifierHooks {
  return {
    finished: ({ evaluation, data, seed }) => {
      if (!context.saveFile || !evaluation) return;
      const picture = testPredictions(data.test, evaluation.predictions, data.classes, seed);
      context.saveFile(storedPictureFile(picture.kind), new TextEncoder().encode(JSON.stringify(picture)));
    },
  };
}

export const vgg16 = defineLabLesson({
  descriptor: vgg16Lesson,
  engine: 'wasm-simd',
  train: (hyperparameters, context) => trainClassifier(
    { lessonId: 'vgg16', architecture: 'VGG-16-BN (32×32)', hyperparameters, build: buildVgg16BnCifar, layout: 'nchw', dropLast: true, hooks: resultsGridHooks(context) },
    lessonDataset(context),
    context,
  ),
});
