// Conformance of the kernels EfficientNet's blocks add (lesson 8): the residual sum and the per-channel
// scaling of squeeze-excitation and stochastic depth, part of the one suite every backend runs
// (runBackendConformance calls this), each against its formula on random layouts.
import { expect, it } from 'vitest';
import { type Backend, type ChannelLayout, Rng } from '../../../../airi/index';
import { expectClose, randomArray } from './layer-kernel-conformance';

const TRIALS = 25;

export function runBlockKernelConformance(backend: Backend): void {
  it('add sums element-wise', () => {
    const rng = new Rng(500);
    for (let trial = 0; trial < TRIALS; trial++) {
      const n = 1 + rng.int(70);
      const [a, b] = [randomArray(rng, n), randomArray(rng, n)];
      const y = new Float32Array(n).fill(Number.NaN);
      backend.add(a, b, y);
      expectClose(y, Array.from(a, (v, i) => Math.fround(v + b[i])), 0, `add trial ${trial}`);
    }
  });

  it('scaleChannels multiplies each plane by its scale, and its backward matches the product rule', () => {
    const rng = new Rng(501);
    for (let trial = 0; trial < TRIALS; trial++) {
      const layout: ChannelLayout = { outer: 1 + rng.int(3), channels: 1 + rng.int(5), inner: 1 + rng.int(40) };
      const { outer, channels, inner } = layout;
      const n = outer * channels * inner;
      const [x, scale, dy] = [randomArray(rng, n), randomArray(rng, outer * channels), randomArray(rng, n)];
      const plane = (i: number) => Math.floor(i / inner);
      const y = new Float32Array(n).fill(Number.NaN);
      backend.scaleChannels(x, scale, y, layout);
      expectClose(y, Array.from(x, (v, i) => v * scale[plane(i)]), 1e-6, `scaleChannels trial ${trial}`);
      // Both outputs are written: start them at NaN.
      const [dx, dscale] = [new Float32Array(n).fill(Number.NaN), new Float32Array(outer * channels).fill(Number.NaN)];
      backend.scaleChannelsBackward(x, scale, dy, dx, dscale, layout);
      expectClose(dx, Array.from(dy, (g, i) => g * scale[plane(i)]), 1e-6, `scaleChannelsBackward dx trial ${trial}`);
      const expected = new Array<number>(outer * channels).fill(0);
      dy.forEach((g, i) => (expected[plane(i)] += g * x[i]));
      expectClose(dscale, expected, 1e-5, `scaleChannelsBackward dscale trial ${trial}`);
    }
  });

  it('scaleChannels may write in place (y = x), as stochastic depth does', () => {
    const x = Float32Array.from([1, 2, 3, 4, 5, 6]);
    backend.scaleChannels(x, Float32Array.from([2, 0]), x, { outer: 1, channels: 2, inner: 3 });
    expect(Array.from(x)).toEqual([2, 4, 6, 0, 0, 0]);
  });
}
