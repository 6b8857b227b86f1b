// Reference per-channel scaling of [outer, channels, inner]: every plane (o, c) multiplied by one
// number scale[o, c]. Squeeze-and-excitation (Hu et al. 2018) gates each channel of each image this
// way; stochastic depth drops whole images with scale[o, 0] over one "channel" of C * H * W values.
import type { ChannelLayout } from '../backend';

export function scaleChannels(x: Float32Array, scale: Float32Array, y: Float32Array, { outer, channels, inner }: ChannelLayout): void {
  for (let plane = 0; plane < outer * channels; plane++) {
    const s = scale[plane];
    for (let i = plane * inner; i < (plane + 1) * inner; i++) y[i] = x[i] * s;
  }
}

// y = x * s, so dy flows to x scaled by s, and to s summed over the plane, weighted by x.
export function scaleChannelsBackward(
  x: Float32Array, scale: Float32Array, dy: Float32Array, dx: Float32Array, dscale: Float32Array, { outer, channels, inner }: ChannelLayout,
): void {
  for (let plane = 0; plane < outer * channels; plane++) {
    const s = scale[plane];
    let sum = 0;
    for (let i = plane * inner; i < (plane + 1) * inner; i++) {
      dx[i] = dy[i] * s;
      sum += dy[i] * x[i];
    }
    dscale[plane] = sum;
  }
}
