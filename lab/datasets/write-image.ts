// Copies one uint8 CHW image into a float batch in a single pass: the augmentation's crop and flip
// pick the source pixel (zero where the crop reaches into the padding), the preprocessing's affine
// map for the output position turns it into a float. NCHW for the convolutional lessons; NHWC (the
// notebooks' flattened 3072-vectors) for the softmax and two-layer lessons. Runs once per image per
// epoch, so each row is split into padding, image and padding spans with no per-pixel branches.
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
  const last = IMAGE_SIDE - 1;
  // Output column x reads source column first + step·x (step −1 when mirrored); inside the image for x in [lo, hi].
  const step = flip ? -1 : 1;
  const first = flip ? last + shiftX : shiftX;
  const lo = flip ? Math.max(0, first - last) : Math.max(0, -first);
  const hi = flip ? Math.min(last, first) : Math.min(last, last - first);
  const stride = layout === 'nchw' ? 1 : IMAGE_CHANNELS;
  for (let c = 0; c < IMAGE_CHANNELS; c++) {
    for (let y = 0; y < IMAGE_SIDE; y++) {
      const p = c * PLANE_BYTES + y * IMAGE_SIDE;
      const at = slot * IMAGE_BYTES + (layout === 'nchw' ? p : y * IMAGE_SIDE * IMAGE_CHANNELS + c);
      const sy = y + shiftY;
      // A padding pixel is 0, so it becomes offset alone (black, normalized like any other pixel).
      if (sy < 0 || sy > last) {
        for (let x = 0; x < IMAGE_SIDE; x++) out[at + x * stride] = offset[p + x];
        continue;
      }
      const row = index * IMAGE_BYTES + c * PLANE_BYTES + sy * IMAGE_SIDE + first;
      for (let x = 0; x < lo; x++) out[at + x * stride] = offset[p + x];
      for (let x = lo; x <= hi; x++) out[at + x * stride] = images[row + step * x] * scale[p + x] + offset[p + x];
      for (let x = hi + 1; x < IMAGE_SIDE; x++) out[at + x * stride] = offset[p + x];
    }
  }
}
