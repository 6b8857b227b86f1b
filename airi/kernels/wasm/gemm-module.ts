// Loads the compiled WASM gemm kernel (gemm-kernel.as, embedded as base64 by scripts/build-wasm.mjs)
// and instantiates it on a memory the caller owns. No file reads and no host APIs beyond the
// WebAssembly global, so it runs the same in a Node worker thread and a browser Web Worker.
import { GEMM_WASM_PLAIN_BASE64, GEMM_WASM_SHARED_BASE64 } from './gemm-wasm-bytes.generated';

/** The kernel's exports (see gemm-kernel.as for the meaning of every argument). */
export interface GemmKernel {
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
