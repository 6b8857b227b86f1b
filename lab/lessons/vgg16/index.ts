// Lesson 7's training: VGG-16 with batch norm for 32×32 CIFAR-10 images (airi's vgg16BnCifar:
// vgg16_bn's thirteen convolutions, then a 512-512-10 head; 15.25 M parameters) on the shared CIFAR
// pipeline. Batches are kept whole (dropLast) so BatchNorm never sees a batch of one.
import { vgg16BnCifar, type Rng, type Sequential } from '../../../airi';
import { vgg16Lesson } from '../../../contract/lessons/vgg16';
import { defineLabLesson } from '../lesson-trainer';
import { lessonDataset } from '../cifar/cifar-data';
import { trainClassifier } from '../cifar/train-classifier';

function buildVgg16BnCifar(rng: Rng): Sequential {
  return vgg16BnCifar({ numClasses: 10, rng });
}

export const vgg16 = defineLabLesson({
  descriptor: vgg16Lesson,
  engine: 'wasm-simd',
  train: (hyperparameters, context) => trainClassifier(
    { lessonId: 'vgg16', architecture: 'VGG-16-BN (32×32)', hyperparameters, build: buildVgg16BnCifar, layout: 'nchw', dropLast: true },
    lessonDataset(context),
    context,
  ),
});
