// Test-set evaluation for the CIFAR-10 lessons: accuracy over every image of a split and the
// accuracy of each class (notebook 2's per-class report, notebook 5's comparison table).
import { Tensor, type Module } from '../../../airi';
import type { ImageSplit } from '../../datasets/cifar10-format';
import { iterateBatches } from '../../datasets/batch-iterator';
import type { BatchLayout } from '../../datasets/write-image';
import type { PixelAffine } from '../../datasets/preprocessing';
import type { PerClassAccuracy } from '../../../contract/lessons/cifar-fields';

export interface Evaluation {
  accuracy: number;
  correct: number;
  count: number;
  perClass: PerClassAccuracy;
  /** The predicted class of every image of the split, in order (the results grid picks from it). */
  predictions: Int32Array;
}

/** Index of the largest of `classes` scores in each row of `scores`. */
export function argmaxRows(scores: Float32Array, rows: number, classes: number): Int32Array {
  const out = new Int32Array(rows);
  for (let r = 0; r < rows; r++) {
    let best = 0;
    let bestScore = scores[r * classes];
    for (let c = 1; c < classes; c++) {
      const s = scores[r * classes + c];
      if (s > bestScore) {
        bestScore = s;
        best = c;
      }
    }
    out[r] = best;
  }
  return out;
}

/** Accuracy of each class: correct predictions among the images whose label is that class (NaN for a class with none). */
export function perClassAccuracy(predictions: ArrayLike<number>, labels: ArrayLike<number>, classes: readonly string[]): PerClassAccuracy {
  if (predictions.length !== labels.length) throw new Error(`${predictions.length} predictions for ${labels.length} labels`);
  const counts = new Array<number>(classes.length).fill(0);
  const correct = new Array<number>(classes.length).fill(0);
  for (let i = 0; i < labels.length; i++) {
    const label = labels[i];
    if (!(label >= 0 && label < classes.length)) throw new Error(`label ${label} of image ${i} is not a class index`);
    counts[label]++;
    if (predictions[i] === label) correct[label]++;
  }
  return { classes: [...classes], accuracy: counts.map((n, c) => (n > 0 ? correct[c] / n : Number.NaN)), counts };
}

export interface EvaluateOptions {
  affine: PixelAffine;
  layout: BatchLayout;
  classes: readonly string[];
  batchSize?: number;
  /** Checked between batches; evaluation returns null when it becomes true. */
  shouldStop?: () => boolean;
}

/** Runs the model in eval mode over the whole split, in order, without augmentation. */
export function evaluate(model: Module, split: ImageSplit, options: EvaluateOptions): Evaluation | null {
  const predictions = new Int32Array(split.count);
  const batchSize = options.batchSize ?? 500;
  let done = 0;
  for (const batch of iterateBatches(split, { batchSize, preprocessing: options.affine, layout: options.layout })) {
    if (options.shouldStop?.()) return null;
    const shape = options.layout === 'nchw' ? [batch.size, 3, 32, 32] : [batch.size, 3 * 32 * 32];
    const scores = model.forward(new Tensor(batch.x, shape), false);
    const classes = scores.shape[1];
    predictions.set(argmaxRows(scores.data, batch.size, classes), done);
    done += batch.size;
  }
  let correct = 0;
  for (let i = 0; i < split.count; i++) if (predictions[i] === split.labels[i]) correct++;
  return {
    accuracy: split.count > 0 ? correct / split.count : Number.NaN,
    correct,
    count: split.count,
    perClass: perClassAccuracy(predictions, split.labels, options.classes),
    predictions,
  };
}
