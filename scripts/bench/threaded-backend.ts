// The multi-threaded WASM backend for the bench and the profiler: its helpers are workers running the
// very bundle that imports this file (import.meta.url is the bundle's own URL once esbuild inlines
// it), which call serveIfHelper() first thing and so serve gemm jobs instead of running main().
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { type WasmBackend, type WasmGemmHelperInit, createWasmBackend, runWasmGemmHelper } from '../../airi';

const HELPER_ROLE = 'airi-wasm-gemm-helper';

/** A WASM backend on `threads` threads (this one plus threads - 1 helper workers). */
export async function createThreadedBackend(threads: number): Promise<{ backend: WasmBackend; close: () => Promise<void> }> {
  const workers: Worker[] = [];
  const backend = await createWasmBackend({
    threads,
    startHelper: (init) => {
      const worker = new Worker(new URL(import.meta.url), { workerData: { role: HELPER_ROLE } });
      worker.postMessage(init);
      workers.push(worker);
    },
  });
  return {
    backend,
    close: async () => {
      backend.dispose();
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}

/** In a helper worker started above: serves gemm jobs and returns true (the entry must then do nothing else). */
export function serveIfHelper(): boolean {
  if (isMainThread || (workerData as { role?: string } | null)?.role !== HELPER_ROLE) return false;
  parentPort?.once('message', (init: WasmGemmHelperInit) => void runWasmGemmHelper(init));
  return true;
}
