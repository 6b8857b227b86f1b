// The inference worker thread (bundled as dist/node/inference-worker.mjs): opens ONNX Runtime sessions
// with provider fallback, runs them, and answers provider probes. One session per key; lab/ decides
// the keys (a model and its provider choice) and closes what it no longer needs.
import { parentPort } from 'node:worker_threads';
import type * as OnnxRuntime from 'onnxruntime-node';
import type { InferenceSession } from 'onnxruntime-node';

type Ort = typeof OnnxRuntime;
import type { InferenceRequest, InferenceResponse, OpenResult, ProbeResult, RunResult } from './inference-protocol';
import type { CamResult } from '../cam/cam-protocol';
import { probeModelBytes } from './probe-model';
import { openSession } from './session-with-fallback';
import { camLayers, explain } from '../cam/cam-worker';


const sessions = new Map<string, InferenceSession>();
let ortModule: Promise<Ort> | null = null;
const ort = () =>
  (ortModule ??= import('onnxruntime-node').then((runtime) => {
    // A provider that cannot load is expected here and reported per model; ORT's own log would print it again.
    runtime.env.logLevel = 'fatal';
    return runtime;
  }));

async function handle(request: InferenceRequest): Promise<OpenResult | RunResult | ProbeResult | CamResult | null> {
  const runtime = await ort();
  if (request.kind === 'cam-layers') return camLayers(runtime, request);
  if (request.kind === 'explain') return explain(runtime, request);
  if (request.kind === 'probe') {
    const attempts = [];
    // Each provider on its own, so one failing does not hide whether the next works.
    for (const provider of request.order) {
      const opened = await openSession(runtime, probeModelBytes(), [provider]);
      attempts.push(...opened.attempts);
      if ('session' in opened) await opened.session.release();
    }
    return { version: runtime.env.versions.node ?? null, attempts };
  }
  if (request.kind === 'open') {
    await sessions.get(request.key)?.release();
    sessions.delete(request.key);
    const opened = await openSession(runtime, request.path, request.order);
    if (!('session' in opened)) throw Object.assign(new Error('no execution provider could open the model'), { attempts: opened.attempts });
    sessions.set(request.key, opened.session);
    const { session, provider, attempts } = opened;
    return { provider, attempts, inputNames: [...session.inputNames], outputNames: [...session.outputNames] };
  }
  if (request.kind === 'close') {
    await sessions.get(request.key)?.release();
    sessions.delete(request.key);
    return null;
  }
  const session = sessions.get(request.key);
  if (!session) throw new Error(`no open session ${request.key}`);
  const feeds = { [request.input]: new runtime.Tensor('float32', request.data, request.dims) };
  const started = performance.now();
  const outputs = await session.run(feeds, [request.output]);
  const ms = performance.now() - started;
  const out = outputs[request.output];
  const dims = out.dims.map(Number);
  if (out.type === 'float32') return { data: out.data as Float32Array, dims, ms };
  // A quantized model's inner tensors (lesson 8's exposed features) are 8-bit; lab/ dequantizes them.
  if (out.type === 'uint8' || out.type === 'int8') return { data: Float32Array.from(out.data as Uint8Array | Int8Array), dims, ms };
  throw new Error(`the output ${request.output} is ${out.type}, not float32`);
}

parentPort!.on('message', (request: InferenceRequest) => {
  handle(request).then(
    (result) => {
      const transfer = result && 'data' in result && result.data instanceof Float32Array ? [result.data.buffer as ArrayBuffer] : [];
      parentPort!.postMessage({ id: request.id, ok: true, result } satisfies InferenceResponse, transfer);
    },
    (error: Error & { attempts?: OpenResult['attempts'] }) => {
      parentPort!.postMessage({ id: request.id, ok: false, message: error.message, attempts: error.attempts } satisfies InferenceResponse);
    },
  );
});
