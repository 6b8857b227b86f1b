// Copies one uint8 CHW image into a float batch in a single pass: the augmentation's crop and flip
// pick the source pixel (zero where the crop reaches into the padding), the preprocessing's affine
// map for the output position turns it into a float. NCHW for the convolutional lessons; NHWC (the
// notebooks' flattened 3072-vectors) for the softmax and two-layer lessons.
import { IMAGE_BYTES, IMAGE_CHANNELS, IMAGE_SIDE, PLANE_BYTES } from './cifar10-format';
import type { ImageTransform } from './augmentation';
import type { PixelAffine } from './preprocessing';

export type BatchLayout = 'nchw' | 'nhwc';

export function writeImage(
  images: Uint8Array,
  index: number,
  out: Float32Array,
  slot: number,
  affine: PixelAffine,
  transform: ImageTransform,
  layout: BatchLayout,
): void {
  const { scale, offset } = affine;
  const { shiftY, shiftX, flip } = transform;
  const source = index * IMAGE_BYTES;
  const target = slot * IMAGE_BYTES;
  const last = IMAGE_SIDE - 1;
  for (let c = 0; c < IMAGE_CHANNELS; c++) {
    for (let y = 0; y < IMAGE_SIDE; y++) {
      const sy = y + shiftY;
      const rowInside = sy >= 0 && sy <= last;
      const rowBase = source + c * PLANE_BYTES + sy * IMAGE_SIDE;
      for (let x = 0; x < IMAGE_SIDE; x++) {
        const sx = (flip ? last - x : x) + shiftX;
        const pixel = rowInside && sx >= 0 && sx <= last ? images[rowBase + sx] : 0;
        const p = c * PLANE_BYTES + y * IMAGE_SIDE + x;
        const at = layout === 'nchw' ? target + p : target + (y * IMAGE_SIDE + x) * IMAGE_CHANNELS + c;
        out[at] = pixel * scale[p] + offset[p];
      }
    }
  }
}
