// Picks airi's compute backend for a training worker: the WASM SIMD gemm backend when it loads,
// split across `threads` threads (this worker plus helpers the caller starts), else the readable
// reference backend, with the reason. Lesson 1's tiny matrices run faster without the copies into
// WASM memory, so only the CIFAR-10 lessons ask for it.
import { createWasmBackend, referenceBackend, setBackend, type WasmBackend, type WasmGemmHelperInit } from '../../airi';

export interface EngineChoice {
  backend: 'wasm-simd' | 'reference';
  threads: number;
  /** Why the reference backend runs, when it does. */
  reason?: string;
  /** Stops the helpers; the reference backend is restored. */
  release(): void;
}

export async function selectBackend(threads: number, startHelper: (init: WasmGemmHelperInit) => void): Promise<EngineChoice> {
  let wasm: WasmBackend;
  try {
    wasm = threads > 1 ? await createWasmBackend({ threads, startHelper }) : await createWasmBackend();
  } catch (error) {
    setBackend(referenceBackend);
    return { backend: 'reference', threads: 1, reason: `the WASM SIMD backend did not load: ${(error as Error).message}`, release: () => {} };
  }
  setBackend(wasm);
  return {
    backend: 'wasm-simd',
    threads: wasm.threads,
    release: () => {
      wasm.dispose();
      setBackend(referenceBackend);
    },
  };
}

/** AIRI_LAB_THREADS, else 2 when the machine has 2 cores or more (more threads rarely pay for their syncs on gemms this small). */
export function defaultEngineThreads(cores: number, env: NodeJS.ProcessEnv = process.env): number {
  const asked = Number(env.AIRI_LAB_THREADS);
  if (Number.isInteger(asked) && asked >= 1) return Math.min(asked, 16);
  return Math.max(1, Math.min(2, cores));
}
