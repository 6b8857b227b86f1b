// Notebook 2's one-image experiment: from a random W (3072×10, N(0, 1e-4²), no bias), one step of
// gradient ASCENT on the loss of one training image pushes its class's template toward the inverted
// image (the model becomes sure it is something else), one step of DESCENT imprints the image itself
// (the model becomes sure it is its class). dW = xᵀ(p − onehot(y)); the notebook used a step of 1e-5.
import { Rng } from '../../../airi';
import type { PictureSet } from '../../../contract/insights';
import { IMAGE_BYTES, type ImageSplit } from '../../datasets/cifar10-format';
import { chwToHwc, computeMeanImage } from '../../datasets/mean-image';
import { pictureSet, rowsToTiles } from './tiles';

const CLASSES = 10;
export const ONE_IMAGE_STEP = 1e-5;

export interface OneImageParams {
  imageIndex: number;
  stepSize?: number;
  seed?: number;
}

/** Class log-probabilities for x under W (rows: classes), computed stably (p(cat) reaches 1e-93). */
function logProbabilities(w: Float32Array, x: Float32Array): number[] {
  const scores = Array.from({ length: CLASSES }, (_, c) => {
    let s = 0;
    for (let i = 0; i < IMAGE_BYTES; i++) s += w[c * IMAGE_BYTES + i] * x[i];
    return s;
  });
  const top = Math.max(...scores);
  const logSum = top + Math.log(scores.reduce((sum, s) => sum + Math.exp(s - top), 0));
  return scores.map((s) => s - logSum);
}

/** W + sign·step·dW, with dW the gradient of −ln p(label) for this one image. */
function stepped(w: Float32Array, x: Float32Array, p: number[], label: number, sign: 1 | -1, step: number): Float32Array {
  const out = w.slice();
  for (let c = 0; c < CLASSES; c++) {
    const g = p[c] - (c === label ? 1 : 0);
    for (let i = 0; i < IMAGE_BYTES; i++) out[c * IMAGE_BYTES + i] += sign * step * g * x[i];
  }
  return out;
}

/**
 * Tiles: the image, then the ten templates at the start, after ascent and after descent (each state
 * min-maxed over its ten templates, as the notebook plotted them). values: the probabilities and the
 * loss of each state, the image's label and index.
 */
export function oneImageExperiment(train: ImageSplit, classes: readonly string[], params: OneImageParams): PictureSet {
  if (train.count === 0) throw new Error('the training split is empty');
  const index = Math.min(train.count - 1, Math.max(0, Math.floor(params.imageIndex)));
  const step = params.stepSize ?? ONE_IMAGE_STEP;
  const label = train.labels[index];
  const mean = computeMeanImage(train);
  const pixels = train.images.subarray(index * IMAGE_BYTES, (index + 1) * IMAGE_BYTES);
  const centred = new Float32Array(IMAGE_BYTES);
  for (let i = 0; i < IMAGE_BYTES; i++) centred[i] = pixels[i] - mean[i];
  const x = chwToHwc(centred);
  const rng = new Rng(params.seed ?? 0);
  const w = new Float32Array(CLASSES * IMAGE_BYTES);
  for (let i = 0; i < w.length; i++) w[i] = rng.normal(0, 1e-4);

  const p = logProbabilities(w, x).map(Math.exp);
  const ascent = stepped(w, x, p, label, 1, step);
  const descent = stepped(w, x, p, label, -1, step);
  const states = [w, ascent, descent];
  const logProbs = states.map((state) => logProbabilities(state, x));
  const probs = logProbs.map((l) => l.map(Math.exp));
  const tiles = new Uint8Array(IMAGE_BYTES * (1 + CLASSES * states.length));
  tiles.set(chwToHwc(pixels.slice()), 0);
  states.forEach((state, s) => tiles.set(rowsToTiles(state, CLASSES, 'global'), IMAGE_BYTES * (1 + CLASSES * s)));
  return pictureSet('one-image', tiles, train.count, {
    labels: [classes[label], ...states.flatMap(() => classes.slice(0, CLASSES))],
    frames: [{ label: 'image', count: 1 }, { label: 'start', count: CLASSES }, { label: 'ascent', count: CLASSES }, { label: 'descent', count: CLASSES }],
    values: {
      imageIndex: [index],
      label: [label],
      start: probs[0],
      ascent: probs[1],
      descent: probs[2],
      loss: logProbs.map((l) => -l[label]),
    },
  });
}
