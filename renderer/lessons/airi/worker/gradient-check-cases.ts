// The layers a learner can gradient-check in lesson 4, each with a small input that keeps central
// differences meaningful (away from ReLU's kink and from max-pooling ties), checked by airi's own
// gradientCheck (airi/testing/gradient-check.ts). Runs in the lesson's Web Worker.
import {
  Conv2d, Linear, MaxPool2d, type Module, ReLU, Rng, Sigmoid, Softmax, Tanh, Tensor, gradientCheck,
} from '../../../../airi/index';
import type { GradientCheckLayerId, GradientCheckResult } from './protocol';

interface CheckCase {
  module: Module;
  input: Tensor;
}

function normalTensor(rng: Rng, shape: number[]): Tensor {
  const size = shape.reduce((a, b) => a * b, 1);
  return Tensor.fromArray(Array.from({ length: size }, () => rng.normal()), shape);
}

/** Moves values within 0.05 of zero to ±0.5: central differences straddling ReLU's kink would be wrong. */
function awayFromKink(x: Tensor): Tensor {
  for (let i = 0; i < x.size; i++) if (Math.abs(x.data[i]) < 0.05) x.data[i] = x.data[i] < 0 ? -0.5 : 0.5;
  return x;
}

/** Distinct values 0.1 apart, shuffled: no two inputs of a pooling window are within the perturbation. */
function distinctTensor(rng: Rng, shape: number[]): Tensor {
  const size = shape.reduce((a, b) => a * b, 1);
  return Tensor.fromArray(Array.from(rng.permutation(size), (v) => 0.1 * v - 2), shape);
}

function buildCase(layer: GradientCheckLayerId, rng: Rng): CheckCase {
  switch (layer) {
    case 'linear':
      return { module: new Linear(6, 4, { rng }), input: normalTensor(rng, [3, 6]) };
    case 'relu':
      return { module: new ReLU(), input: awayFromKink(normalTensor(rng, [4, 5])) };
    case 'tanh':
      return { module: new Tanh(), input: normalTensor(rng, [4, 5]) };
    case 'sigmoid':
      return { module: new Sigmoid(), input: normalTensor(rng, [4, 5]) };
    case 'softmax':
      return { module: new Softmax(), input: normalTensor(rng, [3, 5]) };
    case 'conv2d':
      return { module: new Conv2d(2, 3, 3, { rng, padding: 1 }), input: normalTensor(rng, [2, 2, 5, 5]) };
    case 'maxpool2d':
      return { module: new MaxPool2d(2), input: distinctTensor(rng, [2, 2, 4, 4]) };
  }
}

function describeModule(module: Module): string {
  return module.describe?.() ?? module.constructor.name;
}

/** Builds the layer from `seed`, runs the numeric-vs-analytic check on its input and every parameter. */
export function runGradientCheck(layer: GradientCheckLayerId, seed: number, now: () => number): GradientCheckResult {
  const started = now();
  const rng = new Rng(seed);
  const { module, input } = buildCase(layer, rng);
  const shapes = [input.shape, ...module.parameters().map((p) => p.value.shape)];
  const errors = gradientCheck(module, input, { rng });
  return {
    layer,
    description: describeModule(module),
    inputShape: [...input.shape],
    tensors: errors.map((e, i) => ({ ...e, shape: [...shapes[i]] })),
    millis: now() - started,
  };
}
