// Reference log-softmax kernels over the channel axis of [outer, channels, inner]: the first half of
// CrossEntropyLoss and the LogSoftmax layer, forward and backward.
import type { ChannelLayout } from '../backend';

// log softmax(x)_c = x_c - max - log(sum exp(x - max)): the log-sum-exp trick, so neither a huge logit
// (exp overflow) nor a tiny probability (log(0) = -Infinity) breaks the loss.
export function logSoftmax(x: Float32Array, y: Float32Array, { outer, channels, inner }: ChannelLayout): void {
  for (let o = 0; o < outer; o++) {
    for (let i = 0; i < inner; i++) {
      const start = o * channels * inner + i;
      let max = -Infinity;
      for (let c = 0; c < channels; c++) max = Math.max(max, x[start + c * inner]);
      let sum = 0;
      for (let c = 0; c < channels; c++) sum += Math.exp(x[start + c * inner] - max);
      const logSum = max + Math.log(sum);
      for (let c = 0; c < channels; c++) y[start + c * inner] = x[start + c * inner] - logSum;
    }
  }
}

// d y_c / d x_k = [c = k] - softmax_k, and softmax = exp(y): dx_k = dy_k - exp(y_k) * sum_c dy_c.
export function logSoftmaxBackward(y: Float32Array, dy: Float32Array, dx: Float32Array, { outer, channels, inner }: ChannelLayout): void {
  for (let o = 0; o < outer; o++) {
    for (let i = 0; i < inner; i++) {
      const start = o * channels * inner + i;
      let sum = 0;
      for (let c = 0; c < channels; c++) sum += dy[start + c * inner];
      for (let c = 0; c < channels; c++) {
        const index = start + c * inner;
        dx[index] = dy[index] - Math.exp(y[index]) * sum;
      }
    }
  }
}
