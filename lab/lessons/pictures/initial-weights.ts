// The weights a CIFAR-10 run started from, rebuilt from its seed: the training loop builds the network
// from a fresh Rng(seed) before drawing anything else, so the same call gives the same numbers. The
// neuron grid subtracts them to show what training learned (see learnedSince).
import { Rng, stateDict } from '../../../airi';
import type { HyperparameterValues } from '../../../contract/hyperparameters';
import { buildSoftmaxClassifier, buildTwoLayerNet } from '../cifar/cifar-models';
import type { WeightTensor } from './weight-pictures';

/** Null for a lesson whose start cannot be rebuilt here. */
export function initialWeights(lessonId: string, hyperparameters: HyperparameterValues): Record<string, WeightTensor> | null {
  const seed = Number(hyperparameters.seed);
  if (!Number.isInteger(seed)) return null;
  if (lessonId === 'softmax') return stateDict(buildSoftmaxClassifier(new Rng(seed)));
  const hidden = Number(hyperparameters.hiddenSize);
  if (lessonId === 'two-layer' && Number.isInteger(hidden) && hidden > 0) return stateDict(buildTwoLayerNet(hidden, new Rng(seed)));
  return null;
}
