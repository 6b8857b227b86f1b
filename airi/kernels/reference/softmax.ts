// Reference softmax kernels over the channel axis of [outer, channels, inner] (classes of [N, C] logits
// have inner = 1): lesson 2's probabilities and the Softmax layer, forward and backward.
import type { ChannelLayout } from '../backend';

export function softmax(x: Float32Array, y: Float32Array, { outer, channels, inner }: ChannelLayout): void {
  for (let o = 0; o < outer; o++) {
    for (let i = 0; i < inner; i++) {
      const start = o * channels * inner + i; // channel c sits at start + c * inner
      // Subtracting the max changes nothing mathematically and keeps exp from overflowing.
      let max = -Infinity;
      for (let c = 0; c < channels; c++) max = Math.max(max, x[start + c * inner]);
      let sum = 0;
      for (let c = 0; c < channels; c++) {
        const e = Math.exp(x[start + c * inner] - max);
        y[start + c * inner] = e;
        sum += e;
      }
      for (let c = 0; c < channels; c++) y[start + c * inner] /= sum;
    }
  }
}

// The Jacobian of softmax is diag(y) - y y^T, so dx = y * (dy - <dy, y>): one dot product per position.
export function softmaxBackward(y: Float32Array, dy: Float32Array, dx: Float32Array, { outer, channels, inner }: ChannelLayout): void {
  for (let o = 0; o < outer; o++) {
    for (let i = 0; i < inner; i++) {
      const start = o * channels * inner + i;
      let dot = 0;
      for (let c = 0; c < channels; c++) dot += dy[start + c * inner] * y[start + c * inner];
      for (let c = 0; c < channels; c++) {
        const index = start + c * inner;
        dx[index] = y[index] * (dy[index] - dot);
      }
    }
  }
}
