// RGB pixels (HWC, uint8, already resized to size×size) to the network's input numbers:
// x = (pixel × scale − mean) / std per channel, in the model's channel order and layout.
import type { Preprocessing } from '../../contract/models/models';

/** Writes one image into `out` at image `index` (a batch is several images back to back). */
export function pixelsToTensor(rgb: Uint8Array, p: Preprocessing, out: Float32Array = new Float32Array(rgb.length), index = 0): Float32Array {
  const plane = p.size * p.size;
  if (rgb.length !== plane * 3) throw new RangeError(`expected ${p.size}×${p.size} RGB pixels, got ${rgb.length} bytes`);
  const base = index * plane * 3;
  const order = p.channelOrder === 'RGB' ? [0, 1, 2] : [2, 1, 0];
  for (let c = 0; c < 3; c++) {
    const source = order[c];
    const mean = p.mean[source];
    const inverseStd = 1 / p.std[source];
    for (let i = 0; i < plane; i++) {
      const value = (rgb[i * 3 + source] * p.scale - mean) * inverseStd;
      if (p.layout === 'NCHW') out[base + c * plane + i] = value;
      else out[base + i * 3 + c] = value;
    }
  }
  return out;
}

/** Per channel minimum and maximum of one image's tensor (the preview shows the value range). */
export function channelRanges(tensor: Float32Array, p: Preprocessing): { min: number; max: number }[] {
  const plane = p.size * p.size;
  return [0, 1, 2].map((c) => {
    let min = Infinity;
    let max = -Infinity;
    for (let i = 0; i < plane; i++) {
      const v = p.layout === 'NCHW' ? tensor[c * plane + i] : tensor[i * 3 + c];
      if (v < min) min = v;
      if (v > max) max = v;
    }
    return { min, max };
  });
}
