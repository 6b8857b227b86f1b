// Scores to the top-k classes: softmax over the logits (skipped when they already sum to one, as a
// model ending in Softmax gives), largest first.
import type { ClassScore } from '../../contract/models/models';

export function softmax(logits: Float32Array): Float64Array {
  let max = -Infinity;
  for (const v of logits) if (v > max) max = v;
  const out = new Float64Array(logits.length);
  let sum = 0;
  for (let i = 0; i < logits.length; i++) sum += out[i] = Math.exp(logits[i] - max);
  for (let i = 0; i < out.length; i++) out[i] /= sum;
  return out;
}

function alreadyProbabilities(scores: Float32Array): boolean {
  let sum = 0;
  for (const v of scores) {
    if (v < 0 || v > 1) return false;
    sum += v;
  }
  return Math.abs(sum - 1) < 1e-3;
}

export function topK(scores: Float32Array, labels: readonly string[], k: number): ClassScore[] {
  if (scores.some((v) => !Number.isFinite(v))) throw new RangeError('the model produced NaN or infinite scores');
  const probabilities = alreadyProbabilities(scores) ? Float64Array.from(scores) : softmax(scores);
  return Array.from(probabilities.keys())
    .sort((a, b) => probabilities[b] - probabilities[a])
    .slice(0, k)
    .map((classIndex) => ({ classIndex, label: labels[classIndex] ?? `class ${classIndex}`, probability: probabilities[classIndex] }));
}
