// Lesson 8's full fine-tuning on its own thread (bundled as dist/node/transfer-finetune-worker.mjs):
// minutes of airi math, kept off the event loop that serves the UI. Loads the imported torchvision
// EfficientNet-B0 weights by name (a new classifier.1 keeps its fresh values), decodes the split's
// photos once, trains (finetune.ts), then writes the run's files: model.safetensors (the whole network,
// torchvision's names) and classifier.onnx (the same network exported by native-models, which the app
// classifies, explains and exports with). Progress goes out per batch and per epoch.
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cpus } from 'node:os';
import { Worker, parentPort, workerData } from 'node:worker_threads';
import { efficientNetB0, loadSafetensors, loadWeightsByName, Rng, runWasmGemmHelper, saveSafetensors, stateDict, type WasmGemmHelperInit } from '../../airi';
import { exportAiriModel } from '../../native-models/export/export-airi-model';
import { defaultEngineThreads, selectBackend } from '../platform/engine-backend';
import type { FolderPhoto } from '../photo-folders/scan-photo-folder';
import { fineTune, type FineTuneOptions, withNewHead } from './finetune';
import { FINETUNED_ONNX, FINETUNED_WEIGHTS } from './finetune-files';
import { loadSquarePhotos, sideFor } from './finetune-photos';


export interface FineTuneJob {
  weightsPath: string;
  /** Classes of the imported file's classifier (1000 for ImageNet). */
  importedClasses: number;
  classes: string[];
  train: FolderPhoto[];
  validation: FolderPhoto[];
  test: FolderPhoto[];
  options: Omit<FineTuneOptions, 'shouldStop' | 'onBatch' | 'onEpoch' | 'classes'>;
  runDir: string;
  /** Stored in the ONNX file's metadata_props. */
  metadata: Record<string, string>;
  /**
   * One Int32 the main thread sets to 1 to stop: the training loop is synchronous, so a message would
   * only arrive after it ended; shared memory is read between batches.
   */
  stop: SharedArrayBuffer;
}

export type FineTuneMessage =
  | { kind: 'loaded'; photos: number; bad: { name: string; detail: string }[]; engine: string }
  | { kind: 'batch'; done: number; total: number; loss: number }
  | { kind: 'epoch'; epoch: number; loss: number; trainAccuracy: number; validationAccuracy: number }
  | { kind: 'done'; result: ReturnType<typeof fineTune>; bad: { name: string; error: unknown; detail: string }[] }
  | { kind: 'failed'; message: string };

const HELPER_ROLE = 'airi-wasm-gemm-helper';
const post = (m: FineTuneMessage) => parentPort!.postMessage(m);

function atomicWrite(path: string, bytes: Uint8Array): void {
  writeFileSync(`${path}.tmp`, bytes);
  renameSync(`${path}.tmp`, path);
}

async function run(job: FineTuneJob): Promise<void> {
  const stopFlag = new Int32Array(job.stop);
  // The same engine a CIFAR training gets: WASM SIMD split across the machine's threads (this bundle
  // is also the helper thread), else the reference backend with the reason.
  const choice = await selectBackend(defaultEngineThreads(cpus().length), (init: WasmGemmHelperInit) => {
    new Worker(new URL(import.meta.url), { workerData: { role: HELPER_ROLE } }).postMessage(init);
  });
  const engine = choice.backend === 'wasm-simd' ? `wasm-simd × ${choice.threads}` : `reference (${choice.reason ?? ''})`;
  const imported = efficientNetB0({ numClasses: job.importedClasses, rng: new Rng(job.options.seed) });
  loadWeightsByName(imported, loadSafetensors(new Uint8Array(readFileSync(job.weightsPath))).tensors);
  const split = withNewHead(imported, job.classes.length, job.options.trainFrom, new Rng(job.options.seed + 1));
  const side = sideFor(job.options.size);
  const [train, validation, test] = await Promise.all([job.train, job.validation, job.test].map((photos) => loadSquarePhotos(photos, side)));
  const bad = [...train.bad, ...validation.bad, ...test.bad];
  post({ kind: 'loaded', photos: train.photos.length + validation.photos.length + test.photos.length, bad, engine });
  const result = fineTune(split, { side, train: train.photos, validation: validation.photos, test: test.photos }, {
    ...job.options,
    classes: job.classes.length,
    shouldStop: () => Atomics.load(stopFlag, 0) === 1,
    onBatch: (done, total, loss) => post({ kind: 'batch', done, total, loss }),
    onEpoch: (epoch, m) => post({ kind: 'epoch', epoch, ...m }),
  });
  mkdirSync(job.runDir, { recursive: true });
  atomicWrite(join(job.runDir, FINETUNED_WEIGHTS), saveSafetensors(stateDict(split.net), { classes: JSON.stringify(job.classes) }));
  atomicWrite(join(job.runDir, FINETUNED_ONNX), exportAiriModel(split.net, { inputDims: [3, job.options.size, job.options.size], metadata: job.metadata, graphName: 'efficientnet_b0_finetuned' }));
  post({ kind: 'done', result, bad });
  choice.release();
}

if ((workerData as { role?: string } | null)?.role === HELPER_ROLE) {
  parentPort!.once('message', (init: WasmGemmHelperInit) => void runWasmGemmHelper(init));
} else {
  run(workerData as FineTuneJob).catch((error: unknown) => post({ kind: 'failed', message: error instanceof Error ? error.message : String(error) }));
}
