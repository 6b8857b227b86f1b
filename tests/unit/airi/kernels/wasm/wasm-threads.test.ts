// The threaded WASM backend: real worker_threads helpers (bundled on the fly with esbuild, as a host
// would ship them) share one gemm; results must match the reference on every shape, including those
// too small to split, and dispose() must release the helpers.
import { build } from 'esbuild';
import { Worker } from 'node:worker_threads';
import { afterAll, describe, expect, it } from 'vitest';
import { type Backend, Conv2d, Rng, Tensor, createWasmBackend, getBackend, referenceBackend, setBackend } from '../../../../../airi/index';
import { runGemmEdgeSuite } from './gemm-edge-suite';

const helperSource = `
import { parentPort } from 'node:worker_threads';
import { runWasmGemmHelper } from './airi/index';
parentPort.once('message', (init) => runWasmGemmHelper(init).then(() => parentPort.postMessage('done')));
`;
const bundled = await build({
  stdin: { contents: helperSource, resolveDir: process.cwd(), loader: 'ts' },
  bundle: true, platform: 'node', format: 'cjs', write: false, logLevel: 'error',
});
const helperCode = bundled.outputFiles[0].text;

const workers: Worker[] = [];
const backend = await createWasmBackend({
  threads: 3,
  startHelper: (init) => {
    const worker = new Worker(helperCode, { eval: true });
    worker.postMessage(init);
    workers.push(worker);
  },
});

afterAll(async () => {
  await Promise.all(workers.map((w) => w.terminate()));
});

describe('wasm-simd backend on 3 threads', () => {
  runGemmEdgeSuite(backend, 400);

  it('splits big products by rows and by columns and matches the reference', () => {
    const rng = new Rng(401);
    for (const [m, n, k] of [[600, 40, 50], [40, 600, 50], [97, 101, 103], [16, 4608, 400]]) {
      const a = Float32Array.from({ length: m * k }, () => rng.normal(0, 1));
      const b = Float32Array.from({ length: k * n }, () => rng.normal(0, 1));
      const expected = new Float32Array(m * n);
      const c = new Float32Array(m * n).fill(Number.NaN);
      referenceBackend.gemm(a, b, expected, { transA: false, transB: false, m, n, k });
      backend.gemm(a, b, c, { transA: false, transB: false, m, n, k });
      for (let i = 0; i < c.length; i++) {
        if (!(Math.abs(c[i] - expected[i]) < 1e-4 * (Math.abs(expected[i]) + Math.sqrt(k)))) {
          expect.fail(`${m}x${n}x${k}: element ${i} is ${c[i]}, expected ${expected[i]}`);
        }
      }
    }
  });

  it('splits a Conv2d batch by images across the threads, weight and bias gradients summed, as the reference', () => {
    const run = (b: Backend): Float32Array[] => {
      const previous = getBackend();
      setBackend(b);
      try {
        const conv = new Conv2d(5, 6, 3, { rng: new Rng(9), stride: 2, padding: 1 });
        const rng = new Rng(10);
        const x = new Tensor(Float32Array.from({ length: 7 * 5 * 11 * 11 }, () => rng.normal(0, 1)), [7, 5, 11, 11]);
        const y = conv.forward(x, true);
        const dy = new Tensor(Float32Array.from({ length: y.data.length }, () => rng.normal(0, 1)), y.shape);
        const dx = conv.backward(dy);
        conv.backwardParameters(dy); // again, without dx: the parameter gradients accumulate
        // The same layer fused with a following ReLU (each thread masks its own images' dy).
        const relu = conv.forwardRelu(x, true);
        const dxRelu = conv.backwardRelu(dy, true) as Tensor;
        conv.backwardRelu(dy, false);
        return [y.data, dx.data, relu.data, dxRelu.data, ...conv.parameters().map((p) => p.grad.data)];
      } finally {
        setBackend(previous);
      }
    };
    const expected = run(referenceBackend);
    const actual = run(backend);
    expected.forEach((e, index) => {
      for (let i = 0; i < e.length; i++) {
        if (!(Math.abs(actual[index][i] - e[i]) < 1e-4 * (1 + Math.abs(e[i])))) {
          expect.fail(`output ${index}, element ${i} is ${actual[index][i]}, expected ${e[i]}`);
        }
      }
    });
  });

  it('dispose() ends every helper and leaves a working single-threaded backend', async () => {
    expect(backend.threads).toBe(3);
    const finished = workers.map((w) => new Promise((resolve) => w.once('message', resolve)));
    backend.dispose();
    expect(await Promise.all(finished)).toEqual(['done', 'done']);
    expect(backend.threads).toBe(1);
    const c = new Float32Array(4);
    backend.gemm(Float32Array.of(1, 2, 3, 4), Float32Array.of(1, 0, 0, 1), c, { transA: false, transB: false, m: 2, n: 2, k: 2 });
    expect(Array.from(c)).toEqual([1, 2, 3, 4]);
  });
});
