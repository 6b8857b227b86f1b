// Conformance of Conv2d's whole-batch kernels (conv2dForward / conv2dBackward), part of the one suite
// every backend runs: runBackendConformance calls this. Each is checked against the convolution's
// definition written as plain nested loops (no im2col, no gemm), on random windows from a seeded Rng,
// with and without bias, input gradient and the fused ReLU, grouped and depthwise included.
import { expect, it } from 'vitest';
import { type Backend, type Conv2dShape, Rng } from '../../../../airi/index';
import { expectClose, randomArray, randomWindow, source } from './layer-kernel-conformance';

const TRIALS = 20;

/** Filter o of G groups sees input channels group * perGroup + c for c < perGroup, with weights w[o, c]. */
function groupOf(o: number, { window, outChannels, groups }: Conv2dShape): { first: number; perGroup: number } {
  const perGroup = window.channels / groups;
  return { first: Math.floor(o / (outChannels / groups)) * perGroup, perGroup };
}

/** y[n, o, oh, ow] = bias[o] + sum over c, i, j of w[o, c, i, j] x[n, first + c, ih, iw], then max(0, .) when relu. */
function naiveForward(x: Float32Array, weight: Float32Array, bias: Float32Array | null, shape: Conv2dShape, relu: boolean): number[] {
  const { window: w, outChannels, images } = shape;
  const y: number[] = [];
  for (let n = 0; n < images; n++) {
    for (let o = 0; o < outChannels; o++) {
      const { first, perGroup } = groupOf(o, shape);
      for (let oh = 0; oh < w.outHeight; oh++) {
        for (let ow = 0; ow < w.outWidth; ow++) {
          let sum = bias ? bias[o] : 0;
          for (let c = 0; c < perGroup; c++) {
            for (let i = 0; i < w.kernelH; i++) {
              for (let j = 0; j < w.kernelW; j++) {
                const at = source(w, oh, ow, i, j);
                if (!at) continue;
                const weightAt = ((o * perGroup + c) * w.kernelH + i) * w.kernelW + j;
                sum += weight[weightAt] * x[((n * w.channels + first + c) * w.height + at[0]) * w.width + at[1]];
              }
            }
          }
          y.push(relu ? Math.max(0, sum) : sum);
        }
      }
    }
  }
  return y;
}

/** The same sums run backwards: every product w * x sends dy to both factors. */
function naiveBackward(x: Float32Array, weight: Float32Array, dy: ArrayLike<number>, shape: Conv2dShape): { dx: number[]; dw: number[]; db: number[] } {
  const { window: w, outChannels, images } = shape;
  const dx = new Array<number>(x.length).fill(0);
  const dw = new Array<number>(weight.length).fill(0);
  const db = new Array<number>(outChannels).fill(0);
  let index = 0;
  for (let n = 0; n < images; n++) {
    for (let o = 0; o < outChannels; o++) {
      const { first, perGroup } = groupOf(o, shape);
      for (let oh = 0; oh < w.outHeight; oh++) {
        for (let ow = 0; ow < w.outWidth; ow++, index++) {
          const g = dy[index];
          db[o] += g;
          for (let c = 0; c < perGroup; c++) {
            for (let i = 0; i < w.kernelH; i++) {
              for (let j = 0; j < w.kernelW; j++) {
                const at = source(w, oh, ow, i, j);
                if (!at) continue;
                const weightAt = ((o * perGroup + c) * w.kernelH + i) * w.kernelW + j;
                const xAt = ((n * w.channels + first + c) * w.height + at[0]) * w.width + at[1];
                dw[weightAt] += g * x[xAt];
                dx[xAt] += g * weight[weightAt];
              }
            }
          }
        }
      }
    }
  }
  return { dx, dw, db };
}

export function runConvKernelConformance(backend: Backend): void {
  it('conv2dForward and conv2dBackward match the convolution written as loops, fused ReLU, no bias, no dx and groups included', () => {
    const rng = new Rng(400);
    for (let trial = 0; trial < TRIALS; trial++) {
      // One trial in three grouped: G groups of 1 to 2 channels and 1 to 2 filters each (depthwise when both are 1).
      const groups = trial % 3 === 2 ? 1 + rng.int(3) : 1;
      const window = randomWindow(rng, false);
      window.channels = groups === 1 ? window.channels : groups * (1 + rng.int(2));
      const outChannels = groups === 1 ? 1 + rng.int(5) : groups * (1 + rng.int(2));
      const shape: Conv2dShape = { window, outChannels, images: 1 + rng.int(3), groups };
      const { window: w, images } = shape;
      const [withBias, relu, wantDx] = [trial % 2 === 0, trial % 3 !== 0, trial % 4 !== 3];
      const what = `trial ${trial} ${JSON.stringify({ ...w, outChannels, images, groups, withBias, relu, wantDx })}`;
      const x = randomArray(rng, images * w.channels * w.height * w.width);
      const weight = randomArray(rng, outChannels * (w.channels / groups) * w.kernelH * w.kernelW);
      const bias = withBias ? randomArray(rng, outChannels) : null;
      const y = new Float32Array(images * outChannels * w.outHeight * w.outWidth).fill(Number.NaN); // written, never read
      backend.conv2dForward(x, weight, bias, y, shape, relu);
      expectClose(y, naiveForward(x, weight, bias, shape, relu), 1e-5, `conv2dForward ${what}`);

      const dy = randomArray(rng, y.length);
      const dyBefore = Float32Array.from(dy);
      // The gradients accumulate: start them at a known non-zero value. dx is written: start it at NaN.
      const [dweight, dbias] = [Float32Array.from(weight, () => 0.5), bias ? new Float32Array(outChannels).fill(-0.25) : null];
      const dx = wantDx ? new Float32Array(x.length).fill(Number.NaN) : null;
      backend.conv2dBackward(x, weight, dy, relu ? y : null, dx, dweight, dbias, shape);
      expect(Array.from(dy), `conv2dBackward leaves dy as it was, ${what}`).toEqual(Array.from(dyBefore));
      // A fused ReLU passes the gradient only where its output is positive.
      const masked = relu ? Array.from(dy, (g, i) => (y[i] > 0 ? g : 0)) : dy;
      const expected = naiveBackward(x, weight, masked, shape);
      const tolerance = 1e-4;
      expectClose(dweight, expected.dw.map((g) => g + 0.5), tolerance, `dweight ${what}`);
      if (dbias) expectClose(dbias, expected.db.map((g) => g - 0.25), tolerance, `dbias ${what}`);
      if (dx) expectClose(dx, expected.dx, tolerance, `dx ${what}`);
    }
  });
}
