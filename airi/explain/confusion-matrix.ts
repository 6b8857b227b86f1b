// The confusion matrix of a classifier over a test set (lessons 5 and 6): counts[t * classes + p] is
// the number of images of true class t predicted as p, so the diagonal is what it got right and a
// bright off-diagonal cell ("cat predicted as dog") is where to look in the gallery.

export interface ConfusionMatrix {
  classes: number;
  /** Row-major [true class, predicted class]. */
  counts: Int32Array;
}

export function confusionMatrix(predictions: ArrayLike<number>, labels: ArrayLike<number>, classes: number): ConfusionMatrix {
  if (predictions.length !== labels.length) throw new Error(`confusionMatrix: ${predictions.length} predictions for ${labels.length} labels`);
  const counts = new Int32Array(classes * classes);
  for (let i = 0; i < labels.length; i++) {
    const t = labels[i];
    const p = predictions[i];
    if (!(Number.isInteger(t) && t >= 0 && t < classes) || !(Number.isInteger(p) && p >= 0 && p < classes)) {
      throw new Error(`confusionMatrix: image ${i} has label ${t} and prediction ${p}, expected classes 0..${classes - 1}`);
    }
    counts[t * classes + p]++;
  }
  return { classes, counts };
}

/** Indices of the images of true class `actual` predicted as `predicted` (one cell of the matrix). */
export function cellMembers(predictions: ArrayLike<number>, labels: ArrayLike<number>, actual: number, predicted: number): number[] {
  const members: number[] = [];
  for (let i = 0; i < labels.length; i++) if (labels[i] === actual && predictions[i] === predicted) members.push(i);
  return members;
}
