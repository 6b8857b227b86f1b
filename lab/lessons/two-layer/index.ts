// Lesson 3's training: notebook 3's two-layer net, Linear(3072→H) → ReLU → Linear(H→10), on the same
// flattened, mean-image subtracted pixels as lesson 2.
import { twoLayerLesson } from '../../../contract/lessons/two-layer';
import { defineLabLesson } from '../lesson-trainer';
import { buildTwoLayerNet } from '../cifar/cifar-models';
import { lessonDataset } from '../cifar/cifar-data';
import { trainClassifier } from '../cifar/train-classifier';
import { pictureHooks } from '../pictures/picture-hooks';
import { learnedSince, neuronGrid } from '../pictures/weight-pictures';

/** Neurons streamed live (a finished run shows them all, computed from its saved weights). */
const LIVE_NEURONS = 100;

export const twoLayer = defineLabLesson({
  descriptor: twoLayerLesson,
  engine: 'wasm-simd',
  train: (hyperparameters, context) => trainClassifier(
    {
      lessonId: 'two-layer',
      architecture: `Linear(3072→${hyperparameters.hiddenSize}) → ReLU → Linear(${hyperparameters.hiddenSize}→10)`,
      hyperparameters,
      build: (rng) => buildTwoLayerNet(hyperparameters.hiddenSize, rng),
      layout: 'nhwc',
      // Live: what each neuron has learned since the start (its weights minus the initial ones).
      hooks: pictureHooks({ live: (tensors, initial) => neuronGrid(learnedSince(tensors, initial), { count: LIVE_NEURONS, learned: true }) }, context),
    },
    lessonDataset(context),
    context,
  ),
});
