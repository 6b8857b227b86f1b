// EfficientNet-B0 (Tan and Le 2019, https://arxiv.org/abs/1905.11946) built from airi's layers with
// torchvision's module names, so torchvision's state dict (efficientnet_b0_rwightman-3dd342df.pth, or
// its safetensors) loads by name: features.0 is the stem, features.1 to 7 the seven stages of MBConv
// blocks, features.8 the 1x1 head convolution to 1280 channels, then avgpool and classifier.1, the
// Linear that lesson 8 replaces for the cat breeds. 5,288,548 parameters with 1000 classes, as torchvision.
//
// An MBConv block (Sandler et al. 2018, MobileNetV2's inverted residual): a 1x1 convolution expands
// the channels (by 6, except in stage 1), a depthwise k x k convolution filters each channel on its
// own, squeeze-excitation gates the channels, and a 1x1 convolution projects back down, with no
// activation. A block that keeps the shape adds its input (a residual, with stochastic depth).
import { BatchNorm2d } from '../nn/batch-norm2d';
import { Conv2d } from '../nn/conv2d';
import { AdaptiveAvgPool2d } from '../nn/adaptive-avg-pool2d';
import { Dropout } from '../nn/dropout';
import { Flatten } from '../nn/flatten';
import { Linear } from '../nn/linear';
import type { Module } from '../nn/module';
import { Residual } from '../nn/residual';
import { Sequential } from '../nn/sequential';
import { SiLU } from '../nn/silu';
import { SqueezeExcitation } from '../nn/squeeze-excitation';
import { StochasticDepth } from '../nn/stochastic-depth';
import type { Rng } from '../rng';

/** One stage of torchvision's B0 table: expand ratio, kernel, first block's stride, channels in and out, blocks. */
interface Stage {
  expand: number;
  kernel: number;
  stride: number;
  inChannels: number;
  outChannels: number;
  blocks: number;
}

const B0_STAGES: Stage[] = [
  { expand: 1, kernel: 3, stride: 1, inChannels: 32, outChannels: 16, blocks: 1 },
  { expand: 6, kernel: 3, stride: 2, inChannels: 16, outChannels: 24, blocks: 2 },
  { expand: 6, kernel: 5, stride: 2, inChannels: 24, outChannels: 40, blocks: 2 },
  { expand: 6, kernel: 3, stride: 2, inChannels: 40, outChannels: 80, blocks: 3 },
  { expand: 6, kernel: 5, stride: 1, inChannels: 80, outChannels: 112, blocks: 3 },
  { expand: 6, kernel: 5, stride: 2, inChannels: 112, outChannels: 192, blocks: 4 },
  { expand: 6, kernel: 3, stride: 1, inChannels: 192, outChannels: 320, blocks: 1 },
];

/** torchvision's default: the last block drops its branch with probability 0.2, the first never. */
const STOCHASTIC_DEPTH_PROB = 0.2;
const STEM_CHANNELS = 32;
const HEAD_CHANNELS = 1280;
const CLASSIFIER_DROPOUT = 0.2;

export interface EfficientNetOptions {
  /** Output classes of classifier.1; defaults to ImageNet's 1000. */
  numClasses?: number;
  /** Draws the initial weights, dropout and stochastic depth masks. */
  rng: Rng;
}

interface ConvNormOptions {
  stride?: number;
  groups?: number;
  activation: boolean;
}

/** torchvision's Conv2dNormActivation: "0" a bias-free convolution with same padding, "1" BatchNorm2d, "2" SiLU unless left out. */
function convNormActivation(inChannels: number, outChannels: number, kernel: number, rng: Rng, { stride = 1, groups = 1, activation }: ConvNormOptions): Sequential {
  // He initialization, as torchvision initializes every convolution (it uses fan-out, the same for depthwise).
  const conv = new Conv2d(inChannels, outChannels, kernel, { rng, stride, padding: (kernel - 1) / 2, groups, bias: false, init: 'kaiming-normal' });
  return activation ? new Sequential(conv, new BatchNorm2d(outChannels), new SiLU()) : new Sequential(conv, new BatchNorm2d(outChannels));
}

/** One MBConv block, as torchvision.models.efficientnet.MBConv: residual when stride is 1 and the channels stay. */
export function mbConvBlock(inChannels: number, outChannels: number, expand: number, kernel: number, stride: number, dropProbability: number, rng: Rng): Module {
  const expanded = inChannels * expand;
  const layers: Module[] = [];
  if (expanded !== inChannels) layers.push(convNormActivation(inChannels, expanded, 1, rng, { activation: true }));
  layers.push(convNormActivation(expanded, expanded, kernel, rng, { stride, groups: expanded, activation: true }));
  layers.push(new SqueezeExcitation(expanded, Math.max(1, Math.floor(inChannels / 4)), { rng }));
  layers.push(convNormActivation(expanded, outChannels, 1, rng, { activation: false }));
  const block = new Sequential(...layers);
  if (stride === 1 && inChannels === outChannels) {
    return new Residual({ block, stochastic_depth: new StochasticDepth(dropProbability, 'row', { rng }) }, 'MBConv');
  }
  return Sequential.named({ block });
}

/** torchvision.models.efficientnet_b0(num_classes=numClasses), with random initial weights. */
export function efficientNetB0({ numClasses = 1000, rng }: EfficientNetOptions): Sequential {
  const totalBlocks = B0_STAGES.reduce((sum, stage) => sum + stage.blocks, 0);
  let blockId = 0;
  const stages = B0_STAGES.map(({ expand, kernel, stride, inChannels, outChannels, blocks }) => {
    const stage: Module[] = [];
    for (let i = 0; i < blocks; i++) {
      const dropProbability = (STOCHASTIC_DEPTH_PROB * blockId++) / totalBlocks;
      stage.push(mbConvBlock(i === 0 ? inChannels : outChannels, outChannels, expand, kernel, i === 0 ? stride : 1, dropProbability, rng));
    }
    return new Sequential(...stage);
  });
  const lastChannels = B0_STAGES[B0_STAGES.length - 1].outChannels;
  const features = new Sequential(
    convNormActivation(3, STEM_CHANNELS, 3, rng, { stride: 2, activation: true }),
    ...stages,
    convNormActivation(lastChannels, HEAD_CHANNELS, 1, rng, { activation: true }),
  );
  return Sequential.named({
    features,
    avgpool: new AdaptiveAvgPool2d(1),
    flatten: new Flatten(),
    classifier: new Sequential(new Dropout(CLASSIFIER_DROPOUT, { rng }), new Linear(HEAD_CHANNELS, numClasses, { rng })),
  });
}
