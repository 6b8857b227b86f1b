// Reference squared-error kernels behind MSELoss (lesson 1's loss), forward and backward.

export function squaredError(p: Float32Array, t: Float32Array): number {
  let sum = 0; // float64, so a large batch's loss does not lose the small terms
  for (let i = 0; i < p.length; i++) {
    const d = p[i] - t[i];
    sum += d * d;
  }
  return sum;
}

// d/dp of scale/2 * sum((p - t)^2); MSELoss passes scale = 2 / n for the mean.
export function squaredErrorBackward(p: Float32Array, t: Float32Array, scale: number, dp: Float32Array): void {
  for (let i = 0; i < p.length; i++) dp[i] = scale * (p[i] - t[i]);
}
