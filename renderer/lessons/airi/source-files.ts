// The engine files lesson 4 shows, bundled into the app at build time (Vite's ?raw imports), so the
// source on screen is exactly the code that runs, and it works offline. For each layer: the layer
// (shapes, caching, the order of operations) and its reference kernel (the loops); for each optimizer:
// its class and its update kernel.
import type { RaceOptimizerId } from '../../../airi/index';
import type { GradientCheckLayerId } from './worker/protocol';
import linear from '../../../airi/nn/linear.ts?raw';
import relu from '../../../airi/nn/relu.ts?raw';
import tanh from '../../../airi/nn/tanh.ts?raw';
import sigmoid from '../../../airi/nn/sigmoid.ts?raw';
import softmax from '../../../airi/nn/softmax.ts?raw';
import conv2d from '../../../airi/nn/conv2d.ts?raw';
import maxPool2d from '../../../airi/nn/max-pool2d.ts?raw';
import gemmKernel from '../../../airi/kernels/reference/gemm.ts?raw';
import biasAddKernel from '../../../airi/kernels/reference/bias-add.ts?raw';
import reluKernel from '../../../airi/kernels/reference/relu.ts?raw';
import tanhKernel from '../../../airi/kernels/reference/tanh.ts?raw';
import sigmoidKernel from '../../../airi/kernels/reference/sigmoid.ts?raw';
import softmaxKernel from '../../../airi/kernels/reference/softmax.ts?raw';
import im2colKernel from '../../../airi/kernels/reference/im2col.ts?raw';
import maxPoolKernel from '../../../airi/kernels/reference/max-pool2d.ts?raw';
import sgd from '../../../airi/optim/sgd.ts?raw';
import adagrad from '../../../airi/optim/adagrad.ts?raw';
import rmsprop from '../../../airi/optim/rmsprop.ts?raw';
import adam from '../../../airi/optim/adam.ts?raw';
import adamw from '../../../airi/optim/adamw.ts?raw';
import adamMoments from '../../../airi/optim/adam-moments.ts?raw';
import sgdKernel from '../../../airi/kernels/reference/sgd-step.ts?raw';
import adagradKernel from '../../../airi/kernels/reference/adagrad-step.ts?raw';
import rmspropKernel from '../../../airi/kernels/reference/rmsprop-step.ts?raw';
import adamKernel from '../../../airi/kernels/reference/adam-step.ts?raw';
import adamwKernel from '../../../airi/kernels/reference/adamw-step.ts?raw';
import optimizerContract from '../../../airi/optim/optimizer.ts?raw';

export interface SourceFile {
  /** The path inside the repository, shown as the tab's title. */
  path: string;
  source: string;
}

const file = (path: string, source: string): SourceFile => ({ path, source });

export const LAYER_SOURCES: Record<GradientCheckLayerId, SourceFile[]> = {
  linear: [file('airi/nn/linear.ts', linear), file('airi/kernels/reference/gemm.ts', gemmKernel), file('airi/kernels/reference/bias-add.ts', biasAddKernel)],
  relu: [file('airi/nn/relu.ts', relu), file('airi/kernels/reference/relu.ts', reluKernel)],
  tanh: [file('airi/nn/tanh.ts', tanh), file('airi/kernels/reference/tanh.ts', tanhKernel)],
  sigmoid: [file('airi/nn/sigmoid.ts', sigmoid), file('airi/kernels/reference/sigmoid.ts', sigmoidKernel)],
  softmax: [file('airi/nn/softmax.ts', softmax), file('airi/kernels/reference/softmax.ts', softmaxKernel)],
  conv2d: [file('airi/nn/conv2d.ts', conv2d), file('airi/kernels/reference/im2col.ts', im2colKernel), file('airi/kernels/reference/gemm.ts', gemmKernel)],
  maxpool2d: [file('airi/nn/max-pool2d.ts', maxPool2d), file('airi/kernels/reference/max-pool2d.ts', maxPoolKernel)],
};

const sgdFiles = [file('airi/optim/sgd.ts', sgd), file('airi/kernels/reference/sgd-step.ts', sgdKernel), file('airi/optim/optimizer.ts', optimizerContract)];
const adamFiles = [file('airi/optim/adam.ts', adam), file('airi/optim/adam-moments.ts', adamMoments), file('airi/kernels/reference/adam-step.ts', adamKernel)];

/** The optimizers whose source the page offers, in the race's order. */
export const SOURCE_OPTIMIZERS: readonly RaceOptimizerId[] = ['sgd', 'momentum', 'nesterov', 'adagrad', 'rmsprop', 'adam', 'adamw'];

export const OPTIMIZER_SOURCES: Record<RaceOptimizerId, SourceFile[]> = {
  sgd: sgdFiles,
  momentum: sgdFiles,
  nesterov: sgdFiles,
  adagrad: [file('airi/optim/adagrad.ts', adagrad), file('airi/kernels/reference/adagrad-step.ts', adagradKernel)],
  rmsprop: [file('airi/optim/rmsprop.ts', rmsprop), file('airi/kernels/reference/rmsprop-step.ts', rmspropKernel)],
  adam: adamFiles,
  adamw: [file('airi/optim/adamw.ts', adamw), file('airi/optim/adam-moments.ts', adamMoments), file('airi/kernels/reference/adamw-step.ts', adamwKernel)],
};
