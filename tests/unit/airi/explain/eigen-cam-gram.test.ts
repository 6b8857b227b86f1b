// Eigen-CAM with more channels than pixels (a last convolution: 1280 channels, 7×7 pixels) takes its
// direction from the pixels' Gram matrix: it must still be the covariance's top eigenvector, i.e.
// Cov·v is parallel to v, and no nearby unit vector explains more variance.
import { describe, expect, it } from 'vitest';
import { eigenCam } from '../../../../airi/explain/eigen-cam';

const C = 320;
const P = 49;
const activations = Float32Array.from({ length: C * P }, (_, i) => Math.max(0, Math.sin(i * 0.37) + Math.cos(i * 0.011) * ((i % P) / P)));

function centred(): Float64Array {
  const x = new Float64Array(C * P);
  for (let c = 0; c < C; c++) {
    let mean = 0;
    for (let p = 0; p < P; p++) mean += activations[c * P + p] / P;
    for (let p = 0; p < P; p++) x[c * P + p] = activations[c * P + p] - mean;
  }
  return x;
}

/** Cov·v = X (Xᵀ v). */
function covarianceTimes(x: Float64Array, v: ArrayLike<number>): Float64Array {
  const projection = new Float64Array(P);
  for (let c = 0; c < C; c++) for (let p = 0; p < P; p++) projection[p] += v[c] * x[c * P + p];
  const out = new Float64Array(C);
  for (let c = 0; c < C; c++) for (let p = 0; p < P; p++) out[c] += x[c * P + p] * projection[p];
  return out;
}

describe('Eigen-CAM with fewer pixels than channels', () => {
  it('finds the covariance’s top eigenvector through the Gram matrix', () => {
    const { weights, cam } = eigenCam(activations, C, P);
    const x = centred();
    const cv = covarianceTimes(x, weights);
    const dot = cv.reduce((s, v, c) => s + v * weights[c], 0);
    const cosine = dot / Math.hypot(...cv);
    expect(cosine).toBeGreaterThan(1 - 1e-6);
    expect(Math.hypot(...weights)).toBeCloseTo(1, 5);
    for (let k = 1; k <= 5; k++) {
      const nearby = weights.map((w, c) => w + 0.02 * Math.sin(c * k));
      const norm = Math.hypot(...nearby);
      const variance = covarianceTimes(x, nearby).reduce((s, v, c) => s + (v * nearby[c]) / (norm * norm), 0);
      expect(variance).toBeLessThanOrEqual(dot * (1 + 1e-9));
    }
    expect(cam.some((v) => v > 0)).toBe(true);
  });
});
