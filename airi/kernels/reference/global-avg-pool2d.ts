// Reference global average pooling (AdaptiveAvgPool2d(1)), forward and backward: one mean per channel
// of each image, the head of modern CNNs (lesson 8) and an alternative to Flatten in lesson 6.
import type { ChannelLayout } from '../backend';

// x is [N, C, H*W] as [outer, channels, inner]; y is [N, C].
export function globalAvgPool2d(x: Float32Array, y: Float32Array, { outer, channels, inner }: ChannelLayout): void {
  for (let o = 0; o < outer * channels; o++) {
    let sum = 0;
    const start = o * inner;
    for (let i = 0; i < inner; i++) sum += x[start + i];
    y[o] = sum / inner;
  }
}

// Each pixel is 1 / inner of its channel's mean.
export function globalAvgPool2dBackward(dy: Float32Array, dx: Float32Array, { outer, channels, inner }: ChannelLayout): void {
  for (let o = 0; o < outer * channels; o++) {
    dx.fill(dy[o] / inner, o * inner, (o + 1) * inner);
  }
}
