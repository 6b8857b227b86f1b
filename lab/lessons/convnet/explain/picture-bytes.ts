// Numbers to bytes for the pictures of lessons 5 and 6: a stack of [0, 1] planes to grey tiles, a
// CHW image to interleaved RGB. Colour maps and blending are the renderer's (so a learner can change
// them without recomputing); here the values are only quantized to 8 bits.
import { IMAGE_BYTES, PLANE_BYTES } from '../../../datasets/cifar10-format';

/** [0, 1] floats to bytes 0..255 (values outside are clamped). */
export function unitToBytes(values: Float32Array): Uint8Array {
  const out = new Uint8Array(values.length);
  for (let i = 0; i < values.length; i++) out[i] = Math.round(Math.min(1, Math.max(0, values[i])) * 255);
  return out;
}

/** Grey planes [planes, pixels] in [0, 1] to RGB tiles (r = g = b), tile after tile. */
export function greyTiles(values: Float32Array): Uint8Array {
  const out = new Uint8Array(values.length * 3);
  for (let i = 0; i < values.length; i++) out.fill(Math.round(Math.min(1, Math.max(0, values[i])) * 255), i * 3, i * 3 + 3);
  return out;
}

/** A uint8 CHW 32×32 image as RGB bytes, row by row (HWC). */
export function chwToRgb(chw: Uint8Array): Uint8Array {
  if (chw.length !== IMAGE_BYTES) throw new Error(`expected ${IMAGE_BYTES} bytes, got ${chw.length}`);
  const rgb = new Uint8Array(IMAGE_BYTES);
  for (let p = 0; p < PLANE_BYTES; p++) for (let c = 0; c < 3; c++) rgb[p * 3 + c] = chw[c * PLANE_BYTES + p];
  return rgb;
}
