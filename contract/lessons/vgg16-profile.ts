// vgg16:profile: lesson 7's panel data. VGG16's layer table (parameters and multiply-accumulates per
// layer, from airi's summary of the real network) for 10 and 1000 classes, and the time per epoch of
// training at 224×224 and at 32×32, measured on this computer by timing forward + backward steps.
import { expectNothing } from '../guards';

export interface VggLayerRow {
  /** Parameter-name path, e.g. "features.0", "classifier.0". */
  name: string;
  /** airi's describe(), e.g. "Conv2d(3 → 64, 3×3, pad 1)". */
  layer: string;
  outputShape: number[];
  parameters: number;
  /** Multiply-accumulates for one image (half the summary's FLOPs) of a convolution or linear layer; 0 for the rest. */
  macs: number;
}

export interface VggTable {
  classes: number;
  inputShape: number[];
  rows: VggLayerRow[];
  totalParameters: number;
  totalMacs: number;
}

export interface VggSpeed {
  /** Side of the square input. */
  size: number;
  /** Images in each timed step. */
  batch: number;
  /** Seconds of one forward + backward + optimizer step, the fastest of the timed steps. */
  secondsPerStep: number;
  /** secondsPerStep scaled to the 50,000 CIFAR-10 training images. */
  secondsPerEpoch: number;
}

export interface VggProfile {
  tables: VggTable[];
  /** VGG16 (configuration D) at 224×224, and VGG-16-BN for 32×32 CIFAR-10 (the one the lab trains). */
  speed: { at224: VggSpeed; at32: VggSpeed };
  /** Engine threads the timing used (the same as a training run's). */
  threads: number;
  backend: string;
}

export interface Vgg16Channels {
  /** Computed once per lab process in a worker thread (about half a minute on two cores), then kept. */
  'vgg16:profile': { request: void; response: VggProfile };
}

export const vgg16Guards = {
  'vgg16:profile': expectNothing,
};
