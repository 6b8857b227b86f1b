// Loads airi's compiled WASM kernels (gemm-kernel.as, layer-kernels.as and conv-kernels.as, one module
// embedded as base64 by scripts/build-wasm.mjs) and instantiates them on a memory the caller owns. No
// file reads and no host APIs beyond the WebAssembly global, so it runs the same in a Node worker
// thread and a browser Web Worker. The exports' type is generated from the kernels' sources too.
import { GEMM_WASM_PLAIN_BASE64, GEMM_WASM_SHARED_BASE64 } from './kernel-bytes.generated';
import { KERNEL_EXPORT_NAMES, type KernelExports } from './kernel-exports.generated';

export type { KernelExports } from './kernel-exports.generated';

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

/** Compiles the kernels; `shared` picks the build whose imported memory is shared (for threads). */
export function compileKernelModule(shared: boolean): Promise<WebAssembly.Module> {
  return WebAssembly.compile(decodeBase64(shared ? GEMM_WASM_SHARED_BASE64 : GEMM_WASM_PLAIN_BASE64));
}

export async function instantiateKernels(module: WebAssembly.Module, memory: WebAssembly.Memory): Promise<KernelExports> {
  const { exports } = await WebAssembly.instantiate(module, { env: { memory } });
  if (!hasKernelExports(exports)) throw new Error('instantiateKernels: the module lacks some kernels; rebuild it with `node scripts/build-wasm.mjs`');
  return exports;
}

function hasKernelExports(exports: Record<string, unknown>): exports is Record<string, unknown> & KernelExports {
  return KERNEL_EXPORT_NAMES.every((name) => typeof exports[name] === 'function');
}
