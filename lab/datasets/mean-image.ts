// The mean image of notebooks 2, 3 and 5: the training set's average at every pixel and channel,
// subtracted from every image (train and test alike) so the linear and two-layer classifiers see
// zero-centred inputs. Those notebooks flattened images in HWC order (32·32·3 vectors, the order
// their class-template and neuron-grid pictures reshape back); chwToHwc gives that order.
import { IMAGE_BYTES, IMAGE_CHANNELS, PLANE_BYTES, type ImageSplit } from './cifar10-format';

/** Per-position mean of the split's images on the 0..255 scale, CHW. Sums are exact (integers in a double). */
export function computeMeanImage(split: ImageSplit): Float32Array {
  if (split.count === 0) throw new Error('the mean image of an empty split is undefined');
  const sums = new Float64Array(IMAGE_BYTES);
  const { images } = split;
  for (let n = 0; n < split.count; n++) {
    const base = n * IMAGE_BYTES;
    for (let p = 0; p < IMAGE_BYTES; p++) sums[p] += images[base + p];
  }
  const mean = new Float32Array(IMAGE_BYTES);
  for (let p = 0; p < IMAGE_BYTES; p++) mean[p] = sums[p] / split.count;
  return mean;
}

/** Reorders one CHW image (any element type) into HWC, the notebooks' flattening order. */
export function chwToHwc<T extends Float32Array | Uint8Array>(chw: T): T {
  const hwc = chw.slice() as T;
  for (let c = 0; c < IMAGE_CHANNELS; c++) {
    for (let p = 0; p < PLANE_BYTES; p++) hwc[p * IMAGE_CHANNELS + c] = chw[c * PLANE_BYTES + p];
  }
  return hwc;
}
