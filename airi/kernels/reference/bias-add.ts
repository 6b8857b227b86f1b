// Reference bias kernels: add one value per channel, and its gradient, the sum over everything else.
// Linear's bias uses the layout [N, features, 1]; Conv2d and BatchNorm2d will use [N, C, H*W].
import type { ChannelLayout } from '../backend';

export function biasAdd(y: Float32Array, bias: Float32Array, { outer, channels, inner }: ChannelLayout): void {
  let index = 0;
  for (let o = 0; o < outer; o++) {
    for (let c = 0; c < channels; c++) {
      const value = bias[c];
      for (let i = 0; i < inner; i++) y[index++] += value;
    }
  }
}

// The bias reaches every output of its channel with weight 1, so its gradient collects them all.
export function biasAddBackward(dy: Float32Array, dbias: Float32Array, { outer, channels, inner }: ChannelLayout): void {
  for (let c = 0; c < channels; c++) {
    let sum = 0;
    for (let o = 0; o < outer; o++) {
      const start = (o * channels + c) * inner;
      for (let i = 0; i < inner; i++) sum += dy[start + i];
    }
    dbias[c] += sum;
  }
}
