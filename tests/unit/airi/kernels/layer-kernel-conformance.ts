// Conformance of the layer and loss kernels (lessons 2 to 8), part of the one suite every backend runs:
// runBackendConformance calls this. Each kernel is checked against a deliberately naive formula
// (nested arrays, float64, Jacobians written out) on random shapes from a seeded Rng, including the
// stride/padding combinations and pooling ties that a fast kernel is most likely to get wrong.
import { expect, it } from 'vitest';
import { type Backend, type ChannelLayout, Rng, type Window2d } from '../../../../airi/index';

const TRIALS = 25;

export function randomArray(rng: Rng, n: number, std = 1): Float32Array {
  return Float32Array.from({ length: n }, () => rng.normal(0, std));
}

/** Asserts element-wise closeness, relative to max(1, |expected|), and names the first bad index. */
export function expectClose(actual: ArrayLike<number>, expected: ArrayLike<number>, tolerance: number, what: string): void {
  expect(actual.length, `${what}: length`).toBe(expected.length);
  for (let i = 0; i < expected.length; i++) {
    const error = Math.abs(actual[i] - expected[i]) / Math.max(1, Math.abs(expected[i]));
    if (!(error <= tolerance)) expect.fail(`${what}: element ${i} is ${actual[i]}, expected ${expected[i]}`);
  }
}

function randomLayout(rng: Rng): ChannelLayout {
  return { outer: 1 + rng.int(4), channels: 1 + rng.int(6), inner: 1 + rng.int(4) };
}

/** Index of [o, c, i] in a row-major [outer, channels, inner] buffer. */
function at({ channels, inner }: ChannelLayout, o: number, c: number, i: number): number {
  return (o * channels + c) * inner + i;
}

/** A random window: kernel 1-4, stride 1-3, padding 0-2 (at most half the kernel for pooling). */
export function randomWindow(rng: Rng, pooling: boolean): Window2d {
  const kernelH = 1 + rng.int(4);
  const kernelW = 1 + rng.int(4);
  const padH = rng.int(pooling ? Math.floor(kernelH / 2) + 1 : 3);
  const padW = rng.int(pooling ? Math.floor(kernelW / 2) + 1 : 3);
  const height = Math.max(1, kernelH - 2 * padH) + rng.int(6);
  const width = Math.max(1, kernelW - 2 * padW) + rng.int(6);
  const strideH = 1 + rng.int(3);
  const strideW = 1 + rng.int(3);
  return {
    channels: 1 + rng.int(3),
    height,
    width,
    kernelH,
    kernelW,
    strideH,
    strideW,
    padH,
    padW,
    outHeight: Math.floor((height + 2 * padH - kernelH) / strideH) + 1,
    outWidth: Math.floor((width + 2 * padW - kernelW) / strideW) + 1,
  };
}

/** The pixel window position (oh, ow) reads at kernel offset (i, j), or null in the padding. */
export function source(w: Window2d, oh: number, ow: number, i: number, j: number): [number, number] | null {
  const ih = oh * w.strideH - w.padH + i;
  const iw = ow * w.strideW - w.padW + j;
  return ih >= 0 && ih < w.height && iw >= 0 && iw < w.width ? [ih, iw] : null;
}

function dot(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += a[i] * b[i];
  return sum;
}

export function runLayerKernelConformance(backend: Backend): void {
  it('leakyRelu, silu and multiply match their formulas, forward and backward', () => {
    const rng = new Rng(200);
    for (let trial = 0; trial < TRIALS; trial++) {
      const n = 1 + rng.int(50);
      const x = randomArray(rng, n, 3);
      x[0] = 0; // LeakyReLU's kink: PyTorch's gradient there is the negative slope
      if (n > 2) [x[1], x[2]] = [100, -100]; // saturation must not produce NaN
      const dy = randomArray(rng, n);
      const y = new Float32Array(n);
      const dx = new Float32Array(n);
      const slope = [0.01, 0.2, -0.5][rng.int(3)];

      backend.leakyRelu(x, y, slope);
      expectClose(y, Array.from(x, (v) => Math.max(0, v) + slope * Math.min(0, v)), 1e-6, 'leakyRelu');
      backend.leakyReluBackward(x, dy, dx, slope);
      expectClose(dx, Array.from(x, (v, i) => (v > 0 ? 1 : slope) * dy[i]), 1e-6, 'leakyReluBackward');

      const sigma = (v: number): number => (v >= 0 ? 1 / (1 + Math.exp(-v)) : Math.exp(v) / (1 + Math.exp(v)));
      backend.silu(x, y);
      expectClose(y, Array.from(x, (v) => v * sigma(v)), 1e-6, 'silu');
      backend.siluBackward(x, dy, dx);
      // d/dx x s(x) = s(x) + x s(x) (1 - s(x)), written out in the other order on purpose.
      expectClose(dx, Array.from(x, (v, i) => dy[i] * (sigma(v) + v * sigma(v) * (1 - sigma(v)))), 1e-5, 'siluBackward');

      backend.multiply(x, dy, y);
      expectClose(y, Array.from(x, (v, i) => v * dy[i]), 1e-6, 'multiply');
    }
  });

  it('softmax and logSoftmax match exp / sum and their explicit Jacobians, on any channel axis', () => {
    const rng = new Rng(201);
    for (let trial = 0; trial < TRIALS; trial++) {
      const layout = randomLayout(rng);
      const { outer, channels, inner } = layout;
      const size = outer * channels * inner;
      const x = randomArray(rng, size, 3);
      if (trial === 0) x[0] = 1000; // exp(1000) overflows: the max must be subtracted first
      const dy = randomArray(rng, size);
      const expectedY = new Float64Array(size);
      const expectedLog = new Float64Array(size);
      const expectedDx = new Float64Array(size);
      const expectedLogDx = new Float64Array(size);
      for (let o = 0; o < outer; o++) {
        for (let i = 0; i < inner; i++) {
          const idx = Array.from({ length: channels }, (_, c) => at(layout, o, c, i));
          const max = Math.max(...idx.map((k) => x[k]));
          const z = idx.reduce((s, k) => s + Math.exp(x[k] - max), 0);
          const p = idx.map((k) => Math.exp(x[k] - max) / z);
          idx.forEach((k, c) => {
            expectedY[k] = p[c];
            expectedLog[k] = x[k] - max - Math.log(z);
          });
          // J[c][k] = p_c ([c = k] - p_k) for softmax; [c = k] - p_k for log-softmax.
          idx.forEach((k, kk) => {
            let soft = 0;
            let log = 0;
            idx.forEach((c, cc) => {
              soft += dy[c] * p[cc] * ((cc === kk ? 1 : 0) - p[kk]);
              log += dy[c] * ((cc === kk ? 1 : 0) - p[kk]);
            });
            expectedDx[k] = soft;
            expectedLogDx[k] = log;
          });
        }
      }
      const y = new Float32Array(size);
      const dx = new Float32Array(size);
      const what = JSON.stringify(layout);
      backend.softmax(x, y, layout);
      expectClose(y, expectedY, 1e-6, `softmax ${what}`);
      backend.softmaxBackward(y, dy, dx, layout);
      expectClose(dx, expectedDx, 1e-5, `softmaxBackward ${what}`);
      backend.logSoftmax(x, y, layout);
      expectClose(y, expectedLog, 1e-5, `logSoftmax ${what}`);
      backend.logSoftmaxBackward(y, dy, dx, layout);
      expectClose(dx, expectedLogDx, 1e-5, `logSoftmaxBackward ${what}`);
    }
  });

  it('nllLoss and its backward match -sum q log p with label smoothing', () => {
    const rng = new Rng(202);
    for (let trial = 0; trial < TRIALS; trial++) {
      const layout = randomLayout(rng);
      const { outer, channels, inner } = layout;
      const logProbs = randomArray(rng, outer * channels * inner);
      const targets = Int32Array.from({ length: outer * inner }, () => rng.int(channels));
      const smoothing = [0, 0.1, 0.5, 1][rng.int(4)];
      const scale = rng.uniformRange(0.1, 2);
      let expected = 0;
      const expectedGrad = new Float64Array(logProbs.length);
      for (let o = 0; o < outer; o++) {
        for (let i = 0; i < inner; i++) {
          for (let c = 0; c < channels; c++) {
            // The smoothed target distribution q, written as a probability per class.
            const q = (c === targets[o * inner + i] ? 1 - smoothing : 0) + smoothing / channels;
            expected -= q * logProbs[at(layout, o, c, i)];
            expectedGrad[at(layout, o, c, i)] = -scale * q;
          }
        }
      }
      const what = `${JSON.stringify(layout)} smoothing=${smoothing}`;
      expect(backend.nllLoss(logProbs, targets, layout, smoothing), `nllLoss ${what}`).toBeCloseTo(expected, 4);
      const grad = randomArray(rng, logProbs.length); // old contents must be overwritten
      backend.nllLossBackward(targets, grad, layout, smoothing, scale);
      expectClose(grad, expectedGrad, 1e-6, `nllLossBackward ${what}`);
    }
  });

  it('im2col copies each patch by the formula, and col2im is its adjoint, for stride/padding combos', () => {
    const rng = new Rng(203);
    for (let trial = 0; trial < TRIALS * 2; trial++) {
      const w = randomWindow(rng, false);
      const { channels, height, width, kernelH, kernelW, outHeight, outWidth } = w;
      const x = randomArray(rng, channels * height * width);
      const rows = channels * kernelH * kernelW;
      const pixels = outHeight * outWidth;
      const expected = new Float64Array(rows * pixels);
      const expectedDx = new Float64Array(x.length);
      const g = randomArray(rng, rows * pixels);
      for (let c = 0; c < channels; c++) {
        for (let i = 0; i < kernelH; i++) {
          for (let j = 0; j < kernelW; j++) {
            for (let oh = 0; oh < outHeight; oh++) {
              for (let ow = 0; ow < outWidth; ow++) {
                const src = source(w, oh, ow, i, j);
                const k = ((c * kernelH + i) * kernelW + j) * pixels + oh * outWidth + ow;
                if (src) {
                  expected[k] = x[(c * height + src[0]) * width + src[1]];
                  expectedDx[(c * height + src[0]) * width + src[1]] += g[k];
                }
              }
            }
          }
        }
      }
      const cols = randomArray(rng, rows * pixels); // padding entries must be written as 0, not left
      backend.im2col(x, cols, w);
      const what = JSON.stringify(w);
      expectClose(cols, expected, 0, `im2col ${what}`);
      const dx = randomArray(rng, x.length); // col2im writes dx, it does not accumulate into it
      backend.col2im(g, dx, w);
      expectClose(dx, expectedDx, 1e-5, `col2im ${what}`);
      // <im2col(x), g> = <x, col2im(g)>: the defining property of the backward.
      expect(dot(cols, g)).toBeCloseTo(dot(x, dx), 3);
    }
  });

  it('maxPool2d takes each window max (first of ties, NaN wins) and routes the gradient to it', () => {
    const rng = new Rng(204);
    for (let trial = 0; trial < TRIALS * 2; trial++) {
      const w = randomWindow(rng, true);
      const { channels, height, width, kernelH, kernelW, outHeight, outWidth } = w;
      // Small integers make ties common, so "first maximum in scan order" is really exercised.
      const x = Float32Array.from({ length: channels * height * width }, () => rng.int(4) - 2);
      if (trial % 5 === 0) x[rng.int(x.length)] = Number.NaN;
      const size = channels * outHeight * outWidth;
      const expectedY: number[] = [];
      const expectedArgmax: number[] = [];
      for (let c = 0; c < channels; c++) {
        for (let oh = 0; oh < outHeight; oh++) {
          for (let ow = 0; ow < outWidth; ow++) {
            const window: number[] = [];
            for (let i = 0; i < kernelH; i++) {
              for (let j = 0; j < kernelW; j++) {
                const src = source(w, oh, ow, i, j);
                if (src) window.push((c * height + src[0]) * width + src[1]);
              }
            }
            // The value is the window's max, NaN if it holds one; the index is the first that holds the max.
            const values = window.map((k) => x[k]);
            const best = values.some(Number.isNaN) ? Number.NaN : Math.max(...values);
            const where = window[values.indexOf(best)];
            expectedY.push(best);
            expectedArgmax.push(where);
          }
        }
      }
      const y = new Float32Array(size);
      const argmax = new Int32Array(size);
      const what = JSON.stringify(w);
      backend.maxPool2d(x, y, argmax, w);
      expect(Array.from(y), `maxPool2d ${what}`).toEqual(expectedY);
      // With NaN two scans may legitimately pick different NaNs; the value check above covers them.
      if (!expectedY.some(Number.isNaN)) expect(Array.from(argmax), `maxPool2d argmax ${what}`).toEqual(expectedArgmax);
      const dy = randomArray(rng, size);
      const expectedDx = new Float64Array(x.length);
      argmax.forEach((k, o) => (expectedDx[k] += dy[o]));
      const dx = randomArray(rng, x.length);
      backend.maxPool2dBackward(dy, argmax, dx);
      expectClose(dx, expectedDx, 1e-6, `maxPool2dBackward ${what}`);
    }
  });

  it('avgPool2d averages each window over kH * kW (padding as zeros), and its backward is the adjoint', () => {
    const rng = new Rng(205);
    for (let trial = 0; trial < TRIALS * 2; trial++) {
      const w = randomWindow(rng, true);
      const { channels, height, width, kernelH, kernelW, outHeight, outWidth } = w;
      const x = randomArray(rng, channels * height * width);
      const size = channels * outHeight * outWidth;
      const dy = randomArray(rng, size);
      const expectedY = new Float64Array(size);
      const expectedDx = new Float64Array(x.length);
      let o = 0;
      for (let c = 0; c < channels; c++) {
        for (let oh = 0; oh < outHeight; oh++) {
          for (let ow = 0; ow < outWidth; ow++, o++) {
            for (let i = 0; i < kernelH; i++) {
              for (let j = 0; j < kernelW; j++) {
                const src = source(w, oh, ow, i, j);
                if (!src) continue;
                const k = (c * height + src[0]) * width + src[1];
                expectedY[o] += x[k] / (kernelH * kernelW);
                expectedDx[k] += dy[o] / (kernelH * kernelW);
              }
            }
          }
        }
      }
      const y = new Float32Array(size);
      const dx = randomArray(rng, x.length);
      const what = JSON.stringify(w);
      backend.avgPool2d(x, y, w);
      expectClose(y, expectedY, 1e-6, `avgPool2d ${what}`);
      backend.avgPool2dBackward(dy, dx, w);
      expectClose(dx, expectedDx, 1e-6, `avgPool2dBackward ${what}`);
    }
  });

  it('globalAvgPool2d is the per-channel mean, and its backward spreads dy evenly', () => {
    const rng = new Rng(206);
    for (let trial = 0; trial < TRIALS; trial++) {
      const layout = { outer: 1 + rng.int(3), channels: 1 + rng.int(5), inner: 1 + rng.int(30) };
      const { outer, channels, inner } = layout;
      const x = randomArray(rng, outer * channels * inner);
      const expected: number[] = [];
      for (let o = 0; o < outer; o++) {
        for (let c = 0; c < channels; c++) {
          let sum = 0;
          for (let i = 0; i < inner; i++) sum += x[at(layout, o, c, i)];
          expected.push(sum / inner);
        }
      }
      const y = new Float32Array(outer * channels);
      backend.globalAvgPool2d(x, y, layout);
      expectClose(y, expected, 1e-6, `globalAvgPool2d ${JSON.stringify(layout)}`);
      const dy = randomArray(rng, y.length);
      const dx = randomArray(rng, x.length);
      backend.globalAvgPool2dBackward(dy, dx, layout);
      expectClose(dx, Array.from(x, (_, k) => dy[Math.floor(k / inner)] / inner), 1e-6, 'globalAvgPool2dBackward');
    }
  });

  it('batchNormStats, batchNorm and batchNormBackward match the formulas and the full Jacobian', () => {
    const rng = new Rng(207);
    for (let trial = 0; trial < TRIALS; trial++) {
      const layout = { outer: 1 + rng.int(4), channels: 1 + rng.int(4), inner: 1 + rng.int(5) };
      const { outer, channels, inner } = layout;
      if (outer * inner < 2) layout.outer = 2;
      const count = layout.outer * inner;
      // A large offset with a small spread: the one-pass variance formula would lose it.
      const x = Float32Array.from({ length: layout.outer * channels * inner }, () => 1000 + rng.normal(0, 0.5));
      const gamma = randomArray(rng, channels);
      const beta = randomArray(rng, channels);
      const dy = randomArray(rng, x.length);
      const mean = new Float32Array(channels);
      const variance = new Float32Array(channels);
      backend.batchNormStats(x, mean, variance, layout);
      const members = (c: number): number[] =>
        Array.from({ length: layout.outer * inner }, (_, k) => at(layout, Math.floor(k / inner), c, k % inner));
      const expectedMean = Array.from({ length: channels }, (_, c) => members(c).reduce((s, k) => s + x[k], 0) / count);
      const expectedVar = expectedMean.map((m, c) => members(c).reduce((s, k) => s + (x[k] - m) ** 2, 0) / count);
      const what = JSON.stringify(layout);
      expectClose(mean, expectedMean, 1e-6, `batchNormStats mean ${what}`);
      expectClose(variance, expectedVar, 1e-4, `batchNormStats variance ${what}`);

      const invStd = Float32Array.from(variance, (v) => 1 / Math.sqrt(v + 1e-5));
      const y = new Float32Array(x.length);
      backend.batchNorm(x, mean, invStd, gamma, beta, y, layout);
      const expectedY = new Float64Array(x.length);
      for (let c = 0; c < channels; c++) for (const k of members(c)) expectedY[k] = gamma[c] * (x[k] - mean[c]) * invStd[c] + beta[c];
      expectClose(y, expectedY, 1e-4, `batchNorm ${what}`);

      for (const batchStats of [true, false]) {
        const dx = randomArray(rng, x.length);
        const dgamma = randomArray(rng, channels);
        const dbeta = randomArray(rng, channels);
        const expectedDgamma = Array.from(dgamma);
        const expectedDbeta = Array.from(dbeta);
        const expectedDx = new Float64Array(x.length);
        for (let c = 0; c < channels; c++) {
          const ks = members(c);
          const xHat = (k: number): number => (x[k] - mean[c]) * invStd[c];
          for (const k of ks) {
            expectedDgamma[c] += dy[k] * xHat(k);
            expectedDbeta[c] += dy[k];
          }
          // dx_j = sum_i dy_i d y_i / d x_j, with d y_i / d x_j = gamma invStd ([i = j] - 1/n - xHat_i xHat_j / n)
          // under batch statistics, and gamma invStd [i = j] when they are constants.
          for (const j of ks) {
            for (const i of ks) {
              const jac = batchStats ? (i === j ? 1 : 0) - 1 / count - (xHat(i) * xHat(j)) / count : i === j ? 1 : 0;
              expectedDx[j] += dy[i] * gamma[c] * invStd[c] * jac;
            }
          }
        }
        backend.batchNormBackward(x, dy, mean, invStd, gamma, dx, dgamma, dbeta, layout, batchStats);
        expectClose(dx, expectedDx, 1e-3, `batchNormBackward dx ${what} batchStats=${batchStats}`);
        expectClose(dgamma, expectedDgamma, 1e-4, `batchNormBackward dgamma ${what}`);
        expectClose(dbeta, expectedDbeta, 1e-5, `batchNormBackward dbeta ${what}`);
      }
    }
  });
}
