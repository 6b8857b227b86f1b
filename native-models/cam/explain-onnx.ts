// Class activation maps for any ONNX classifier (issue 10, "Grad-CAM on ONNX models"): the public
// entry point of native-models/cam, run in the inference worker (lab/ reaches it with models:explain)
// and callable directly by a lesson that already holds an ONNX Runtime.
//
//   const model = OnnxCamModel.fromBytes(bytes, 'logits');
//   const runner = ortCamRunner(ort, model, ['cpu']);
//   const result = await explainOnnx(model, runner, { name: 'input', data, dims: [1, 3, 224, 224] },
//     { method: 'grad-cam', layers: model.blockEnds(), classIndices: [281, 285] });
//
// One ONNX Runtime run with the layers (and what the tail needs) exposed as extra outputs gives the
// scores and the activations; the gradient comes from the head's weights or from airi's backward
// through the tail (one forward, one backward per class); Eigen-CAM needs neither.
import { onnx } from 'onnx-proto';
import { eigenCam } from '../../airi/explain/eigen-cam';
import { gradCamWeights } from '../../airi/explain/grad-cam-weights';
import { weightedChannelSum } from '../../airi/explain/heatmap';
import type { CamGradient, CamLayer, ExplainMethod } from '../../contract/models/explain';
import type { ExplainErrorParams } from '../../contract/models/explain-errors';
import { canonicalLayer, listCamLayers } from './cam-layers';
import { GraphIndex } from './graph-index';
import { type LinearHead, findLinearHead } from './linear-head';
import { dequantize, quantizationOf } from './quantization';
import { type Tail, findTail } from './tail-graph';
import { TailRun } from './tail-executor';
import type { Value } from './tail-value';

export interface CamInput {
  name: string;
  data: Float32Array;
  dims: number[];
}

export type RawOutput = { data: Float32Array | Uint8Array | Int8Array; dims: number[] };

/** Runs the model with extra outputs exposed (ortCamRunner: an ONNX Runtime session per exposed set). */
export interface CamRunner {
  run(exposed: string[], input: CamInput): Promise<{ outputs: Map<string, RawOutput>; ms: number }>;
}

export interface ExplainOnnxOptions {
  method: ExplainMethod;
  /** Tensor names (CamLayer.name, or a dequantized twin); default: the model's default layer. */
  layers?: string[];
  /** Default: the top two classes. */
  classIndices?: number[];
}

export interface OnnxCamMap {
  layer: string;
  method: ExplainMethod;
  classIndex: number;
  score: number;
  gradient: CamGradient;
  channels: number;
  height: number;
  width: number;
  /** ReLU(sum_c w_c A_c), [height × width], not scaled. */
  cam: Float32Array;
  weights: Float32Array;
}

export interface OnnxExplanation {
  scores: Float32Array;
  maps: OnnxCamMap[];
  ms: { inference: number; explain: number };
}

/** A bad request, with the code and parameters the UI words (contract/models/explain-errors.ts). */
export class CamError<C extends keyof ExplainErrorParams = keyof ExplainErrorParams> extends Error {
  override name = 'CamError';
  constructor(readonly code: C, readonly params: ExplainErrorParams[C]) {
    super(`${code}: ${JSON.stringify(params)}`);
  }
}

/** A decoded classifier, its explainable layers, and copies of it with chosen tensors exposed. */
export class OnnxCamModel {
  readonly layers: CamLayer[];
  private readonly byName: Map<string, CamLayer>;

  private constructor(
    readonly index: GraphIndex,
    readonly scoresOutput: string,
    bytes: Uint8Array,
  ) {
    this.layers = listCamLayers(bytes, index, scoresOutput);
    this.byName = new Map(this.layers.map((l) => [l.name, l]));
  }

  static fromBytes(bytes: Uint8Array, scoresOutput: string): OnnxCamModel {
    return new OnnxCamModel(GraphIndex.decode(bytes), scoresOutput, bytes);
  }

  /** The last layer Grad-CAM can use (the last convolutional activation), or the last one at all. */
  get defaultLayer(): string | null {
    return [...this.layers].reverse().find((l) => l.gradient !== null)?.name ?? this.layers.at(-1)?.name ?? null;
  }

  /** One activation per block (stage), in order: lesson 8's grid. */
  blockEnds(): string[] {
    return this.layers.filter((l) => l.blockEnd).map((l) => l.name);
  }

  /** The listed layer a name refers to (itself, or the 8-bit tensor behind a dequantized twin). */
  layer(name: string): CamLayer | null {
    return this.byName.get(name) ?? this.byName.get(canonicalLayer(this.index, name)) ?? null;
  }

  private readonly plans = new Map<string, { tail: ReturnType<typeof findTail>; head: LinearHead | null }>();

  /** The tail after a layer and, when it is pool-then-linear, the head's weights (worked out once per layer). */
  plan(layer: string): { tail: ReturnType<typeof findTail>; head: LinearHead | null } {
    let plan = this.plans.get(layer);
    if (!plan) {
      const tail = findTail(this.index, [layer], this.scoresOutput);
      plan = { tail, head: tail && !('unsupported' in tail) ? findLinearHead(this.index, tail) : null };
      this.plans.set(layer, plan);
    }
    return plan;
  }

  /** The model's bytes with `tensors` added to its outputs. */
  exposedBytes(tensors: string[]): Uint8Array {
    const graph = this.index.graph;
    graph.output ??= [];
    const before = graph.output.length;
    for (const name of tensors) {
      if (graph.output.some((o) => o.name === name)) continue;
      const q = quantizationOf(this.index, name);
      const elemType = q ? (q.min < 0 ? onnx.TensorProto.DataType.INT8 : onnx.TensorProto.DataType.UINT8) : onnx.TensorProto.DataType.FLOAT;
      graph.output.push(onnx.ValueInfoProto.create({ name, type: { tensorType: { elemType } } }));
    }
    try {
      return onnx.ModelProto.encode(this.index.model).finish();
    } finally {
      graph.output.length = before;
    }
  }

  /** A computed tensor as real numbers (8-bit ones dequantized with the graph's scale and zero point). */
  realValue(name: string, raw: RawOutput): Value {
    const q = quantizationOf(this.index, name);
    const data = raw.data instanceof Float32Array && !q ? raw.data : q ? dequantize(raw.data, q) : Float32Array.from(raw.data);
    return { dims: raw.dims, data };
  }
}

interface TailGroup {
  tail: Tail;
  /** The explained layers whose gradient this tail's backward gives. */
  layers: string[];
}

/** Grad-CAM or Eigen-CAM maps of one image at `options.layers` for `options.classIndices`. */
export async function explainOnnx(model: OnnxCamModel, runner: CamRunner, input: CamInput, options: ExplainOnnxOptions): Promise<OnnxExplanation> {
  const { method } = options;
  const requested = options.layers ?? (model.defaultLayer ? [model.defaultLayer] : []);
  const layers = requested.map((name) => {
    const layer = model.layer(name);
    if (!layer) throw new CamError('cam-layer-unknown', { layer: name, model: model.index.graph.name || 'ONNX' });
    return layer;
  });
  const order = new Map(model.layers.map((l, i) => [l.name, i]));
  layers.sort((a, b) => order.get(a.name)! - order.get(b.name)!);

  const heads = new Map<string, LinearHead>();
  const groups: TailGroup[] = [];
  if (method === 'grad-cam') {
    for (const layer of layers) {
      const { tail, head } = model.plan(layer.name);
      if (!tail || 'unsupported' in tail) {
        const why = tail && 'unsupported' in tail ? tail.unsupported : { op: '?', node: '?' };
        throw new CamError('cam-gradient-unsupported', { layer: layer.name, op: why.op, node: why.node });
      }
      if (head) {
        heads.set(layer.name, head);
        continue;
      }
      // A later layer computed inside an earlier layer's tail gets its gradient from that backward.
      const within = groups.find((g) => g.tail.nodes.some((n) => n.output?.includes(layer.name)));
      if (within) within.layers.push(layer.name);
      else groups.push({ tail, layers: [layer.name] });
    }
  }

  const exposed = [...new Set([model.scoresOutput, ...layers.map((l) => l.name), ...groups.flatMap((g) => g.tail.externals)])];
  const run = await runner.run(exposed, input);
  const started = performance.now();
  const rawScores = run.outputs.get(model.scoresOutput);
  if (!rawScores) throw new Error(`the session gave no ${model.scoresOutput}`);
  const scores = model.realValue(model.scoresOutput, rawScores).data;
  const classes = scores.length;
  const classIndices = options.classIndices ?? topTwo(scores);
  for (const k of classIndices) {
    if (!Number.isInteger(k) || k < 0 || k >= classes) throw new CamError('cam-class-out-of-range', { classIndex: k, classes });
  }
  const activations = new Map<string, Value>();
  for (const name of exposed) {
    const raw = run.outputs.get(name);
    if (!raw) throw new Error(`the session gave no ${name}`);
    activations.set(name, model.realValue(name, raw));
  }

  // d score_k / d A for every tail layer and class.
  const gradients = new Map<string, Float32Array>();
  for (const group of groups) {
    const given = new Map<string, Value>();
    for (const name of [group.tail.starts[0], ...group.tail.externals]) given.set(name, activations.get(name)!);
    const tailRun = new TailRun(model.index, group.tail, given);
    for (const k of classIndices) {
      for (const [layer, g] of tailRun.gradients(k, group.layers)) gradients.set(`${layer}#${k}`, g);
    }
  }

  const maps: OnnxCamMap[] = [];
  for (const layer of layers) {
    const a = activations.get(layer.name)!;
    const [, channels, height, width] = a.dims;
    const pixels = height * width;
    const eigen = method === 'eigen-cam' ? eigenCam(a.data, channels, pixels) : null;
    for (const k of classIndices) {
      let weights: Float32Array;
      let gradient: CamGradient = null;
      if (eigen) {
        weights = eigen.weights;
      } else if (heads.has(layer.name)) {
        const head = heads.get(layer.name)!;
        if (head.channels !== channels) throw new Error(`the head reads ${head.channels} features, the layer has ${channels} channels`);
        weights = head.weights.slice(k * channels, (k + 1) * channels).map((w) => w / pixels);
        gradient = 'linear-head';
      } else {
        weights = gradCamWeights(gradients.get(`${layer.name}#${k}`)!, channels, pixels);
        gradient = 'tail';
      }
      const cam = eigen ? eigen.cam : weightedChannelSum(a.data, weights, pixels);
      maps.push({ layer: layer.name, method, classIndex: k, score: scores[k], gradient, channels, height, width, cam, weights });
    }
  }
  return { scores, maps, ms: { inference: run.ms, explain: performance.now() - started } };
}

function topTwo(scores: Float32Array): number[] {
  const order = [...scores.keys()].sort((a, b) => scores[b] - scores[a]);
  return order.slice(0, Math.min(2, order.length));
}
