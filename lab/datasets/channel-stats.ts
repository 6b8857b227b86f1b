// Per-channel mean and standard deviation, for torchvision-style Normalize (notebook 6): every value
// is scaled to [0, 1] (ToTensor), then (x − mean[c]) / std[c]. Computed from the training split, or
// the ImageNet constants the notebooks used. Notebooks 6 and 7 typed the green mean as 0.485; this
// is the correct 0.456 that notebook 8 used (the spec lists the typo among the bugs to fix).
import { IMAGE_BYTES, IMAGE_CHANNELS, PLANE_BYTES, type ImageSplit } from './cifar10-format';

export interface ChannelStats {
  /** Per channel R, G, B, on the [0, 1] scale. */
  mean: readonly [number, number, number];
  std: readonly [number, number, number];
}

export const IMAGENET_STATS: ChannelStats = { mean: [0.485, 0.456, 0.406], std: [0.229, 0.224, 0.225] };

/**
 * Mean and population standard deviation of each channel over every pixel of the split. The sums of
 * pixel values and of their squares are integers below 2^53, so they are exact.
 */
export function computeChannelStats(split: ImageSplit): ChannelStats {
  if (split.count === 0) throw new Error('the channel statistics of an empty split are undefined');
  const sum = [0, 0, 0];
  const sumSquares = [0, 0, 0];
  const { images } = split;
  for (let n = 0; n < split.count; n++) {
    for (let c = 0; c < IMAGE_CHANNELS; c++) {
      const base = n * IMAGE_BYTES + c * PLANE_BYTES;
      let s = 0;
      let s2 = 0;
      for (let p = 0; p < PLANE_BYTES; p++) {
        const v = images[base + p];
        s += v;
        s2 += v * v;
      }
      sum[c] += s;
      sumSquares[c] += s2;
    }
  }
  const values = split.count * PLANE_BYTES;
  const mean = sum.map((s) => s / values);
  const std = sumSquares.map((s2, c) => Math.sqrt(Math.max(0, s2 / values - mean[c] * mean[c])));
  return {
    mean: [mean[0] / 255, mean[1] / 255, mean[2] / 255],
    std: [std[0] / 255, std[1] / 255, std[2] / 255],
  };
}
