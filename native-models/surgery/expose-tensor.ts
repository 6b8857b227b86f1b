// Graph surgery with ONNX's own schema (onnx-proto, protobufjs): a copy of a model in which an inner
// tensor (a layer's activation, a classifier's features) is also a graph output, so ONNX Runtime
// returns it beside the scores. Nothing else of the model changes.
import { onnx } from 'onnx-proto';
import { findFeatureTensor, type FeatureTensor } from './feature-tensor';

export function decodeModel(bytes: Uint8Array): onnx.ModelProto {
  return onnx.ModelProto.decode(bytes);
}

/** The model's bytes with `tensor` added to its outputs (shape left to ONNX Runtime). */
export function exposeTensor(model: onnx.ModelProto, tensor: string, elemType: number): Uint8Array {
  const graph = model.graph;
  if (!graph) throw new Error('the model has no graph');
  const produced = (graph.node ?? []).some((n) => n.output?.includes(tensor)) || (graph.input ?? []).some((i) => i.name === tensor);
  if (!produced) throw new Error(`the graph has no tensor named ${tensor}`);
  graph.output ??= [];
  if (!graph.output.some((o) => o.name === tensor)) {
    graph.output.push(onnx.ValueInfoProto.create({ name: tensor, type: { tensorType: { elemType } } }));
  }
  return onnx.ModelProto.encode(model).finish();
}

/** A classifier's bytes with its features exposed, and how to read them; null when none is found. */
export function exposeFeatures(bytes: Uint8Array): { bytes: Uint8Array; features: FeatureTensor } | null {
  const model = decodeModel(bytes);
  const features = model.graph ? findFeatureTensor(model.graph) : null;
  if (!features) return null;
  return { bytes: exposeTensor(model, features.name, features.elemType), features };
}
