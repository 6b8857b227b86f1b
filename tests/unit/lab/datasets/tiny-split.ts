// A small deterministic split for the preprocessing and batch tests: every pixel value is a known
// function of (image, channel, row, column), never 0, so zero padding is easy to tell apart.
import { IMAGE_BYTES, IMAGE_SIDE, PLANE_BYTES, type ImageSplit } from '../../../../lab/datasets/cifar10-format';

export function pixelValue(n: number, c: number, y: number, x: number): number {
  return 1 + ((n * 13 + c * 71 + y * IMAGE_SIDE + x) % 254);
}

export function tinySplit(count: number): ImageSplit {
  const images = new Uint8Array(count * IMAGE_BYTES);
  const labels = new Uint8Array(count);
  for (let n = 0; n < count; n++) {
    labels[n] = n % 10;
    for (let c = 0; c < 3; c++) {
      for (let y = 0; y < IMAGE_SIDE; y++) {
        for (let x = 0; x < IMAGE_SIDE; x++) images[n * IMAGE_BYTES + c * PLANE_BYTES + y * IMAGE_SIDE + x] = pixelValue(n, c, y, x);
      }
    }
  }
  return { count, images, labels };
}
