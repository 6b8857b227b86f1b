// Reference gemm: C = alpha * op(A) * op(B) + beta * C, the textbook triple loop.
// Linear's forward and both of its gradients are one gemm each (Conv2d's will be too, through
// im2col), so this is where most of training's time goes; a fast backend replaces this file first.
import type { GemmOptions } from '../backend';

export function gemm(a: Float32Array, b: Float32Array, c: Float32Array, options: GemmOptions): void {
  const { transA, transB, m, n, k, alpha = 1, beta = 0 } = options;
  // Strides that let one loop serve all four transpose cases:
  // element (i, p) of op(A) is a[i * aRow + p * aCol], element (p, j) of op(B) is b[p * bRow + j * bCol].
  const aRow = transA ? 1 : k;
  const aCol = transA ? m : 1;
  const bRow = transB ? 1 : n;
  const bCol = transB ? k : 1;
  for (let i = 0; i < m; i++) {
    const aStart = i * aRow; // row i of op(A)
    for (let j = 0; j < n; j++) {
      const bStart = j * bCol; // column j of op(B)
      let sum = 0; // a JS number: the dot product accumulates in float64
      for (let p = 0; p < k; p++) sum += a[aStart + p * aCol] * b[bStart + p * bRow];
      const index = i * n + j;
      // With beta = 0, C may hold garbage (even NaN) and must not leak into the result.
      c[index] = beta === 0 ? alpha * sum : alpha * sum + beta * c[index];
    }
  }
}
