// Training-time augmentation as in torchvision's RandomCrop(32, padding=4) then
// RandomHorizontalFlip(): the image is padded with zeros (PyTorch's default padding mode: black
// pixels, normalized like any other), a 32×32 window is cut at a random offset, and half the time it
// is mirrored. The draws come from the run's seeded Rng, in a fixed order per image (crop row, crop
// column, flip), so a run replays exactly.
import type { Rng } from '../../airi';

export interface Augmentation {
  /** Zero padding on each side before the random crop; 0 disables cropping. */
  padding: number;
  flip: boolean;
}

export const CIFAR_AUGMENTATION: Augmentation = { padding: 4, flip: true };

/** What one image gets: out[y][x] = in[y + shiftY][x' + shiftX] with x' = 31 − x when flipped, zero outside. */
export interface ImageTransform {
  shiftY: number;
  shiftX: number;
  flip: boolean;
}

export const IDENTITY_TRANSFORM: ImageTransform = { shiftY: 0, shiftX: 0, flip: false };

export function drawTransform(augmentation: Augmentation, rng: Rng): ImageTransform {
  const { padding } = augmentation;
  if (!Number.isInteger(padding) || padding < 0) throw new Error(`augmentation padding must be a non-negative integer, got ${padding}`);
  // The window's top-left corner in the padded image is uniform over 0..2·padding, as in RandomCrop.
  const shiftY = padding > 0 ? rng.int(2 * padding + 1) - padding : 0;
  const shiftX = padding > 0 ? rng.int(2 * padding + 1) - padding : 0;
  const flip = augmentation.flip ? rng.uniform() < 0.5 : false;
  return { shiftY, shiftX, flip };
}
