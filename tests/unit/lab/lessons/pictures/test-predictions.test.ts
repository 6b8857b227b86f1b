// The results grid picks the same number of test images from every class, drawn by the seed, and
// carries each one's true and predicted class.
import { describe, expect, it } from 'vitest';
import { IMAGE_BYTES } from '../../../../../lab/datasets/cifar10-format';
import { pickTestImages, PREDICTIONS_PER_CLASS, testPredictions } from '../../../../../lab/lessons/pictures/test-predictions';

describe('test predictions grid', () => {
  // Sorted by class, as an import leaves the test split: 30 images of each of 10 classes.
  const labels = Uint8Array.from({ length: 300 }, (_, i) => Math.floor(i / 30));

  it('picks a balanced, seed-dependent set in class order', () => {
    const picked = pickTestImages(labels, 10, 4, 7);
    expect(picked).toHaveLength(40);
    expect(picked.map((i) => labels[i])).toEqual(Array.from({ length: 40 }, (_, i) => Math.floor(i / 4)));
    expect(pickTestImages(labels, 10, 4, 7)).toEqual(picked);
    expect(pickTestImages(labels, 10, 4, 8)).not.toEqual(picked);
  });

  it('stores each tile’s pixels (HWC), true class and prediction', () => {
    const images = new Uint8Array(300 * IMAGE_BYTES);
    for (let i = 0; i < 300; i++) images[i * IMAGE_BYTES] = i % 256; // red of the first pixel = index
    const predictions = Int32Array.from(labels, (l) => (l + 1) % 10);
    const picture = testPredictions({ count: 300, images, labels }, predictions, Array.from({ length: 10 }, (_, i) => `c${i}`), 1);
    expect(picture.count).toBe(10 * PREDICTIONS_PER_CLASS);
    const pixels = new Uint8Array(Buffer.from(picture.pixels, 'base64'));
    picture.values!.index.forEach((index, t) => {
      expect(pixels[t * IMAGE_BYTES]).toBe(index % 256);
      expect(picture.values!.label[t]).toBe(labels[index]);
      expect(picture.values!.predicted[t]).toBe((labels[index] + 1) % 10);
    });
  });
});
