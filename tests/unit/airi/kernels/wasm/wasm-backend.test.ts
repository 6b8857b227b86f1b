// The WASM SIMD backend on one thread: the shared conformance suite, the gemm edge-shape suite, an
// end-to-end Linear training run on both backends, and the committed kernel bytes against a fresh
// AssemblyScript build.
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import {
  Adam, Conv2d, Linear, MSELoss, ReLU, Rng, Sequential, Tanh, Tensor, createWasmBackend, getBackend, referenceBackend, setBackend,
  type Backend,
} from '../../../../../airi/index';
import { checkAgainstReference, maxScaledError, randomArray, runGemmEdgeSuite } from './gemm-edge-suite';
import { decodeBase64 } from '../../../../../airi/kernels/wasm/kernel-module';
import { setMaxConvStagingBytes } from '../../../../../airi/kernels/wasm/wasm-conv';
import { runBackendConformance } from '../backend-conformance';

const wasm = await createWasmBackend();

runBackendConformance(wasm);

describe('wasm-simd backend', () => {
  runGemmEdgeSuite(wasm, 200);

  it('replaces gemm and the loops around it, and keeps the reference kernels elsewhere', () => {
    expect(wasm.name).toBe('wasm-simd');
    expect(wasm.threads).toBe(1);
    expect(wasm.tanh).toBe(referenceBackend.tanh);
    for (const name of ['gemm', 'im2col', 'col2im', 'relu', 'reluBackward', 'biasAdd', 'biasAddBackward', 'maxPool2d', 'maxPool2dBackward',
      'batchNormStats', 'batchNorm', 'batchNormBackward', 'sgdStep', 'adamStep', 'adamwStep', 'conv2dForward', 'conv2dBackward'] as const) {
      expect(wasm[name], name).not.toBe(referenceBackend[name]);
    }
  });

  it('reuses its memory across calls of shrinking and growing sizes', () => {
    const rng = new Rng(300);
    for (const size of [200, 5, 400, 2, 200]) {
      checkAgainstReference(wasm, rng, { transA: false, transB: false, m: size, n: size, k: size });
    }
  });

  it('accepts operands longer than the product needs (views into bigger buffers)', () => {
    const rng = new Rng(301);
    const a = randomArray(rng, 2 * 3 + 5);
    const b = randomArray(rng, 3 * 4 + 5);
    const c = new Float32Array(2 * 4 + 5).fill(7);
    const expected = Float32Array.from(c);
    const options = { transA: false, transB: false, m: 2, n: 4, k: 3 };
    referenceBackend.gemm(a, b, expected, options);
    wasm.gemm(a, b, c, options);
    expect(maxScaledError(c, expected, 3)).toBeLessThan(1e-6);
    expect(Array.from(c.subarray(8))).toEqual([7, 7, 7, 7, 7]);
  });

  it('trains a lesson-1 MLP to the same losses as the reference backend', () => {
    const train = (backend: Backend): number[] => {
      const previous = getBackend();
      setBackend(backend);
      try {
        const rng = new Rng(5);
        const model = new Sequential(new Linear(1, 16, { rng }), new Tanh(), new Linear(16, 16, { rng }), new Tanh(), new Linear(16, 1, { rng }));
        const optimizer = new Adam(model.parameters(), { lr: 1e-2 });
        const loss = new MSELoss();
        const losses: number[] = [];
        for (let step = 0; step < 300; step++) {
          const x = Tensor.zeros([32, 1]);
          const y = Tensor.zeros([32, 1]);
          for (let i = 0; i < 32; i++) {
            x.data[i] = rng.uniformRange(-Math.PI, Math.PI);
            y.data[i] = Math.sin(x.data[i]);
          }
          optimizer.zeroGrad();
          losses.push(loss.forward(model.forward(x, true), y));
          model.backward(loss.backward());
          optimizer.step();
        }
        return losses;
      } finally {
        setBackend(previous);
      }
    };
    const reference = train(referenceBackend);
    const fast = train(wasm);
    expect(reference[299]).toBeLessThan(reference[0] / 10); // it did learn
    for (let step = 0; step < reference.length; step++) {
      expect(Math.abs(fast[step] - reference[step]), `step ${step}`).toBeLessThan(1e-4 * Math.max(1, reference[step]));
    }
  });

  it.each([
    { inC: 3, outC: 16, kernel: 5, stride: 1, padding: 0, size: 12, bias: true },
    { inC: 5, outC: 7, kernel: 3, stride: 2, padding: 1, size: 9, bias: true },
    { inC: 2, outC: 4, kernel: 3, stride: 1, padding: 2, size: 5, bias: false },
    // 25 * 36 * 36 * 4 bytes of columns per channel: two channels per block, so 7 blocks (the last one short)
    { inC: 13, outC: 6, kernel: 5, stride: 1, padding: 2, size: 36, bias: true },
  ])('gives Conv2d (fused im2col + gemm in WASM) the same output and gradients as the reference backend: %o', ({ inC, outC, kernel, stride, padding, size, bias }) => {
    const run = (backend: Backend): Float32Array[] => {
      const previous = getBackend();
      setBackend(backend);
      try {
        const conv = new Conv2d(inC, outC, kernel, { rng: new Rng(9), stride, padding, bias });
        const rng = new Rng(10);
        const x = new Tensor(randomArray(rng, 4 * inC * size * size), [4, inC, size, size]);
        const y = conv.forward(x, true);
        const dy = new Tensor(randomArray(rng, y.data.length), y.shape);
        const dx = conv.backward(dy);
        const once = conv.parameters().map((p) => Float32Array.from(p.grad.data));
        // Without the input gradient (a first layer): the same parameter gradients, accumulated again.
        conv.backwardParameters(dy);
        return [y.data, dx.data, ...once, ...conv.parameters().map((p) => p.grad.data)];
      } finally {
        setBackend(previous);
      }
    };
    const reference = run(referenceBackend);
    const fast = run(wasm);
    expect(fast).toHaveLength(bias ? 6 : 4);
    reference.forEach((expected, index) => {
      expect(maxScaledError(fast[index], expected, inC * kernel * kernel), `output ${index}`).toBeLessThan(1e-5);
    });
  });

  it('runs Conv2d + ReLU fused (forwardRelu / backwardRelu) as the reference does, with and without the input gradient', () => {
    const run = (backend: Backend): Float32Array[] => {
      const previous = getBackend();
      setBackend(backend);
      try {
        const rng = new Rng(21);
        const model = new Sequential(new Conv2d(3, 5, 3, { rng, padding: 1 }), new ReLU(), new Conv2d(5, 4, 3, { rng, stride: 2 }), new ReLU());
        const x = new Tensor(randomArray(rng, 4 * 3 * 9 * 9), [4, 3, 9, 9]);
        const y = model.forward(x, true);
        const dy = new Tensor(randomArray(rng, y.data.length), y.shape);
        const dx = model.backward(dy);
        model.backwardParameters(dy); // accumulates the same parameter gradients again
        return [y.data, dx.data, ...model.parameters().map((p) => p.grad.data)];
      } finally {
        setBackend(previous);
      }
    };
    const reference = run(referenceBackend);
    const fast = run(wasm);
    expect(reference[0].some((v) => v === 0) && reference[0].some((v) => v > 0)).toBe(true); // the ReLU bites
    reference.forEach((expected, index) => expect(maxScaledError(fast[index], expected, 45), `output ${index}`).toBeLessThan(1e-5));
  });

  it('runs a batch too big for one staging area in groups of images, with the same results, fused ReLU included', () => {
    const run = (backend: Backend): Float32Array[] => {
      const previous = getBackend();
      setBackend(backend);
      try {
        const conv = new Conv2d(3, 4, 3, { rng: new Rng(9), padding: 1 });
        const rng = new Rng(10);
        const x = new Tensor(randomArray(rng, 5 * 3 * 6 * 6), [5, 3, 6, 6]);
        const y = conv.forward(x, true);
        const dy = new Tensor(randomArray(rng, y.data.length), y.shape);
        const dx = conv.backward(dy);
        const clamped = conv.forwardRelu(x, true);
        const dxRelu = conv.backwardRelu(dy, true) as Tensor;
        return [y.data, dx.data, clamped.data, dxRelu.data, ...conv.parameters().map((p) => p.grad.data)];
      } finally {
        setBackend(previous);
      }
    };
    const reference = run(referenceBackend);
    // Per image: x and dx (3 * 36 each), dy and the ReLU's output (4 * 36 each), in bytes; two per group.
    const old = setMaxConvStagingBytes(2 * 2 * (3 * 36 + 4 * 36) * 4);
    try {
      run(wasm).forEach((actual, index) => expect(maxScaledError(actual, reference[index], 30), `output ${index}`).toBeLessThan(1e-5));
    } finally {
      setMaxConvStagingBytes(old);
    }
  });

  it('pools 2x2 windows with stride 2 (its SIMD path) as the reference does, ties, NaN and -Infinity included', () => {
    const rng = new Rng(12);
    for (const [height, width] of [[8, 16], [6, 11], [5, 9]]) {
      const planes = 3;
      // few distinct values, so ties are common
      const x = Float32Array.from({ length: planes * height * width }, () => [0, 1, 2, Number.NaN, -Infinity][rng.int(5)]);
      const outHeight = Math.floor(height / 2);
      const outWidth = Math.floor(width / 2);
      const window = { channels: planes, height, width, kernelH: 2, kernelW: 2, strideH: 2, strideW: 2, padH: 0, padW: 0, outHeight, outWidth };
      const outCount = planes * outHeight * outWidth;
      const [y, expectedY] = [new Float32Array(outCount), new Float32Array(outCount)];
      const [argmax, expectedArgmax] = [new Int32Array(outCount), new Int32Array(outCount)];
      wasm.maxPool2d(x, y, argmax, window);
      referenceBackend.maxPool2d(x, expectedY, expectedArgmax, window);
      expect(Array.from(argmax)).toEqual(Array.from(expectedArgmax));
      expect(Array.from(y)).toEqual(Array.from(expectedY));
    }
  });

  it('rejects a thread count it cannot serve', async () => {
    await expect(createWasmBackend({ threads: 0 })).rejects.toThrow(/threads must be/);
    await expect(createWasmBackend({ threads: 2 })).rejects.toThrow(/startHelper/);
  });
});

describe('embedded kernel bytes', () => {
  it('decodeBase64 round-trips every byte value', () => {
    const bytes = Uint8Array.from({ length: 256 * 3 + 2 }, (_, i) => (i * 7) & 0xff);
    for (let length = 0; length < 5; length++) {
      expect(decodeBase64(Buffer.from(bytes.subarray(0, length)).toString('base64'))).toEqual(bytes.subarray(0, length));
    }
    expect(decodeBase64(Buffer.from(bytes).toString('base64'))).toEqual(bytes);
  });

  it('and their exports\' type match a fresh build of the .as kernels (run `node scripts/build-wasm.mjs` when this fails)', () => {
    expect(() => execFileSync(process.execPath, ['scripts/build-wasm.mjs', '--check'], { stdio: 'pipe' })).not.toThrow();
  }, 60_000);
});
