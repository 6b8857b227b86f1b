// Shared gemm checks for the WASM backend, single- and multi-threaded: against the reference kernel
// on shapes that cross every blocking edge of gemm-kernel.as (micro-tiles 6x8 and 4x8, KC = 256,
// MC = 72, NC = 1024) in all transpose, alpha and beta cases, and on the convolution GEMM shapes.
import { expect, it } from 'vitest';
import { type Backend, type GemmOptions, Rng, referenceBackend } from '../../../../../airi/index';

export function randomArray(rng: Rng, n: number): Float32Array {
  return Float32Array.from({ length: n }, () => rng.normal(0, 1));
}

/** Max over elements of |actual - expected| / (|expected| + sqrt(k)): float32 rounding grows like sqrt(k). */
export function maxScaledError(actual: Float32Array, expected: Float32Array, k: number): number {
  let worst = 0;
  for (let i = 0; i < expected.length; i++) {
    const error = Math.abs(actual[i] - expected[i]) / (Math.abs(expected[i]) + Math.sqrt(k));
    worst = Number.isNaN(error) ? Infinity : Math.max(worst, error);
  }
  return worst;
}

export function checkAgainstReference(backend: Backend, rng: Rng, options: GemmOptions): void {
  const { m, n, k, beta = 0 } = options;
  const a = randomArray(rng, m * k);
  const b = randomArray(rng, k * n);
  const c = randomArray(rng, m * n);
  const expected = Float32Array.from(c);
  if (beta === 0) c.fill(Number.NaN); // must not leak
  referenceBackend.gemm(a, b, expected, options);
  backend.gemm(a, b, c, options);
  const error = maxScaledError(c, expected, k);
  if (!(error < 1e-5)) expect.fail(`${JSON.stringify(options)}: max scaled error ${error}`);
}

const EDGE_SIZES = [1, 3, 6, 7, 8, 17, 64, 73, 255, 257];
const CASES: [boolean, boolean, number, number][] = [
  [false, false, 1, 0], [true, false, 1, 1], [false, true, 0.5, -2], [true, true, -1.5, 0],
  [false, false, 1, 1], [true, false, 2, 0], [false, true, 1, 0], [true, true, 1, 1],
];

export function runGemmEdgeSuite(backend: Backend, seed: number): void {
  it('gemm matches the reference on edge sizes, every transpose case, alpha and beta', () => {
    const rng = new Rng(seed);
    for (let trial = 0; trial < 120; trial++) {
      const [transA, transB, alpha, beta] = CASES[trial % CASES.length];
      const pick = (): number => EDGE_SIZES[rng.int(EDGE_SIZES.length)];
      checkAgainstReference(backend, rng, { transA, transB, m: pick(), n: pick(), k: pick(), alpha, beta });
    }
  });

  it('gemm matches the reference on the convolution shapes (forward and both backward products)', () => {
    const rng = new Rng(seed + 1);
    // [outChannels K, inChannels * kernel^2, output pixels]: DemoConvNet's two convs, BetterConvNet's three.
    for (const [outC, patch, pixels] of [[16, 75, 784], [16, 400, 576], [32, 27, 1024], [64, 288, 256], [128, 576, 64]]) {
      checkAgainstReference(backend, rng, { transA: false, transB: false, m: outC, n: pixels, k: patch });
      checkAgainstReference(backend, rng, { transA: false, transB: true, m: outC, n: patch, k: pixels, beta: 1 });
      checkAgainstReference(backend, rng, { transA: true, transB: false, m: patch, n: pixels, k: outC });
    }
  });
}
