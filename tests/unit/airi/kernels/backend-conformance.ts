// The one conformance suite every airi backend must pass (as tfjs runs one suite on each backend):
// each kernel against a deliberately naive formula, on random shapes drawn from a seeded Rng.
// The reference backend runs it in reference/reference-backend.test.ts, the WASM one in
// wasm/wasm-backend.test.ts.
import { describe, expect, it } from 'vitest';
import { type Backend, Rng } from '../../../../airi/index';
import { runBlockKernelConformance } from './block-kernel-conformance';
import { runConvKernelConformance } from './conv-kernel-conformance';
import { runLayerKernelConformance } from './layer-kernel-conformance';

const TRIALS = 25;

function randomArray(rng: Rng, n: number, std = 1): Float32Array {
  return Float32Array.from({ length: n }, () => rng.normal(0, std));
}

/** Asserts element-wise closeness, relative to max(1, |expected|), and names the first bad index. */
function expectClose(actual: ArrayLike<number>, expected: ArrayLike<number>, tolerance: number, what: string): void {
  expect(actual.length, `${what}: length`).toBe(expected.length);
  for (let i = 0; i < expected.length; i++) {
    const error = Math.abs(actual[i] - expected[i]) / Math.max(1, Math.abs(expected[i]));
    if (!(error <= tolerance)) {
      expect.fail(`${what}: element ${i} is ${actual[i]}, expected ${expected[i]}`);
    }
  }
}

/** Row-major [rows, cols] as nested arrays, transposed when asked: the naive way to read op(A). */
function matrix(data: Float32Array, rows: number, cols: number, transpose: boolean): number[][] {
  const stored = Array.from({ length: rows }, (_, r) => Array.from(data.subarray(r * cols, (r + 1) * cols)));
  return transpose ? stored[0].map((_, c) => stored.map((row) => row[c])) : stored;
}

export function runBackendConformance(backend: Backend): void {
  describe(`backend "${backend.name}" conformance`, () => {
    it('gemm matches the triple loop for every transpose case, alpha and beta', () => {
      const rng = new Rng(100);
      for (let trial = 0; trial < TRIALS; trial++) {
        for (const [transA, transB] of [[false, false], [true, false], [false, true], [true, true]] as const) {
          const m = 1 + rng.int(9);
          const n = 1 + rng.int(9);
          const k = 1 + rng.int(9);
          const [alpha, beta] = [[1, 0], [1, 1], [0.5, -2], [-1.5, 0]][rng.int(4)];
          const a = randomArray(rng, m * k);
          const b = randomArray(rng, k * n);
          const c = randomArray(rng, m * n);
          // beta = 0 must ignore C's old contents entirely, even NaN.
          if (beta === 0) c.fill(Number.NaN);
          const opA = transA ? matrix(a, k, m, true) : matrix(a, m, k, false);
          const opB = transB ? matrix(b, n, k, true) : matrix(b, k, n, false);
          const expected = new Float64Array(m * n);
          for (let i = 0; i < m; i++) {
            for (let j = 0; j < n; j++) {
              let dot = 0;
              for (let p = 0; p < k; p++) dot += opA[i][p] * opB[p][j];
              expected[i * n + j] = alpha * dot + (beta === 0 ? 0 : beta * c[i * n + j]);
            }
          }
          const options = beta === 1 && alpha === 1 && trial % 2 === 0
            ? { transA, transB, m, n, k, beta } // alpha left to its default of 1
            : { transA, transB, m, n, k, alpha, beta };
          backend.gemm(a, b, c, options);
          expectClose(c, expected, 1e-5, `gemm ${m}x${n}x${k} transA=${transA} transB=${transB} alpha=${alpha} beta=${beta}`);
        }
      }
    });

    it('biasAdd adds bias[c] to every element of channel c', () => {
      const rng = new Rng(101);
      for (let trial = 0; trial < TRIALS; trial++) {
        const layout = { outer: 1 + rng.int(5), channels: 1 + rng.int(6), inner: 1 + rng.int(7) };
        const size = layout.outer * layout.channels * layout.inner;
        const y = randomArray(rng, size);
        const bias = randomArray(rng, layout.channels);
        const expected = Array.from(y, (v, index) => v + bias[Math.floor(index / layout.inner) % layout.channels]);
        backend.biasAdd(y, bias, layout);
        expectClose(y, expected, 1e-6, `biasAdd ${JSON.stringify(layout)}`);
      }
    });

    it('biasAddBackward accumulates the per-channel sums', () => {
      const rng = new Rng(102);
      for (let trial = 0; trial < TRIALS; trial++) {
        const layout = { outer: 1 + rng.int(5), channels: 1 + rng.int(6), inner: 1 + rng.int(7) };
        const dy = randomArray(rng, layout.outer * layout.channels * layout.inner);
        const dbias = randomArray(rng, layout.channels);
        const expected = Array.from(dbias);
        dy.forEach((v, index) => (expected[Math.floor(index / layout.inner) % layout.channels] += v));
        backend.biasAddBackward(dy, dbias, layout);
        expectClose(dbias, expected, 1e-5, `biasAddBackward ${JSON.stringify(layout)}`);
      }
    });

    it('tanh, relu and sigmoid match their formulas, forward and backward', () => {
      const rng = new Rng(103);
      for (let trial = 0; trial < TRIALS; trial++) {
        const n = 1 + rng.int(50);
        const x = randomArray(rng, n, 3);
        x[0] = 0; // ReLU's kink: PyTorch's gradient there is 0
        if (n > 2) [x[1], x[2]] = [100, -100]; // saturation must not produce NaN
        const dy = randomArray(rng, n);
        const y = new Float32Array(n);
        const dx = new Float32Array(n);

        backend.tanh(x, y);
        expectClose(y, Array.from(x, Math.tanh), 1e-6, 'tanh');
        backend.tanhBackward(y, dy, dx);
        expectClose(dx, Array.from(x, (v, i) => dy[i] / Math.cosh(v) ** 2), 1e-5, 'tanhBackward');

        backend.relu(x, y);
        expectClose(y, Array.from(x, (v) => Math.max(0, v)), 0, 'relu');
        backend.reluBackward(x, dy, dx);
        expectClose(dx, Array.from(x, (v, i) => (v > 0 ? dy[i] : 0)), 0, 'reluBackward');

        backend.sigmoid(x, y);
        const s = (v: number): number => (v >= 0 ? 1 / (1 + Math.exp(-v)) : Math.exp(v) / (1 + Math.exp(v)));
        expectClose(y, Array.from(x, s), 1e-6, 'sigmoid');
        backend.sigmoidBackward(y, dy, dx);
        // d/dx sigmoid(x) = exp(-x) / (1 + exp(-x))^2, written differently from the kernel on purpose.
        const ds = (v: number): number => Math.exp(-Math.abs(v)) / (1 + Math.exp(-Math.abs(v))) ** 2;
        expectClose(dx, Array.from(x, (v, i) => dy[i] * ds(v)), 1e-6, 'sigmoidBackward');
      }
    });

    it('squaredError and its backward match the formulas', () => {
      const rng = new Rng(104);
      for (let trial = 0; trial < TRIALS; trial++) {
        const n = 1 + rng.int(100);
        const p = randomArray(rng, n);
        const t = randomArray(rng, n);
        let expected = 0;
        for (let i = 0; i < n; i++) expected += (p[i] - t[i]) ** 2;
        expect(backend.squaredError(p, t)).toBeCloseTo(expected, 4);
        const scale = 2 / n;
        const dp = new Float32Array(n);
        backend.squaredErrorBackward(p, t, scale, dp);
        expectClose(dp, Array.from(p, (v, i) => scale * (v - t[i])), 1e-6, 'squaredErrorBackward');
      }
    });

    it('sgdStep follows torch.optim.SGD for every option', () => {
      const rng = new Rng(105);
      for (let trial = 0; trial < TRIALS; trial++) {
        const n = 1 + rng.int(20);
        const momentum = [0, 0.9, 0.5][rng.int(3)];
        const nesterov = momentum > 0 && rng.int(2) === 1;
        const options = {
          lr: rng.uniformRange(0.001, 0.5),
          momentum,
          dampening: nesterov ? 0 : [0, 0.3][rng.int(2)],
          nesterov,
          weightDecay: [0, 0.01][rng.int(2)],
          firstStep: rng.int(2) === 1,
        };
        const param = randomArray(rng, n);
        const grad = randomArray(rng, n);
        const buffer = momentum > 0 ? randomArray(rng, n) : null;
        const expectedParam: number[] = [];
        const expectedBuffer: number[] = [];
        for (let i = 0; i < n; i++) {
          const g = grad[i] + options.weightDecay * param[i];
          let direction = g;
          if (buffer) {
            const b = options.firstStep ? g : momentum * buffer[i] + (1 - options.dampening) * g;
            expectedBuffer.push(b);
            direction = nesterov ? g + momentum * b : b;
          }
          expectedParam.push(param[i] - options.lr * direction);
        }
        backend.sgdStep(param, grad, buffer, options);
        expectClose(param, expectedParam, 1e-6, `sgdStep param ${JSON.stringify(options)}`);
        if (buffer) expectClose(buffer, expectedBuffer, 1e-6, 'sgdStep buffer');
      }
    });

    it('adamStep follows the paper (m-hat, v-hat) form of torch.optim.Adam', () => {
      const rng = new Rng(106);
      for (let trial = 0; trial < TRIALS; trial++) {
        const n = 1 + rng.int(20);
        const options = {
          lr: rng.uniformRange(1e-4, 0.1),
          beta1: [0.9, 0.8][rng.int(2)],
          beta2: [0.999, 0.99][rng.int(2)],
          eps: [1e-8, 1e-3][rng.int(2)],
          weightDecay: [0, 0.1][rng.int(2)],
          step: 1 + rng.int(50),
        };
        const param = randomArray(rng, n);
        const grad = randomArray(rng, n);
        const m = randomArray(rng, n, 0.1);
        const v = Float32Array.from({ length: n }, () => rng.uniform() * 0.01);
        const expected = { param: [] as number[], m: [] as number[], v: [] as number[] };
        for (let i = 0; i < n; i++) {
          const g = grad[i] + options.weightDecay * param[i];
          const mi = options.beta1 * m[i] + (1 - options.beta1) * g;
          const vi = options.beta2 * v[i] + (1 - options.beta2) * g * g;
          const mHat = mi / (1 - options.beta1 ** options.step);
          const vHat = vi / (1 - options.beta2 ** options.step);
          expected.param.push(param[i] - (options.lr * mHat) / (Math.sqrt(vHat) + options.eps));
          expected.m.push(mi);
          expected.v.push(vi);
        }
        backend.adamStep(param, grad, m, v, options);
        expectClose(param, expected.param, 1e-6, `adamStep param ${JSON.stringify(options)}`);
        expectClose(m, expected.m, 1e-6, 'adamStep m');
        expectClose(v, expected.v, 1e-6, 'adamStep v');
      }
    });

    runLayerKernelConformance(backend);
    runConvKernelConformance(backend);
    runBlockKernelConformance(backend);
  });
}
