// How uint8 pixels become the floats a lesson trains on. Every choice is an affine map per CHW
// position, out = pixel · scale[p] + offset[p], so the batch writer applies any of them in one pass,
// after augmentation (as torchvision's transforms do: crop and flip first, then normalize):
//   raw        0..255 as floats
//   unit       /255 (ToTensor)
//   mean-image pixel − the training set's mean at that position (notebooks 2, 3, 5)
//   normalize  (pixel/255 − mean[c]) / std[c] (notebook 6), from the training split or ImageNet's
import { IMAGE_BYTES, PLANE_BYTES, type ImageSplit } from './cifar10-format';
import { computeChannelStats, IMAGENET_STATS, type ChannelStats } from './channel-stats';
import { computeMeanImage } from './mean-image';

export type Preprocessing =
  | { kind: 'raw' }
  | { kind: 'unit' }
  | { kind: 'mean-image'; mean: Float32Array }
  | { kind: 'normalize'; stats: ChannelStats };

export type PreprocessingName = 'raw' | 'unit' | 'mean-image' | 'normalize' | 'normalize-imagenet';

export interface PixelAffine {
  scale: Float32Array;
  offset: Float32Array;
}

/** Builds a preprocessing from its name, fitting any statistics on the training split (never on test). */
export function fitPreprocessing(name: PreprocessingName, train: ImageSplit): Preprocessing {
  switch (name) {
    case 'raw':
    case 'unit':
      return { kind: name };
    case 'mean-image':
      return { kind: 'mean-image', mean: computeMeanImage(train) };
    case 'normalize':
      return { kind: 'normalize', stats: computeChannelStats(train) };
    case 'normalize-imagenet':
      return { kind: 'normalize', stats: IMAGENET_STATS };
  }
}

export function pixelAffine(preprocessing: Preprocessing): PixelAffine {
  const scale = new Float32Array(IMAGE_BYTES);
  const offset = new Float32Array(IMAGE_BYTES);
  switch (preprocessing.kind) {
    case 'raw':
      scale.fill(1);
      break;
    case 'unit':
      scale.fill(1 / 255);
      break;
    case 'mean-image':
      if (preprocessing.mean.length !== IMAGE_BYTES) throw new Error(`a mean image has ${IMAGE_BYTES} values, got ${preprocessing.mean.length}`);
      scale.fill(1);
      for (let p = 0; p < IMAGE_BYTES; p++) offset[p] = -preprocessing.mean[p];
      break;
    case 'normalize': {
      const { mean, std } = preprocessing.stats;
      for (let c = 0; c < 3; c++) {
        if (!(std[c] > 0)) throw new Error(`channel ${c} has standard deviation ${std[c]}; it must be positive to normalize`);
        scale.fill(1 / (255 * std[c]), c * PLANE_BYTES, (c + 1) * PLANE_BYTES);
        offset.fill(-mean[c] / std[c], c * PLANE_BYTES, (c + 1) * PLANE_BYTES);
      }
      break;
    }
  }
  return { scale, offset };
}
