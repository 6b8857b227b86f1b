// Lesson 3's training: notebook 3's two-layer net, Linear(3072→H) → ReLU → Linear(H→10), on the same
// flattened, mean-image subtracted pixels as lesson 2.
import type { HyperparameterValues } from '../../../contract/hyperparameters';
import type { TwoLayerHyperparameters } from '../../../contract/lessons/two-layer';
import type { TrainingContext, TrainingResult } from '../../trainer/lesson-trainer';
import { buildTwoLayerNet } from '../cifar/cifar-models';
import { lessonDataset } from '../cifar/cifar-data';
import { trainClassifier } from '../cifar/train-classifier';
import { neuronGrid } from '../../insights/weight-pictures';

/** Neurons streamed live (a finished run shows them all, computed from its saved weights). */
const LIVE_NEURONS = 100;

export function trainTwoLayer(values: HyperparameterValues, context: TrainingContext): TrainingResult {
  const hyperparameters = values as unknown as TwoLayerHyperparameters;
  return trainClassifier(
    {
      lessonId: 'two-layer',
      architecture: `Linear(3072→${hyperparameters.hiddenSize}) → ReLU → Linear(${hyperparameters.hiddenSize}→10)`,
      hyperparameters,
      build: (rng) => buildTwoLayerNet(hyperparameters.hiddenSize, rng),
      layout: 'nhwc',
      pictures: { live: (tensors) => neuronGrid(tensors, { count: LIVE_NEURONS }) },
    },
    lessonDataset(context),
    context,
  );
}
