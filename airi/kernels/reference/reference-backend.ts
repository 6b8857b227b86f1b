// The reference backend: plain TypeScript loops, one kernel per file, written to be read. It is the
// default backend and the yardstick every faster backend is tested against.
import type { Backend } from '../backend';
import { adagradStep } from './adagrad-step';
import { adamStep } from './adam-step';
import { adamwStep } from './adamw-step';
import { biasAdd, biasAddBackward } from './bias-add';
import { gemm } from './gemm';
import { relu, reluBackward } from './relu';
import { rmspropStep } from './rmsprop-step';
import { sgdStep } from './sgd-step';
import { sigmoid, sigmoidBackward } from './sigmoid';
import { squaredError, squaredErrorBackward } from './squared-error';
import { tanh, tanhBackward } from './tanh';

export const referenceBackend: Backend = {
  name: 'reference',
  gemm,
  biasAdd,
  biasAddBackward,
  tanh,
  tanhBackward,
  relu,
  reluBackward,
  sigmoid,
  sigmoidBackward,
  squaredError,
  squaredErrorBackward,
  sgdStep,
  adamStep,
  adamwStep,
  adagradStep,
  rmspropStep,
};
