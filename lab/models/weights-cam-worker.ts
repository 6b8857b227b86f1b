// The Grad-CAM worker (worker_threads entry, bundled as dist/node/weights-cam-worker.mjs): lesson 7's
// Grad-CAM on imported torchvision weights runs here, off the lab's event loop (a VGG16 backward at
// 224×224 takes seconds). The last imported net stays loaded, so a second photo or another layer
// costs only the passes. airi runs on its WASM SIMD backend with one helper thread when it loads.
// The same bundle is that helper (workerData.role).
import { Worker, parentPort, workerData } from 'node:worker_threads';
import { createWasmBackend, referenceBackend, runWasmGemmHelper, setBackend, type WasmGemmHelperInit } from '../../airi';
import type { CamLayer } from '../../contract/weights/weights-explain';
import { type CamNet, camNet } from '../weights/cam-layers';
import { type GradCamOutput, gradCamOnCrop } from '../weights/grad-cam';
import { WeightsLibrary } from '../weights/weights-library';

const HELPER_ROLE = 'airi-wasm-gemm-helper';

export interface CamJob {
  requestId: number;
  dataDirectory: string;
  id: string;
  rgb: Uint8Array;
  side: number;
  layer?: number;
  classIndex?: number;
}

export type CamReply =
  | { requestId: number; ok: true; output: GradCamOutput; layers: CamLayer[]; backend: string }
  | { requestId: number; ok: false; error: string };

const port = parentPort;
if (!port) throw new Error('weights-cam-worker must run in a worker thread');

let loaded: { id: string; cam: CamNet } | null = null;
let backend: Promise<string> | null = null;

function engine(): Promise<string> {
  backend ??= createWasmBackend({
    threads: 2,
    startHelper: (init: WasmGemmHelperInit) => new Worker(new URL(import.meta.url), { workerData: { role: HELPER_ROLE } }).postMessage(init),
  }).then(
    (wasm) => {
      setBackend(wasm);
      return `wasm-simd × ${wasm.threads}`;
    },
    (error: unknown) => {
      setBackend(referenceBackend);
      return `reference (${(error as Error).message})`;
    },
  );
  return backend;
}

async function run(job: CamJob): Promise<CamReply> {
  try {
    const name = await engine();
    if (loaded?.id !== job.id) {
      loaded = null; // let the previous net go before the next one is read
      const { weights, net } = await new WeightsLibrary(job.dataDirectory).loadNet(job.id);
      loaded = { id: job.id, cam: camNet(weights.architecture, net) };
    }
    const output = gradCamOnCrop(loaded.cam, job.rgb, job.side, { layer: job.layer, classIndex: job.classIndex });
    return { requestId: job.requestId, ok: true, output, layers: loaded.cam.layers, backend: name };
  } catch (error) {
    return { requestId: job.requestId, ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

if ((workerData as { role?: string } | null)?.role === HELPER_ROLE) {
  port.once('message', (init: WasmGemmHelperInit) => void runWasmGemmHelper(init));
} else {
  // One job at a time, in order: each waits for the one before.
  let queue = Promise.resolve();
  port.on('message', (job: CamJob) => {
    queue = queue.then(async () => port.postMessage(await run(job)));
  });
}
