// What one operator stores and computes: its parameters (weights and biases found among the graph's
// initializers, leaving out quantization scales and zero points, BatchNorm's running statistics, and
// integer shape constants) and its multiply-accumulates for one image (convolutions and matrix products;
// other operators do no multiply-accumulates worth counting).
import type { LayerKind } from '../../contract/models/inspector';
import type { OnnxGraph, OnnxNode } from '../onnx/onnx-graph';
import { elementCount } from '../onnx/onnx-graph';

/** Inputs that are not learned weights, by operator (quantization parameters, running statistics). */
const NOT_PARAMS: Record<string, number[]> = {
  QLinearConv: [1, 2, 4, 5, 6, 7],
  QLinearMatMul: [1, 2, 4, 5, 6, 7],
  QLinearAdd: [1, 2, 4, 5, 6, 7],
  QLinearMul: [1, 2, 4, 5, 6, 7],
  QLinearGlobalAveragePool: [1, 2, 3, 4],
  QLinearAveragePool: [1, 2, 3, 4],
  QLinearSigmoid: [1, 2, 3, 4],
  QLinearLeakyRelu: [1, 2, 3, 4],
  QuantizeLinear: [1, 2],
  DequantizeLinear: [1, 2],
  BatchNormalization: [3, 4],
  Reshape: [1],
};
/** Integer types that hold shapes, indices and axes rather than weights. */
const INDEX_TYPES = new Set([7, 9, 8, 13]);

export function kindOf(opType: string): LayerKind {
  const op = opType.replace(/^QLinear/, '');
  if (/^Conv/.test(op)) return 'conv';
  if (op === 'Gemm' || op === 'MatMul' || op === 'MatMulInteger') return 'linear';
  if (/Pool$/.test(op)) return 'pool';
  if (/Normalization$|^LRN$/.test(op)) return 'norm';
  if (/^(Relu|Clip|Sigmoid|Tanh|LeakyRelu|HardSigmoid|HardSwish|Softmax|LogSoftmax|Elu|Selu|Gelu|PRelu|Mish|Softplus|Erf)$/.test(op)) return 'activation';
  if (/^(Add|Sub|Mul|Div|Pow|Max|Min|Sum|Mean|Where)$/.test(op)) return 'elementwise';
  if (/^(Flatten|Reshape|Transpose|Squeeze|Unsqueeze|Concat|Shape|Gather|Slice|Split|Identity|Dropout|Cast|Constant)$/.test(op)) return 'reshape';
  if (/^(Quantize|Dequantize|DynamicQuantize)Linear$/.test(opType)) return 'quantize';
  return 'other';
}

/** The initializers that are this node's learned weights. */
export function weightsOf(node: OnnxNode, graph: OnnxGraph): string[] {
  const skip = NOT_PARAMS[node.opType] ?? [];
  return node.inputs.filter((name, i) => {
    const init = graph.initializers.get(name);
    return init !== undefined && !skip.includes(i) && !INDEX_TYPES.has(init.dataType);
  });
}

/**
 * Parameters of this node, counted for every layer that uses them: exporters store equal tensors once
 * (torch 1.13 shares every all-zero bias of one size between layers), yet each layer has its own.
 */
export function paramsOf(node: OnnxNode, graph: OnnxGraph): number {
  return weightsOf(node, graph).reduce((n, name) => n + elementCount(graph.initializers.get(name)!.dims), 0);
}

/** Multiply-accumulates for one image, null when a shape it needs is unknown. */
export function macsOf(node: OnnxNode, shapes: Map<string, number[]>): number | null {
  const out = shapes.get(node.outputs[0]);
  const kind = kindOf(node.opType);
  if (kind !== 'conv' && kind !== 'linear') return out ? 0 : null;
  if (!out) return null;
  const batch = out[0] > 0 ? out[0] : 1;
  if (kind === 'conv') {
    const w = shapes.get(node.inputs[node.opType === 'QLinearConv' ? 3 : 1]);
    return w ? (elementCount(out) / batch) * elementCount(w.slice(1)) : null;
  }
  const a = shapes.get(node.inputs[0]);
  if (!a) return null;
  // Gemm with transA takes K from the first dimension; MatMul always from the last.
  const k = node.opType === 'Gemm' && node.attributes.transA === 1 ? a[0] : a[a.length - 1];
  return (elementCount(out) / batch) * k;
}
