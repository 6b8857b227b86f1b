// The results grid of a CIFAR-10 run: a few test images of every class with the class the model
// predicted and the true one, so a learner sees which ones it gets wrong (and how plausibly).
import { Rng } from '../../../airi';
import type { PictureSet } from '../../../contract/insights';
import type { ImageSplit } from '../../datasets/cifar10-format';
import { chwToHwc } from '../../datasets/mean-image';
import { pictureSet, TILE_BYTES } from './tiles';

/** Test images shown per class. */
export const PREDICTIONS_PER_CLASS = 4;

/** Picks `perClass` test images of each class, drawn by the seed, in class order. */
export function pickTestImages(labels: ArrayLike<number>, classCount: number, perClass: number, seed: number): number[] {
  const order = new Rng(seed).permutation(labels.length);
  const picked: number[][] = Array.from({ length: classCount }, () => []);
  for (const index of order) {
    const bucket = picked[labels[index]];
    if (bucket && bucket.length < perClass) bucket.push(index);
  }
  return picked.flat();
}

/** The chosen test images as tiles, with values.predicted, values.label and values.index per tile. */
export function testPredictions(split: ImageSplit, predictions: ArrayLike<number>, classes: readonly string[], seed: number): PictureSet {
  const indices = pickTestImages(split.labels, classes.length, PREDICTIONS_PER_CLASS, seed);
  const tiles = new Uint8Array(indices.length * TILE_BYTES);
  indices.forEach((index, t) => tiles.set(chwToHwc(split.images.slice(index * TILE_BYTES, (index + 1) * TILE_BYTES)), t * TILE_BYTES));
  return pictureSet('test-predictions', tiles, split.count, {
    labels: indices.map((i) => classes[split.labels[i]]),
    values: {
      index: indices,
      label: indices.map((i) => split.labels[i]),
      predicted: indices.map((i) => predictions[i]),
    },
  });
}
