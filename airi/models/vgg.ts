// VGG (Simonyan and Zisserman 2014, https://arxiv.org/abs/1409.1556), configuration D (VGG16), built
// from airi's layers with torchvision's module names, so torchvision's state dict
// (vgg16-397923af.pth) loads by name: features.N (thirteen 3x3 convolutions, each with a ReLU, five
// 2x2 max pools), avgpool (AdaptiveAvgPool2d(7): the identity at 224x224), classifier.0/3/6 (three
// Linear layers with ReLU and Dropout between). 138,357,544 parameters with 1000 classes and
// 134,301,514 with 10, as torchvision and lesson 7's notebook count; 103 M of them in classifier.0.
//
// vgg16Bn adds a BatchNorm2d after every convolution (torchvision's vgg16_bn), and vgg16BnCifar is
// the same feature extractor sized for 32x32 CIFAR-10 images: after five pools one 512-channel pixel
// is left, so the head is small (two 512-unit layers) and the net trains on this machine.
import { BatchNorm2d } from '../nn/batch-norm2d';
import { AdaptiveAvgPool2d } from '../nn/adaptive-avg-pool2d';
import { Conv2d } from '../nn/conv2d';
import { Dropout } from '../nn/dropout';
import { Flatten } from '../nn/flatten';
import { Linear } from '../nn/linear';
import { MaxPool2d } from '../nn/max-pool2d';
import type { Module } from '../nn/module';
import { ReLU } from '../nn/relu';
import { Sequential } from '../nn/sequential';
import type { Rng } from '../rng';

/** Configuration D: output channels of each 3x3 convolution, 'M' for a 2x2 max pool. */
export const VGG16_LAYERS: readonly (number | 'M')[] = [64, 64, 'M', 128, 128, 'M', 256, 256, 256, 'M', 512, 512, 512, 'M', 512, 512, 512, 'M'];

const HIDDEN = 4096;
const DROPOUT = 0.5;

export interface VggOptions {
  /** Output classes of the last Linear; defaults to 1000 (ImageNet) for vgg16 and 10 for vgg16BnCifar. */
  numClasses?: number;
  /** Draws the initial weights and the dropout masks. */
  rng: Rng;
}

/** torchvision's make_layers: the convolution stack, numbered as torchvision numbers it. */
function vggFeatures(config: readonly (number | 'M')[], batchNorm: boolean, rng: Rng): Sequential {
  const layers: Module[] = [];
  let channels = 3;
  for (const layer of config) {
    if (layer === 'M') {
      layers.push(new MaxPool2d(2, 2));
      continue;
    }
    // He initialization with zero biases, as torchvision initializes VGG's convolutions.
    layers.push(new Conv2d(channels, layer, 3, { rng, padding: 1, init: 'kaiming-normal' }));
    if (batchNorm) layers.push(new BatchNorm2d(layer));
    layers.push(new ReLU());
    channels = layer;
  }
  return new Sequential(...layers);
}

function imagenetVgg(batchNorm: boolean, { numClasses = 1000, rng }: VggOptions): Sequential {
  return Sequential.named({
    features: vggFeatures(VGG16_LAYERS, batchNorm, rng),
    avgpool: new AdaptiveAvgPool2d(7),
    flatten: new Flatten(),
    classifier: new Sequential(
      new Linear(512 * 7 * 7, HIDDEN, { rng }),
      new ReLU(),
      new Dropout(DROPOUT, { rng }),
      new Linear(HIDDEN, HIDDEN, { rng }),
      new ReLU(),
      new Dropout(DROPOUT, { rng }),
      new Linear(HIDDEN, numClasses, { rng }),
    ),
  });
}

/** torchvision.models.vgg16(num_classes=numClasses), with random initial weights; input 3x224x224 (any size that pools to a multiple of 7). */
export function vgg16(options: VggOptions): Sequential {
  return imagenetVgg(false, options);
}

/** torchvision.models.vgg16_bn(num_classes=numClasses), with random initial weights. */
export function vgg16Bn(options: VggOptions): Sequential {
  return imagenetVgg(true, options);
}

export interface SmallImageVggOptions extends VggOptions {
  /** The convolution stack, as VGG16_LAYERS (the default). */
  layers?: readonly (number | 'M')[];
  /** Defaults to true. */
  batchNorm?: boolean;
  /** Units of the two hidden Linear layers; defaults to 512. */
  hidden?: number;
  /** The square input's side; defaults to 32 (CIFAR-10). */
  inputSize?: number;
}

/**
 * A VGG for small images: the convolution stack (vgg16_bn's by default), then a head of two hidden
 * Linear layers and the classes, with dropout, sized to what the pools leave of the input.
 */
export function smallImageVgg({ layers = VGG16_LAYERS, batchNorm = true, hidden = 512, inputSize = 32, numClasses = 10, rng }: SmallImageVggOptions): Sequential {
  const pools = layers.filter((layer) => layer === 'M').length;
  const side = Math.floor(inputSize / 2 ** pools);
  const channels = layers.filter((layer) => layer !== 'M').pop();
  if (side < 1 || channels === undefined) throw new Error(`smallImageVgg: ${pools} pools leave nothing of a ${inputSize}x${inputSize} input`);
  return Sequential.named({
    features: vggFeatures(layers, batchNorm, rng),
    flatten: new Flatten(),
    classifier: new Sequential(
      new Dropout(DROPOUT, { rng }),
      new Linear(channels * side * side, hidden, { rng }),
      new ReLU(),
      new Dropout(DROPOUT, { rng }),
      new Linear(hidden, hidden, { rng }),
      new ReLU(),
      new Linear(hidden, numClasses, { rng }),
    ),
  });
}

/** VGG-16 with batch norm for 32x32 CIFAR-10 images: vgg16_bn's features, then a 512-512-classes head. */
export function vgg16BnCifar({ numClasses = 10, rng }: VggOptions): Sequential {
  return smallImageVgg({ numClasses, rng });
}
