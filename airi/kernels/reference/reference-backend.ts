// The reference backend: plain TypeScript loops, one kernel per file, written to be read. It is the
// default backend and the yardstick every faster backend is tested against.
import type { Backend } from '../backend';
import { adagradStep } from './adagrad-step';
import { adamStep } from './adam-step';
import { adamwStep } from './adamw-step';
import { add } from './add';
import { avgPool2d, avgPool2dBackward } from './avg-pool2d';
import { batchNorm, batchNormBackward, batchNormStats } from './batch-norm';
import { biasAdd, biasAddBackward } from './bias-add';
import { conv2dBackward, conv2dForward } from './conv2d';
import { gemm } from './gemm';
import { globalAvgPool2d, globalAvgPool2dBackward } from './global-avg-pool2d';
import { col2im, im2col } from './im2col';
import { leakyRelu, leakyReluBackward } from './leaky-relu';
import { logSoftmax, logSoftmaxBackward } from './log-softmax';
import { maxPool2d, maxPool2dBackward } from './max-pool2d';
import { multiply } from './multiply';
import { nllLoss, nllLossBackward } from './nll-loss';
import { relu, reluBackward } from './relu';
import { rmspropStep } from './rmsprop-step';
import { scaleChannels, scaleChannelsBackward } from './scale-channels';
import { sgdStep } from './sgd-step';
import { sigmoid, sigmoidBackward } from './sigmoid';
import { silu, siluBackward } from './silu';
import { softmax, softmaxBackward } from './softmax';
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
  // Layers and losses of lessons 2 to 8.
  leakyRelu,
  leakyReluBackward,
  silu,
  siluBackward,
  multiply,
  add,
  scaleChannels,
  scaleChannelsBackward,
  softmax,
  softmaxBackward,
  logSoftmax,
  logSoftmaxBackward,
  nllLoss,
  nllLossBackward,
  im2col,
  col2im,
  conv2dForward,
  conv2dBackward,
  maxPool2d,
  maxPool2dBackward,
  avgPool2d,
  avgPool2dBackward,
  globalAvgPool2d,
  globalAvgPool2dBackward,
  batchNormStats,
  batchNorm,
  batchNormBackward,
};
