// GEMM GFLOP/s of the active airi backend against a naive i-j-k triple loop, on shapes the
// lessons use (lesson 1's Linear layers now; the convolution shapes arrive with Conv2d).
import { performance } from 'node:perf_hooks';
import { getBackend } from '../../airi';
import type { BenchResult } from './bench-result';

function naiveGemm(a: Float32Array, b: Float32Array, c: Float32Array, m: number, n: number, k: number): void {
  for (let i = 0; i < m; i++) {
    for (let j = 0; j < n; j++) {
      let sum = 0;
      for (let p = 0; p < k; p++) sum += a[i * k + p] * b[p * n + j];
      c[i * n + j] = sum;
    }
  }
}

/** Repeats fn until ~0.3 s have passed and returns seconds per call. */
function timePerCall(fn: () => void): number {
  fn();
  let calls = 0;
  const started = performance.now();
  while (performance.now() - started < 300) {
    fn();
    calls++;
  }
  return (performance.now() - started) / 1000 / calls;
}

const SHAPES: [string, number, number, number][] = [
  ['linear 16x16 batch 16', 16, 16, 16],
  ['linear 3072x10 batch 128', 128, 10, 3072],
  ['square 256', 256, 256, 256],
];

export function gemmBench(): BenchResult[] {
  const backend = getBackend();
  return SHAPES.map(([label, m, n, k]) => {
    const a = Float32Array.from({ length: m * k }, () => Math.random() - 0.5);
    const b = Float32Array.from({ length: k * n }, () => Math.random() - 0.5);
    const c = new Float32Array(m * n);
    const flops = 2 * m * n * k;
    const fast = timePerCall(() => backend.gemm(a, b, c, { transA: false, transB: false, m, n, k }));
    const naive = timePerCall(() => naiveGemm(a, b, c, m, n, k));
    return {
      workload: `gemm ${label}`, threads: 1, seconds: fast, imagesPerSecond: null,
      gflops: flops / fast / 1e9, ratio: naive / fast, reference: 'naive triple loop',
      detail: `backend ${backend.name}, m=${m} n=${n} k=${k}`,
    };
  });
}
