// The class scores of one image as a learner reads them: probabilities (softmax of the model's
// output) and the top-k classes. Used to pick which classes Grad-CAM explains (lesson 6) and to
// title every picture of lessons 5 and 6 with its prediction.

export interface RankedClass {
  classIndex: number;
  /** The model's raw output for the class (a logit, or a probability when the model ends in Softmax). */
  score: number;
  probability: number;
}

/** Softmax of one row of scores, computed stably (the largest score is subtracted first). */
export function softmaxRow(scores: ArrayLike<number>): Float32Array {
  let max = -Infinity;
  for (let i = 0; i < scores.length; i++) max = Math.max(max, scores[i]);
  const out = new Float32Array(scores.length);
  let sum = 0;
  for (let i = 0; i < scores.length; i++) {
    out[i] = Math.exp(scores[i] - max);
    sum += out[i];
  }
  for (let i = 0; i < out.length; i++) out[i] /= sum;
  return out;
}

/** The k best classes of one row of scores, best first (ties keep the lower class index first). */
export function topClasses(scores: ArrayLike<number>, k: number): RankedClass[] {
  const probabilities = softmaxRow(scores);
  const order = Array.from({ length: scores.length }, (_, i) => i).sort((a, b) => scores[b] - scores[a] || a - b);
  return order.slice(0, Math.max(0, k)).map((classIndex) => ({ classIndex, score: scores[classIndex], probability: probabilities[classIndex] }));
}
