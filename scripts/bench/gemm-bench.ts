// GEMM GFLOP/s on the shapes the lessons use: lesson 1's Linear layers, and the im2col convolution
// GEMMs of DemoConvNet (notebook 5) and BetterConvNet (notebook 6), forward and both backward
// products, per image as Conv2d calls them. Each shape runs on the reference backend, on the WASM
// SIMD backend with 1 and 2 threads, and as a naive i-j-k loop, all in the same run; the ratio is
// against the reference backend, the naive ratio is in the detail. Times are the best of several
// short windows, the contenders' windows interleaved, so another process briefly taking a core
// neither decides a figure nor favours one contender.
import { performance } from 'node:perf_hooks';
import { type Backend, type GemmOptions, referenceBackend } from '../../airi';
import type { BenchResult } from './bench-result';

interface GemmShape {
  label: string;
  options: GemmOptions;
}

/** The naive loop every fast kernel is compared with: op(A) and op(B) read through strides. */
function naiveGemm(a: Float32Array, b: Float32Array, c: Float32Array, o: GemmOptions): void {
  const { m, n, k } = o;
  const [aRow, aCol] = o.transA ? [1, m] : [k, 1];
  const [bRow, bCol] = o.transB ? [1, k] : [n, 1];
  for (let i = 0; i < m; i++) {
    for (let j = 0; j < n; j++) {
      let sum = 0;
      for (let p = 0; p < k; p++) sum += a[i * aRow + p * aCol] * b[p * bRow + j * bCol];
      c[i * n + j] = o.beta ? sum + o.beta * c[i * n + j] : sum;
    }
  }
}

/**
 * Seconds per call of each function: rounds of one `windowMs` window per function, interleaved, and
 * the best window of each. Interleaving gives every contender the same share of a noisy machine.
 */
export function bestTimesPerCall(fns: (() => void)[], rounds = 10, windowMs = 30): number[] {
  for (const fn of fns) for (let i = 0; i < 3; i++) fn();
  const best = fns.map(() => Infinity);
  for (let round = 0; round < rounds; round++) {
    fns.forEach((fn, index) => {
      let calls = 0;
      const started = performance.now();
      do {
        fn();
        calls++;
      } while (performance.now() - started < windowMs);
      best[index] = Math.min(best[index], (performance.now() - started) / 1000 / calls);
    });
  }
  return best;
}

interface Conv {
  net: string;
  layer: string;
  outChannels: number;
  inChannels: number;
  kernel: number;
  /** Output height times width. */
  pixels: number;
}

// DemoConvNet: conv 3->16 5x5 on 32x32 (28x28 out), conv 16->16 5x5 (24x24 out), no padding.
// BetterConvNet: conv 3->32, 32->64, 64->128, 3x3 padding 1, on 32x32, 16x16, 8x8 (pooling between).
const CONVS: Conv[] = [
  { net: 'DemoConvNet', layer: 'conv1', outChannels: 16, inChannels: 3, kernel: 5, pixels: 28 * 28 },
  { net: 'DemoConvNet', layer: 'conv2', outChannels: 16, inChannels: 16, kernel: 5, pixels: 24 * 24 },
  { net: 'BetterConvNet', layer: 'conv1', outChannels: 32, inChannels: 3, kernel: 3, pixels: 32 * 32 },
  { net: 'BetterConvNet', layer: 'conv2', outChannels: 64, inChannels: 32, kernel: 3, pixels: 16 * 16 },
  { net: 'BetterConvNet', layer: 'conv3', outChannels: 128, inChannels: 64, kernel: 3, pixels: 8 * 8 },
];

/**
 * Per image, with W [K, C*F*F] and cols [C*F*F, P] from im2col: forward Y = W cols; the weight
 * gradient dW += dY cols^T (beta = 1 accumulates over the batch); the input gradient dcols = W^T dY.
 */
function convShapes(conv: Conv): GemmShape[] {
  const K = conv.outChannels;
  const patch = conv.inChannels * conv.kernel * conv.kernel;
  const P = conv.pixels;
  const name = `${conv.net} ${conv.layer}`;
  return [
    { label: `${name} forward`, options: { transA: false, transB: false, m: K, n: P, k: patch } },
    { label: `${name} dW`, options: { transA: false, transB: true, m: K, n: patch, k: P, beta: 1 } },
    { label: `${name} dcols`, options: { transA: true, transB: false, m: patch, n: P, k: K } },
  ];
}

const LINEAR_SHAPES: GemmShape[] = [
  { label: 'linear 16x16 batch 16', options: { transA: false, transB: true, m: 16, n: 16, k: 16 } },
  { label: 'linear 3072x10 batch 128', options: { transA: false, transB: true, m: 128, n: 10, k: 3072 } },
  { label: 'DemoConvNet fc1 9216x120 batch 128', options: { transA: false, transB: true, m: 128, n: 120, k: 9216 } },
  { label: 'square 256', options: { transA: false, transB: false, m: 256, n: 256, k: 256 } },
];

export const GEMM_SHAPES: GemmShape[] = [...LINEAR_SHAPES, ...CONVS.flatMap(convShapes)];

/** Time to copy one call's operands into a WebAssembly memory and C back, as the WASM backend does. */
function copySeconds(o: GemmOptions): number {
  const { m, n, k } = o;
  const memory = new WebAssembly.Memory({ initial: Math.ceil(((m * k + k * n + m * n) * 4) / 65536) + 1 });
  const f = new Float32Array(memory.buffer);
  const [a, b, c] = [new Float32Array(m * k), new Float32Array(k * n), new Float32Array(m * n)];
  const [seconds] = bestTimesPerCall([() => {
    f.set(a, 0);
    f.set(b, m * k);
    if (o.beta) f.set(c, m * k + k * n);
    c.set(f.subarray(m * k + k * n, m * k + k * n + m * n));
  }]);
  return seconds;
}

/** One result per shape and fast backend (each `backends` entry: a label, its thread count, the backend). */
export function gemmBench(backends: { backend: Backend; threads: number }[]): BenchResult[] {
  const results: BenchResult[] = [];
  for (const { label, options } of GEMM_SHAPES) {
    const { m, n, k } = options;
    const a = Float32Array.from({ length: m * k }, () => Math.random() - 0.5);
    const b = Float32Array.from({ length: k * n }, () => Math.random() - 0.5);
    const c = new Float32Array(m * n);
    const flops = 2 * m * n * k;
    const slow = flops > 5e6 ? 3 : 10; // fewer windows for the slow loops on big shapes
    const [reference, naive] = bestTimesPerCall([() => referenceBackend.gemm(a, b, c, options), () => naiveGemm(a, b, c, options)], slow);
    const fastTimes = bestTimesPerCall(backends.map(({ backend }) => () => backend.gemm(a, b, c, options)), 15);
    const copies = copySeconds(options);
    const shape = `m=${m} n=${n} k=${k}${options.transA ? ' transA' : ''}${options.transB ? ' transB' : ''}${options.beta ? ` beta=${options.beta}` : ''}`;
    results.push({
      workload: `gemm ${label}`, threads: 1, seconds: reference, imagesPerSecond: null,
      gflops: flops / reference / 1e9, ratio: 1, reference: 'reference backend',
      detail: `backend reference, ${shape}; naive loop ${(flops / naive / 1e9).toFixed(2)} GFLOP/s`,
    });
    for (const [index, { backend, threads }] of backends.entries()) {
      const fast = fastTimes[index];
      results.push({
        workload: `gemm ${label}`, threads, seconds: fast, imagesPerSecond: null,
        gflops: flops / fast / 1e9, ratio: reference / fast, reference: 'reference backend',
        detail: `backend ${backend.name}, ${shape}; ×${(naive / fast).toFixed(1)} vs naive loop; operand copies ${((100 * copies) / fast).toFixed(1)}% of the call`,
      });
    }
  }
  return results;
}
