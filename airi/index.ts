// airi: Airi Lab's own deep-learning engine. Pure TypeScript, no dependencies, no Node and no DOM,
// so the same code trains in a Node worker thread and in a browser Web Worker. NCHW float32 tensors,
// PyTorch's names. This file is the public API; lab/ and renderer/ import only from here.
export { Tensor, formatShape, sameShape, assertSameShape } from './tensor';
export { Rng } from './rng';

export { type FusesRelu, type Module, type Parameter, createParameter, countParameters } from './nn/module';
export { Linear, type LinearOptions } from './nn/linear';
export { Tanh } from './nn/tanh';
export { ReLU } from './nn/relu';
export { Sigmoid } from './nn/sigmoid';
export { Sequential } from './nn/sequential';
export { MSELoss } from './nn/mse-loss';
export { Conv2d, type Conv2dOptions } from './nn/conv2d';
export { MaxPool2d } from './nn/max-pool2d';
export { AvgPool2d } from './nn/avg-pool2d';
export { GlobalAvgPool2d } from './nn/global-avg-pool2d';
export { BatchNorm, type BatchNormOptions } from './nn/batch-norm';
export { BatchNorm1d } from './nn/batch-norm1d';
export { BatchNorm2d } from './nn/batch-norm2d';
export { Dropout, type DropoutOptions } from './nn/dropout';
export { Flatten } from './nn/flatten';
export { LeakyReLU } from './nn/leaky-relu';
export { SiLU } from './nn/silu';
export { Softmax } from './nn/softmax';
export { LogSoftmax } from './nn/log-softmax';
export { CrossEntropyLoss, type CrossEntropyLossOptions } from './nn/cross-entropy-loss';
export { NLLLoss } from './nn/nll-loss';
export { type ClassTargets } from './nn/class-targets';
export { type ModuleBuffer, type HasBuffers, hasBuffers, namedBuffers } from './nn/buffers';
export { type Size2d } from './nn/window2d';
export { type HasChildren, hasChildren, childParameters, namedModules, getSubmodule } from './nn/children';
export { AdaptiveAvgPool2d } from './nn/adaptive-avg-pool2d';
export { Residual } from './nn/residual';
export { StochasticDepth, type StochasticDepthOptions } from './nn/stochastic-depth';
export { SqueezeExcitation, type SqueezeExcitationOptions } from './nn/squeeze-excitation';

export { efficientNetB0, mbConvBlock, type EfficientNetOptions } from './models/efficientnet-b0';
export { vgg16, vgg16Bn, vgg16BnCifar, smallImageVgg, VGG16_LAYERS, type VggOptions, type SmallImageVggOptions } from './models/vgg';

export { INIT_NAMES, type InitName, type Fans, isInitName, initWeight, initBias } from './init/initialize';

export type { Optimizer } from './optim/optimizer';
export { SGD, type SGDOptions } from './optim/sgd';
export { Adam, type AdamOptions } from './optim/adam';
export { AdamW, type AdamWOptions } from './optim/adamw';
export { Adagrad, type AdagradOptions } from './optim/adagrad';
export { RMSprop, type RMSpropOptions } from './optim/rmsprop';

export { LRScheduler } from './schedules/lr-scheduler';
export { StepLR, type StepLROptions } from './schedules/step-lr';
export { CosineAnnealingLR, type CosineAnnealingLROptions } from './schedules/cosine-annealing-lr';
export { LinearLR, type LinearLROptions } from './schedules/linear-lr';
export { OneCycleLR, type OneCycleLROptions } from './schedules/one-cycle-lr';
export { SequentialLR, type SequentialLROptions } from './schedules/sequential-lr';

export { saveSafetensors, loadSafetensors, type SafetensorsFile } from './io/safetensors';
export { stateDict, loadStateDict, type LoadStateDictOptions, type LoadStateDictResult } from './io/state-dict';
export {
  loadWeightsByName,
  WeightsMismatchError,
  type LoadWeightsOptions,
  type LoadWeightsReport,
  type ShapeMismatch,
} from './io/load-weights';
export { summarize, formatSummary, layerFlops, type ModelSummary, type LayerSummary } from './summary/model-summary';

export {
  type Backend,
  type GemmOptions,
  type ChannelLayout,
  type Window2d,
  type SgdStepOptions,
  type AdamStepOptions,
  type AdagradStepOptions,
  type RmspropStepOptions,
  type Conv2dShape,
} from './kernels/backend';
export { setBackend, getBackend } from './kernels/current-backend';
export { referenceBackend } from './kernels/reference/reference-backend';

export {
  gradientCheck,
  numericGradient,
  compareGradients,
  type GradientCheckOptions,
  type TensorGradientError,
} from './testing/gradient-check';
export { createWasmBackend, runWasmGemmHelper, type WasmBackend, type WasmBackendOptions, type WasmGemmHelperInit } from './kernels/wasm/wasm-backend';

export * from './surfaces/index';
export { type LayerTrace, traceLayers, traceOutput, gradientAtLayer, gradientsAtLayers, layerNames } from './explain/layer-trace';
export {
  CAM_METHODS,
  type CamMethod,
  type CamTarget,
  type CamOptions,
  type CamBatchOptions,
  classActivationMaps,
  type ClassActivationMap,
  classActivationMap,
} from './explain/class-activation-map';
export { type RankedClass, softmaxRow, topClasses } from './explain/class-scores';
export { type FeatureMaps, featureMaps, spatialLayers, convolutionLayers, normalizePlanes } from './explain/feature-maps';
export { type FilterTiles, type ConvWeight, filterTiles } from './explain/filter-tiles';
export { type ConfusionMatrix, confusionMatrix, cellMembers } from './explain/confusion-matrix';
export { resizeBilinear, minMaxNormalize } from './explain/heatmap';
