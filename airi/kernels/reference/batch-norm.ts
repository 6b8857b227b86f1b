// Reference batch-normalization kernels (Ioffe & Szegedy 2015, https://arxiv.org/abs/1502.03167),
// behind BatchNorm1d and BatchNorm2d (lesson 6's BetterConvNet). Statistics are per channel of
// [outer, channels, inner]: over N for [N, C], over N, H and W for NCHW.
import type { ChannelLayout } from '../backend';

// Two passes (mean first, then squared deviations) in float64: the one-pass E[x^2] - E[x]^2 cancels
// catastrophically when the mean is large next to the spread.
export function batchNormStats(x: Float32Array, mean: Float32Array, variance: Float32Array, { outer, channels, inner }: ChannelLayout): void {
  const count = outer * inner;
  for (let c = 0; c < channels; c++) {
    let sum = 0;
    for (let o = 0; o < outer; o++) {
      const start = (o * channels + c) * inner;
      for (let i = 0; i < inner; i++) sum += x[start + i];
    }
    const mu = sum / count;
    let squares = 0;
    for (let o = 0; o < outer; o++) {
      const start = (o * channels + c) * inner;
      for (let i = 0; i < inner; i++) {
        const d = x[start + i] - mu;
        squares += d * d;
      }
    }
    mean[c] = mu;
    variance[c] = squares / count; // biased: what normalization uses (the layer unbiases for running_var)
  }
}

// gamma * (x - mean) * invStd + beta, folded into one multiply-add per element.
export function batchNorm(
  x: Float32Array,
  mean: Float32Array,
  invStd: Float32Array,
  gamma: Float32Array,
  beta: Float32Array,
  y: Float32Array,
  { outer, channels, inner }: ChannelLayout,
): void {
  for (let c = 0; c < channels; c++) {
    const scale = gamma[c] * invStd[c];
    const shift = beta[c] - mean[c] * scale;
    for (let o = 0; o < outer; o++) {
      const start = (o * channels + c) * inner;
      for (let i = 0; i < inner; i++) y[start + i] = x[start + i] * scale + shift;
    }
  }
}

// With batch statistics every output of a channel depends on every input through mean and variance;
// the chain rule through both collapses to dx = gamma invStd (dy - mean(dy) - xHat mean(dy xHat)).
// With running statistics (eval) mean and invStd are constants and dx = gamma invStd dy.
export function batchNormBackward(
  x: Float32Array,
  dy: Float32Array,
  mean: Float32Array,
  invStd: Float32Array,
  gamma: Float32Array,
  dx: Float32Array,
  dgamma: Float32Array,
  dbeta: Float32Array,
  { outer, channels, inner }: ChannelLayout,
  batchStats: boolean,
): void {
  const count = outer * inner;
  for (let c = 0; c < channels; c++) {
    const mu = mean[c];
    const is = invStd[c];
    let sumDy = 0;
    let sumDyXHat = 0;
    for (let o = 0; o < outer; o++) {
      const start = (o * channels + c) * inner;
      for (let i = 0; i < inner; i++) {
        const g = dy[start + i];
        sumDy += g;
        sumDyXHat += g * (x[start + i] - mu) * is;
      }
    }
    dgamma[c] += sumDyXHat;
    dbeta[c] += sumDy;
    const scale = gamma[c] * is;
    const meanDy = batchStats ? sumDy / count : 0;
    const meanDyXHat = batchStats ? sumDyXHat / count : 0;
    for (let o = 0; o < outer; o++) {
      const start = (o * channels + c) * inner;
      for (let i = 0; i < inner; i++) {
        const xHat = (x[start + i] - mu) * is;
        dx[start + i] = scale * (dy[start + i] - meanDy - xHat * meanDyXHat);
      }
    }
  }
}
