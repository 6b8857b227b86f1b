// The inference worker's side of the class activation maps (native-models/runtime/inference-worker.ts
// hands it the cam-layers and explain requests): the decoded model and its layers are kept per file,
// and one ONNX Runtime session per exposed set, so the graph is parsed once and a learner clicking
// through classes at one layer pays the surgery and the session once. Everything heavy (graph
// surgery, the session, airi's backward through the tail) runs here, off lab/'s event loop.
import type * as OnnxRuntime from 'onnxruntime-node';
import { readFileSync } from 'node:fs';
import type { ExecutionProvider } from '../../contract/models/models';
import type { CamLayersRequest, CamLayersResult, ExplainRunRequest, ExplainRunResult } from './cam-protocol';
import { useCamBackend } from './cam-backend';
import { OnnxCamModel, explainOnnx } from './explain-onnx';
import { type OrtCamRunner, ortCamRunner } from './ort-cam-runner';

type Ort = typeof OnnxRuntime;

interface Loaded {
  model: OnnxCamModel;
  runner: OrtCamRunner;
  order: string;
}

/** A few models at most: each holds its decoded graph and one session. */
const MAX_MODELS = 3;
const loaded = new Map<string, Loaded>();

async function load(runtime: Ort, path: string, scoresOutput: string, order: readonly ExecutionProvider[]): Promise<Loaded> {
  const key = `${path}\n${scoresOutput}`;
  const known = loaded.get(key);
  if (known && known.order === order.join(',')) return known;
  await known?.runner.release();
  const model = known?.model ?? OnnxCamModel.fromBytes(new Uint8Array(readFileSync(path)), scoresOutput);
  const entry = { model, runner: ortCamRunner(runtime, model, order), order: order.join(',') };
  loaded.delete(key);
  loaded.set(key, entry);
  while (loaded.size > MAX_MODELS) {
    const [oldest, value] = loaded.entries().next().value as [string, Loaded];
    loaded.delete(oldest);
    await value.runner.release();
  }
  return entry;
}

export async function camLayers(runtime: Ort, request: CamLayersRequest): Promise<CamLayersResult> {
  const { model } = await load(runtime, request.path, request.scoresOutput, ['cpu']);
  return { layers: model.layers, defaultLayer: model.defaultLayer };
}

export async function explain(runtime: Ort, request: ExplainRunRequest): Promise<ExplainRunResult> {
  await useCamBackend();
  const { model, runner } = await load(runtime, request.path, request.scoresOutput, request.order);
  const result = await explainOnnx(model, runner, { name: request.input, data: request.data, dims: request.dims }, {
    method: request.method,
    ...(request.layers ? { layers: request.layers } : {}),
    ...(request.classIndices ? { classIndices: request.classIndices } : {}),
  });
  return { ...result, provider: runner.provider ?? 'cpu' };
}

/** Frees the sessions of a model file (removed from the library, or its provider changed). */
export async function forgetCamModel(path: string): Promise<void> {
  for (const [key, value] of loaded) {
    if (!key.startsWith(`${path}\n`)) continue;
    loaded.delete(key);
    await value.runner.release();
  }
}
