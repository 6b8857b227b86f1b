// The VGG profile worker (worker_threads entry, bundled as dist/node/vgg-profile-worker.mjs): times
// VGG16 on the same engine a training run uses (WASM SIMD on defaultEngineThreads threads), posts the
// profile and ends. The same bundle is the WASM gemm helper thread it starts (workerData.role).
import { cpus } from 'node:os';
import { performance } from 'node:perf_hooks';
import { Worker, parentPort, workerData } from 'node:worker_threads';
import { runWasmGemmHelper, type WasmGemmHelperInit } from '../../airi';
import type { VggProfile } from '../../contract/lessons/vgg16-profile';
import { defaultEngineThreads, selectBackend } from '../platform/engine-backend';
import { computeVggProfile } from '../lessons/vgg16/vgg-profile';

const HELPER_ROLE = 'airi-wasm-gemm-helper';
export type VggProfileResult = { ok: true; profile: VggProfile } | { ok: false; error: string };

const port = parentPort;
if (!port) throw new Error('vgg-profile-worker must run in a worker thread');

async function profile(): Promise<VggProfileResult> {
  const helpers: Worker[] = [];
  const engine = await selectBackend(defaultEngineThreads(cpus().length), (init: WasmGemmHelperInit) => {
    const helper = new Worker(new URL(import.meta.url), { workerData: { role: HELPER_ROLE } });
    helper.postMessage(init);
    helpers.push(helper);
  });
  try {
    const computed = computeVggProfile(() => performance.now());
    return { ok: true, profile: { ...computed, threads: engine.threads, backend: engine.backend } };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  } finally {
    engine.release();
    for (const helper of helpers) void helper.terminate();
  }
}

if ((workerData as { role?: string } | null)?.role === HELPER_ROLE) {
  port.once('message', (init: WasmGemmHelperInit) => void runWasmGemmHelper(init));
} else {
  void profile().then((result) => port.postMessage(result));
}
