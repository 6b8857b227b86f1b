// Lesson 8's trained classifier as ONE ONNX file: the backbone's own graph cut at its features (the
// input of its old classifier layer, found by native-models/surgery), then the new head appended as
// ONNX nodes: DequantizeLinear when the features are 8-bit (the int8 MobileNetV2), Sub/Div with the
// training split's mean and std, Gemm with the head's weights, Softmax. So the file computes exactly
// what the app's two-stage path does (features in ONNX Runtime, head in airi) and opens in ONNX
// Runtime or Netron with nothing else. Nodes that only fed the old classifier are pruned. Folded, the
// standardization is merged into the Gemm: the form Grad-CAM explains (a pool-then-linear head).
import { onnx } from 'onnx-proto';
import { findFeatureTensor } from '../surgery/feature-tensor';
import { OnnxGraphBuilder } from './onnx-graph-builder';
import { ExportError } from './export-airi-model';

/** A Linear head on standardized features (lab/transfer's stored head, without its bookkeeping). */
export interface StandardizedLinearHead {
  /** classes × dim, row-major (PyTorch's Linear layout). */
  weight: Float32Array;
  bias: Float32Array;
  mean: Float32Array;
  std: Float32Array;
  classes: number;
}

export const PROBABILITIES_OUTPUT = 'probabilities';
export const LOGITS_OUTPUT = 'logits';

/**
 * W·((f − mean) / std) + b as one linear layer W'·f + b' (W' = W / std, b' = b − W'·mean): the same
 * scores, and a plain pool-then-linear head, which Grad-CAM reads its gradient from directly.
 */
function folded(head: StandardizedLinearHead): { weight: Float32Array; bias: Float32Array } {
  const dim = head.mean.length;
  const weight = new Float32Array(head.weight.length);
  const bias = Float32Array.from(head.bias);
  for (let k = 0; k < head.classes; k++) {
    for (let d = 0; d < dim; d++) {
      weight[k * dim + d] = head.weight[k * dim + d] / head.std[d];
      bias[k] -= weight[k * dim + d] * head.mean[d];
    }
  }
  return { weight, bias };
}

/** The nodes needed to compute `outputs` (in their original order), and the tensors they read. */
function prune(graph: onnx.IGraphProto, outputs: string[]): { nodes: onnx.INodeProto[]; used: Set<string> } {
  const nodes = graph.node ?? [];
  const needed = new Set(outputs);
  const keep = new Array<boolean>(nodes.length).fill(false);
  // Nodes are topologically sorted in a valid ONNX graph: one backwards pass finds every producer.
  for (let i = nodes.length - 1; i >= 0; i--) {
    if (!(nodes[i].output ?? []).some((o) => needed.has(o))) continue;
    keep[i] = true;
    for (const input of nodes[i].input ?? []) if (input) needed.add(input);
  }
  return { nodes: nodes.filter((_, i) => keep[i]), used: needed };
}

function allNames(graph: onnx.IGraphProto): string[] {
  return [
    ...(graph.node ?? []).flatMap((n) => [...(n.input ?? []), ...(n.output ?? []), n.name ?? '']),
    ...(graph.initializer ?? []).map((t) => t.name ?? ''),
    ...(graph.input ?? []).map((i) => i.name ?? ''),
  ];
}

/**
 * `backbone`: the library model's file, byte for byte. Returns the new file's bytes, whose outputs are
 * `probabilities` and `logits` ([batch, classes]); `metadata` lands in metadata_props beside the
 * backbone's own entries (ours win on a clash).
 */
export function classifierWithHead(
  backbone: Uint8Array, head: StandardizedLinearHead, metadata: Record<string, string>, { foldStandardization = false } = {},
): Uint8Array {
  const model = onnx.ModelProto.decode(backbone);
  const graph = model.graph;
  const features = graph ? findFeatureTensor(graph) : null;
  if (!graph || !features) throw new ExportError('the backbone has no classifier layer whose features a new head could read');
  const dim = head.mean.length;
  if (head.weight.length !== head.classes * dim || head.bias.length !== head.classes || head.std.length !== dim) {
    throw new ExportError(`the head's shapes do not match: ${head.classes} classes, ${dim} features, ${head.weight.length} weights`);
  }

  const g = new OnnxGraphBuilder();
  g.reserve(allNames(graph));
  g.reserve([PROBABILITIES_OUTPUT, LOGITS_OUTPUT]);
  let x = features.name;
  if (features.quantization) {
    // The same (q - zeroPoint) * scale the app applies to the exposed 8-bit features, with the
    // backbone's own scale and zero point tensors (the old head's inputs 1 and 2).
    const oldHead = (graph.node ?? []).find((n) => n.input?.[0] === features.name && n.opType === 'QLinearMatMul');
    const scale = oldHead?.input?.[1];
    const zeroPoint = oldHead?.input?.[2];
    if (!scale || !zeroPoint) throw new ExportError('the quantized features have no scale and zero point');
    x = g.node('DequantizeLinear', [x, scale, zeroPoint], 'head.dequantize');
  }
  let { weight, bias } = head;
  if (foldStandardization) ({ weight, bias } = folded(head));
  else {
    x = g.node('Sub', [x, g.constant('features.mean', head.mean, [dim])], 'head.standardize.sub');
    x = g.node('Div', [x, g.constant('features.std', head.std, [dim])], 'head.standardize.div');
  }
  g.node('Gemm', [x, g.constant('head.weight', weight, [head.classes, dim]), g.constant('head.bias', bias, [head.classes])], 'head', { transB: 1 });
  const parts = g.parts();
  // The builder names its tensors uniquely; the Gemm's output takes its public name (reserved above).
  const gemm = parts.node[parts.node.length - 1];
  gemm.output = [LOGITS_OUTPUT];
  parts.node.push({ opType: 'Softmax', name: 'head/Softmax', input: [LOGITS_OUTPUT], output: [PROBABILITIES_OUTPUT], attribute: [{ name: 'axis', type: onnx.AttributeProto.AttributeType.INT, i: 1 }] });

  const outputs = [PROBABILITIES_OUTPUT, LOGITS_OUTPUT];
  const { nodes, used } = prune({ node: [...(graph.node ?? []), ...parts.node] }, outputs);
  const initializers = [...(graph.initializer ?? []).filter((t) => used.has(t.name ?? '')), ...parts.initializer];
  const batch = graph.input?.[0]?.type?.tensorType?.shape?.dim?.[0];
  const outputType = (): onnx.ITypeProto => ({
    tensorType: { elemType: onnx.TensorProto.DataType.FLOAT, shape: { dim: [batch?.dimParam ? { dimParam: batch.dimParam } : { dimParam: 'batch' }, { dimValue: head.classes }] } },
  });
  const kept = new Set(initializers.map((t) => t.name));
  model.graph = onnx.GraphProto.create({
    ...graph,
    node: nodes,
    initializer: initializers,
    // Inputs that were only initializers' declarations (old IR) go with their pruned initializers.
    input: (graph.input ?? []).filter((i, index) => index === 0 || kept.has(i.name) || used.has(i.name ?? '')),
    output: outputs.map((name) => ({ name, type: outputType() })),
    valueInfo: (graph.valueInfo ?? []).filter((v) => used.has(v.name ?? '')),
  });
  const props = new Map((model.metadataProps ?? []).map((p) => [p.key ?? '', p.value ?? '']));
  for (const [key, value] of Object.entries(metadata)) props.set(key, value);
  model.metadataProps = [...props].map(([key, value]) => onnx.StringStringEntryProto.create({ key, value }));
  model.producerName = 'Airi Lab (backbone + airi head)';
  return onnx.ModelProto.encode(model).finish();
}
