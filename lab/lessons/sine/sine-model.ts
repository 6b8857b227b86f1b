// Lesson 1's network: Linear(1→h), then (hiddenLayers − 1) × [act, Linear(h→h)], act, Linear(h→1).
// With the defaults that is notebook 1's ShallowLinear: 1→16→16→16→1 with tanh, 593 parameters.
import { Linear, ReLU, Sequential, Sigmoid, Tanh, type Module, type Rng } from '../../../airi';
import type { SineHyperparameters } from '../../../contract/lessons/sine';

function activation(name: SineHyperparameters['activation']): Module {
  if (name === 'relu') return new ReLU();
  if (name === 'sigmoid') return new Sigmoid();
  return new Tanh();
}

export function buildSineModel(hp: Pick<SineHyperparameters, 'hiddenLayers' | 'hiddenSize' | 'activation'>, rng: Rng): Sequential {
  const layers: Module[] = [new Linear(1, hp.hiddenSize, { rng })];
  for (let i = 1; i < hp.hiddenLayers; i++) {
    layers.push(activation(hp.activation), new Linear(hp.hiddenSize, hp.hiddenSize, { rng }));
  }
  layers.push(activation(hp.activation), new Linear(hp.hiddenSize, 1, { rng }));
  return new Sequential(...layers);
}
