// Eigen-CAM (Muhammad & Yeasin 2020, https://arxiv.org/abs/2008.00299): a class activation map
// without gradients. The activations of one layer, seen as one C-channel vector per pixel, are
// centred; their first principal component is the direction along which the pixels differ most,
// and each pixel's projection on it is the map. It explains what the layer sees, not one class.
//
// The principal direction is found by power iteration on the C×C covariance (C ≤ a few hundred),
// in float64. A principal direction has no sign; the one kept points where the activations are
// large (its map correlates positively with the sum of the channels), so bright means "active".

const ITERATIONS = 300;

export interface EigenCamResult {
  /** The first principal direction, one weight per channel (unit length). */
  weights: Float32Array;
  /** The projection of each pixel on it, ReLU applied, at the layer's resolution. */
  cam: Float32Array;
}

/** Eigen-CAM of one image's activations [channels, pixels]. */
export function eigenCam(activations: Float32Array, channels: number, pixels: number): EigenCamResult {
  const centred = new Float64Array(channels * pixels);
  for (let c = 0; c < channels; c++) {
    let mean = 0;
    for (let p = 0; p < pixels; p++) mean += activations[c * pixels + p];
    mean /= pixels;
    for (let p = 0; p < pixels; p++) centred[c * pixels + p] = activations[c * pixels + p] - mean;
  }
  const covariance = new Float64Array(channels * channels);
  for (let a = 0; a < channels; a++) {
    for (let b = a; b < channels; b++) {
      let sum = 0;
      for (let p = 0; p < pixels; p++) sum += centred[a * pixels + p] * centred[b * pixels + p];
      covariance[a * channels + b] = sum;
      covariance[b * channels + a] = sum;
    }
  }
  const direction = firstEigenvector(covariance, channels);
  const projection = new Float64Array(pixels);
  for (let c = 0; c < channels; c++) {
    for (let p = 0; p < pixels; p++) projection[p] += direction[c] * centred[c * pixels + p];
  }
  // Orient the direction towards the activations: correlate the map with the channels' sum.
  let agreement = 0;
  for (let p = 0; p < pixels; p++) {
    let total = 0;
    for (let c = 0; c < channels; c++) total += activations[c * pixels + p];
    agreement += projection[p] * total;
  }
  const sign = agreement < 0 ? -1 : 1;
  const cam = new Float32Array(pixels);
  for (let p = 0; p < pixels; p++) cam[p] = Math.max(0, sign * projection[p]);
  return { weights: Float32Array.from(direction, (w) => sign * w), cam };
}

/** The unit eigenvector of the largest eigenvalue of a symmetric positive semi-definite matrix. */
function firstEigenvector(matrix: Float64Array, n: number): Float64Array {
  // A fixed, uneven start: a uniform vector could be orthogonal to the answer in a symmetric case.
  let v = Float64Array.from({ length: n }, (_, i) => 1 + ((i * 7919) % 13) / 13);
  normalize(v);
  for (let iteration = 0; iteration < ITERATIONS; iteration++) {
    const next = new Float64Array(n);
    for (let r = 0; r < n; r++) {
      let sum = 0;
      for (let c = 0; c < n; c++) sum += matrix[r * n + c] * v[c];
      next[r] = sum;
    }
    if (normalize(next) === 0) return v; // all pixels alike: no direction stands out
    let change = 0;
    for (let i = 0; i < n; i++) change = Math.max(change, Math.abs(next[i] - v[i]));
    v = next;
    if (change < 1e-10) break;
  }
  return v;
}

/** Scales v to unit length in place; returns its former length. */
function normalize(v: Float64Array): number {
  let norm = 0;
  for (const x of v) norm += x * x;
  norm = Math.sqrt(norm);
  if (norm > 0) for (let i = 0; i < v.length; i++) v[i] /= norm;
  return norm;
}
