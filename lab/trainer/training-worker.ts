// The training worker (worker_threads entry): runs one lesson's training on its own thread so the
// server's and the window's event loops stay free, and reports through the worker protocol.
// The same bundle is also the WASM gemm helper thread that a CIFAR-10 lesson's worker starts
// (workerData.role), so the threaded backend needs no second entry point.
import { englishLabError, type LabErrorInfo } from '../../contract/lab-errors';
import { mkdirSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Worker, parentPort, workerData } from 'node:worker_threads';
import { runWasmGemmHelper, type WasmGemmHelperInit } from '../../airi';
import { STOP_REQUESTED, type HostToWorker, type WorkerToHost } from '../../contract/worker-protocol';
import { writeFileAtomic } from '../run-store/atomic-file';
import { readRunCheckpoint } from './checkpoint-file';
import { defaultEngineThreads, selectBackend, type EngineChoice } from '../platform/engine-backend';
import { TrainingFailure, type RunnableLesson, type TrainingContext } from '../lessons/lesson-trainer';
import { runnableLesson } from '../lessons/registry';
import { CHECKPOINT_FILE } from '../lessons/checkpoint/run-checkpoint';

const HELPER_ROLE = 'airi-wasm-gemm-helper';

const port = parentPort;
if (!port) throw new Error('training-worker must run in a worker thread');
const post = (message: WorkerToHost) => port.postMessage(message);

async function chooseEngine(lesson: RunnableLesson, helpers: Worker[]): Promise<EngineChoice | null> {
  if (lesson.engine !== 'wasm-simd') return null;
  const choice = await selectBackend(defaultEngineThreads(cpus().length), (init: WasmGemmHelperInit) => {
    const helper = new Worker(new URL(import.meta.url), { workerData: { role: HELPER_ROLE } });
    helper.postMessage(init);
    helpers.push(helper);
  });
  if (choice.reason) console.warn(`airi: using the reference backend: ${choice.reason}`);
  return choice;
}

async function run(message: HostToWorker): Promise<void> {
  const stopFlag = new Int32Array(message.stopFlag);
  const runDir = message.runDir;
  const context: TrainingContext = {
    shouldStop: () => Atomics.load(stopFlag, 0) === STOP_REQUESTED,
    progress: (progress) => post({ type: 'progress', ...progress }),
    snapshot: (snapshot) => post({ type: 'snapshot', snapshot }),
    now: () => performance.now(),
    datasetDir: message.datasetDir,
    saveFile: runDir
      ? (name, bytes) => {
        mkdirSync(runDir, { recursive: true });
        const path = join(runDir, name);
        // Whole or not at all: a run killed mid-save never leaves a 0-byte model.safetensors.
        writeFileAtomic(path, bytes);
        return path;
      }
      : undefined,
    saveCheckpoint: runDir
      ? (bytes) => {
        mkdirSync(runDir, { recursive: true });
        // Replaced whole: a run stopped or killed while writing keeps the previous epoch's checkpoint.
        writeFileAtomic(join(runDir, CHECKPOINT_FILE), bytes);
      }
      : undefined,
  };
  const helpers: Worker[] = [];
  let engine: EngineChoice | null = null;
  try {
    const lesson = runnableLesson(message.lessonId);
    if (!lesson) throw new TrainingFailure({ code: 'lesson-not-trainable', params: { lessonId: message.lessonId } }, null);
    if (message.continueRun) context.resume = readRunCheckpoint(message.runId, runDir);
    engine = await chooseEngine(lesson, helpers);
    const result = lesson.run(message.hyperparameters, context);
    if (engine) {
      result.artifacts.engine = { backend: engine.backend, threads: engine.threads, ...(engine.reason ? { reason: engine.reason } : {}) };
    }
    post({ type: 'done', ...result });
  } catch (error) {
    const step = error instanceof TrainingFailure ? error.step : null;
    const text = error instanceof Error ? error.message : String(error);
    // An error no lesson foresaw still reaches the UI, worded as a crash with its English detail.
    const info: LabErrorInfo = error instanceof TrainingFailure ? withRunId(error.info, message.runId) : { code: 'worker-crashed', params: { detail: text } };
    post({ type: 'failed', error: englishLabError(info), errorInfo: info, step });
  } finally {
    engine?.release();
    await Promise.all(helpers.map((h) => h.terminate()));
  }
  // No listener is left, so the thread ends by itself once the messages above are flushed.
}

/** The lesson does not know the run's id: a continue-* error names it here. */
function withRunId(info: LabErrorInfo, runId: string): LabErrorInfo {
  const params = info.params as { runId?: string };
  return info.code.startsWith('continue-') && params.runId === '' ? ({ ...info, params: { ...params, runId } } as LabErrorInfo) : info;
}

if ((workerData as { role?: string } | null)?.role === HELPER_ROLE) {
  port.once('message', (init: WasmGemmHelperInit) => void runWasmGemmHelper(init));
} else {
  port.once('message', (message: HostToWorker) => void run(message));
}
