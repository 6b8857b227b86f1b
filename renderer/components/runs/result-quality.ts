// How good a result is, for its colour: green only when it is actually good. A sine fit is judged
// against the noise floor σ² (no net can beat the noise in its test targets).
export type ResultQuality = 'good' | 'fair' | 'poor';

/** Within 1.5× the floor is good, within 4× fair; without noise, absolute MSE thresholds. */
export function sineResultQuality(testMse: number, noiseStd: number): ResultQuality {
  if (!Number.isFinite(testMse)) return 'poor';
  const floor = noiseStd * noiseStd;
  const [good, fair] = floor > 0 ? [1.5 * floor + 1e-4, 4 * floor + 1e-3] : [1e-3, 1e-2];
  return testMse <= good ? 'good' : testMse <= fair ? 'fair' : 'poor';
}

/** A classifier's test accuracy against chance (10 classes) and what the lesson usually reaches. */
export function accuracyQuality(accuracy: number, typical: number): ResultQuality {
  if (!Number.isFinite(accuracy)) return 'poor';
  return accuracy >= typical * 0.9 ? 'good' : accuracy >= 0.2 ? 'fair' : 'poor';
}

/** What each CIFAR-10 lesson reaches with its default settings (notebooks 2, 3, 5, 6). */
export const TYPICAL_ACCURACY: Record<string, number> = { softmax: 0.39, 'two-layer': 0.5, convnet: 0.65, cnn: 0.8 };
