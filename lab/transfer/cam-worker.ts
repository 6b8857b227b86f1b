// Lesson 8's class activation maps on their own thread (bundled as dist/node/transfer-cam-worker.mjs):
// the run's classifier (backbone + folded head, one ONNX file) opened in ONNX Runtime with the grid's
// activations exposed, Grad-CAM where the class score's gradient can be had (the head's weights at the
// last stage, airi's backward through the rest of the graph before it), Eigen-CAM at a stage where it
// cannot. Seconds of airi math per photo, kept off the event loop that serves the UI.
import { readFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import * as ort from 'onnxruntime-node';
import {
  classActivationMaps, createWasmBackend, efficientNetB0, loadSafetensors, loadWeightsByName, Rng, setBackend, Tensor, traceLayers, traceOutput,
} from '../../airi';
import type { ExecutionProvider } from '../../contract/models/models';
import type { TransferCamStage } from '../../contract/transfer/transfer-api';
import { explainOnnx, OnnxCamModel } from '../../native-models/cam/explain-onnx';
import { ortCamRunner } from '../../native-models/cam/ort-cam-runner';
import { gridLayers } from './cam-grid-layers';

export interface CamJob {
  /**
   * 'onnx': the classifier file through ONNX Runtime and native-models/cam. 'airi': a fully fine-tuned
   * run's network rebuilt in airi from its weights (torchvision's names), explained by airi's own backward
   * at features.0 to features.8, the notebook's nine stages.
   */
  engine: 'onnx' | 'airi';
  /** The ONNX file ('onnx') or the run's model.safetensors ('airi'). */
  classifierPath: string;
  classes: number;
  inputName: string;
  /** The output with the class scores (logits). */
  scoresOutput: string;
  input: Float32Array;
  dims: number[];
  /** Default: the top two. */
  classIndices?: number[];
  providers: ExecutionProvider[];
}

export type CamMessage =
  | { kind: 'done'; scores: Float32Array; classIndices: number[]; stages: TransferCamStage[]; maps: number[][][]; ms: { inference: number; explain: number } }
  | { kind: 'failed'; message: string };

/** features.0 .. features.8 of airi's EfficientNet-B0, each explained by Grad-CAM from one backward per class. */
async function explainInAiri(job: CamJob): Promise<Extract<CamMessage, { kind: 'done' }>> {
  try {
    setBackend(await createWasmBackend());
  } catch {
    // The reference backend computes the same, slower.
  }
  const net = efficientNetB0({ numClasses: job.classes, rng: new Rng(0) });
  loadWeightsByName(net, loadSafetensors(new Uint8Array(readFileSync(job.classifierPath))).tensors);
  const chain = net.inlined('features');
  const started = performance.now();
  const trace = traceLayers(chain, new Tensor(job.input, job.dims));
  const inference = performance.now() - started;
  const scores = traceOutput(trace).data;
  const names = chain.names;
  const stageIndices = names.flatMap((name, i) => (name.startsWith('features_') ? [i] : []));
  const classIndices = job.classIndices ?? [...scores.keys()].sort((a, b) => scores[b] - scores[a]).slice(0, Math.min(2, scores.length));
  const maps = classIndices.map((k) => classActivationMaps(trace, { layers: stageIndices, classIndex: k, methods: ['grad-cam'] }).map((m) => Array.from(m.cam)));
  const stages: TransferCamStage[] = stageIndices.map((i) => {
    const [, channels, height, width] = trace.outputs[i].shape;
    return { layer: names[i].replace('_', '.'), block: names[i].replace('_', '.'), channels, height, width, method: 'grad-cam', gradient: 'airi' };
  });
  return { kind: 'done', scores: Float32Array.from(scores), classIndices, stages, maps, ms: { inference, explain: performance.now() - started - inference } };
}

async function explain(job: CamJob): Promise<Extract<CamMessage, { kind: 'done' }>> {
  if (job.engine === 'airi') return explainInAiri(job);
  const model = OnnxCamModel.fromBytes(new Uint8Array(readFileSync(job.classifierPath)), job.scoresOutput);
  const layers = gridLayers(model.layers);
  const runner = ortCamRunner(ort, model, job.providers);
  try {
    const input = { name: job.inputName, data: job.input, dims: job.dims };
    const graded = layers.filter((l) => l.gradient !== null).map((l) => l.name);
    const rest = layers.filter((l) => l.gradient === null).map((l) => l.name);
    const grad = await explainOnnx(model, runner, input, { method: 'grad-cam', layers: graded, classIndices: job.classIndices });
    const classIndices = job.classIndices ?? [...new Set(grad.maps.map((m) => m.classIndex))];
    const eigen = rest.length > 0 ? await explainOnnx(model, runner, input, { method: 'eigen-cam', layers: rest, classIndices }) : null;
    const all = [...grad.maps, ...(eigen?.maps ?? [])];
    const stages: TransferCamStage[] = layers.map((l) => ({
      layer: l.name, block: l.block, channels: l.channels, height: l.height, width: l.width,
      method: l.gradient === null ? 'eigen-cam' : 'grad-cam', gradient: l.gradient,
    }));
    const maps = classIndices.map((k) => layers.map((l) => Array.from(all.find((m) => m.layer === l.name && m.classIndex === k)!.cam)));
    return {
      kind: 'done', scores: grad.scores, classIndices, stages, maps,
      ms: { inference: grad.ms.inference + (eigen?.ms.inference ?? 0), explain: grad.ms.explain + (eigen?.ms.explain ?? 0) },
    };
  } finally {
    await runner.release();
  }
}

explain(workerData as CamJob).then(
  (result) => parentPort!.postMessage(result satisfies CamMessage),
  (error: unknown) => parentPort!.postMessage({ kind: 'failed', message: error instanceof Error ? error.message : String(error) } satisfies CamMessage),
);
