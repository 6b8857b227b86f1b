// Loads the compiled WASM gemm kernel (gemm-kernel.as, embedded as base64 by scripts/build-wasm.mjs)
// and instantiates it on a memory the caller owns. No file reads and no host APIs beyond the
// WebAssembly global, so it runs the same in a Node worker thread and a browser Web Worker.
import { GEMM_WASM_PLAIN_BASE64, GEMM_WASM_SHARED_BASE64 } from './gemm-wasm-bytes.generated';

/** The loops around gemm (layer-kernels.as), on byte pointers into the same memory. */
export interface LayerKernels {
  im2col(x: number, cols: number, ...window: number[]): void;
  col2im(cols: number, dx: number, ...window: number[]): void;
  relu(x: number, y: number, n: number): void;
  reluBackward(x: number, dy: number, dx: number, n: number): void;
  biasAdd(y: number, bias: number, outer: number, channels: number, inner: number): void;
  biasAddBackward(dy: number, dbias: number, outer: number, channels: number, inner: number): void;
  maxPool2d(x: number, y: number, argmax: number, ...window: number[]): void;
  maxPool2dBackward(dy: number, argmax: number, dx: number, outCount: number, inCount: number): void;
  batchNormStats(x: number, mean: number, variance: number, outer: number, channels: number, inner: number): void;
  batchNorm(x: number, mean: number, invStd: number, gamma: number, beta: number, y: number, outer: number, channels: number, inner: number): void;
  batchNormBackward(
    x: number, dy: number, mean: number, invStd: number, gamma: number, dx: number, dgamma: number, dbeta: number,
    outer: number, channels: number, inner: number, batchStats: number,
  ): void;
  sgdStep(
    param: number, grad: number, buffer: number, n: number,
    lr: number, momentum: number, dampening: number, nesterov: number, weightDecay: number, firstStep: number,
  ): void;
  adamStep(
    param: number, grad: number, m: number, v: number, n: number,
    stepSize: number, invCorrection: number, beta1: number, beta2: number, eps: number, weightDecay: number, decay: number,
  ): void;
}

/** Conv2d's per-image loop, fused (conv-kernels.as): window is Window2d's 11 numbers in its order. */
export interface ConvKernels {
  convForward(
    x: number, w: number, bias: number, fuseRelu: number, y: number, cols: number, work: number, outChannels: number, first: number, count: number,
    ...window: number[]
  ): void;
  convBackward(
    x: number, w: number, dy: number, reluOut: number, dx: number, dw: number, dbias: number, cols: number, dcols: number, work: number,
    outChannels: number, first: number, count: number, ...window: number[]
  ): void;
}

/** The kernel's exports (see gemm-kernel.as for the meaning of every argument). */
export interface GemmKernel extends LayerKernels, ConvKernels {
  workspaceBytes(): number;
  gemm(
    a: number, rsA: number, csA: number,
    b: number, rsB: number, csB: number,
    c: number, ldc: number,
    m: number, n: number, k: number,
    alpha: number, beta: number,
    work: number,
  ): void;
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Plain base64 decoding: atob is a global in both hosts but not part of ES2022's typings. */
export function decodeBase64(text: string): Uint8Array<ArrayBuffer> {
  const clean = text.replace(/=+$/, '');
  const out = new Uint8Array(Math.floor((clean.length * 3) / 4));
  let bits = 0;
  let value = 0;
  let index = 0;
  for (const char of clean) {
    const digit = BASE64.indexOf(char);
    if (digit < 0) throw new Error(`decodeBase64: invalid character ${JSON.stringify(char)}`);
    value = (value << 6) | digit;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[index++] = (value >> bits) & 0xff;
    }
  }
  return out;
}

/** Compiles the kernel; `shared` picks the build whose imported memory is shared (for threads). */
export function compileGemmModule(shared: boolean): Promise<WebAssembly.Module> {
  return WebAssembly.compile(decodeBase64(shared ? GEMM_WASM_SHARED_BASE64 : GEMM_WASM_PLAIN_BASE64));
}

export async function instantiateGemmKernel(module: WebAssembly.Module, memory: WebAssembly.Memory): Promise<GemmKernel> {
  const instance = await WebAssembly.instantiate(module, { env: { memory } });
  return instance.exports as unknown as GemmKernel;
}
