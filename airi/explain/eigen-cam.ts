// Eigen-CAM (Muhammad & Yeasin 2020, https://arxiv.org/abs/2008.00299): a class activation map
// without gradients. The activations of one layer, seen as one C-channel vector per pixel, are
// centred; their first principal component is the direction along which the pixels differ most,
// and each pixel's projection on it is the map. It explains what the layer sees, not one class.
//
// The principal direction is found by power iteration, in float64, on the C×C covariance, or on the
// P×P Gram matrix of the pixels when there are fewer pixels than channels. A principal direction has
// no sign; the one kept points where the activations are large (its map correlates positively with
// the sum of the channels), so bright means "active".

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
  // The direction is the top eigenvector of the C×C covariance; with fewer pixels than channels (a
  // last convolution: 1280 channels, 49 pixels) it comes from the P×P Gram matrix instead, the same
  // answer for a fraction of the work (v = X u / |X u| for its top eigenvector u).
  const direction = (pixels < channels ? directionFromGram(centred, channels, pixels) : null) ?? directionFromCovariance(centred, channels, pixels);
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

function directionFromCovariance(centred: Float64Array, channels: number, pixels: number): Float64Array {
  const covariance = new Float64Array(channels * channels);
  for (let a = 0; a < channels; a++) {
    for (let b = a; b < channels; b++) {
      let sum = 0;
      for (let p = 0; p < pixels; p++) sum += centred[a * pixels + p] * centred[b * pixels + p];
      covariance[a * channels + b] = sum;
      covariance[b * channels + a] = sum;
    }
  }
  return firstEigenvector(covariance, channels);
}

/** The principal direction through the pixels' Gram matrix; null when all pixels are alike. */
function directionFromGram(centred: Float64Array, channels: number, pixels: number): Float64Array | null {
  const gram = new Float64Array(pixels * pixels);
  for (let c = 0; c < channels; c++) {
    const row = c * pixels;
    for (let p = 0; p < pixels; p++) {
      const x = centred[row + p];
      if (x === 0) continue;
      for (let q = p; q < pixels; q++) gram[p * pixels + q] += x * centred[row + q];
    }
  }
  for (let p = 0; p < pixels; p++) for (let q = 0; q < p; q++) gram[p * pixels + q] = gram[q * pixels + p];
  const u = firstEigenvector(gram, pixels);
  const v = new Float64Array(channels);
  for (let c = 0; c < channels; c++) {
    let sum = 0;
    for (let p = 0; p < pixels; p++) sum += centred[c * pixels + p] * u[p];
    v[c] = sum;
  }
  return normalize(v) === 0 ? null : v;
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
