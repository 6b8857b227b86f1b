// Where a quantized activation's scale and zero point are: the inputs of the operator that wrote it
// (real = (q − zeroPoint) × scale). ONNX's QuantizeLinear and QLinearConv, ORT's com.microsoft QLinear*
// ops, each with its own input positions. Activations are quantized per tensor (one scale), as every
// quantizer does; a per-channel scale on an activation is refused rather than misread.
import type { GraphIndex, Node } from './graph-index';

export interface Quantization {
  scale: number;
  zeroPoint: number;
  /** The integer range: 0..255 for uint8, −128..127 for int8. */
  min: number;
  max: number;
}

/** Input positions of (scale, zero point) of each operator's output. */
const OUTPUT_PARAMS: Record<string, [number, number]> = {
  QuantizeLinear: [1, 2],
  QLinearConv: [6, 7],
  QLinearMatMul: [6, 7],
  QLinearAdd: [6, 7],
  QLinearMul: [6, 7],
  QLinearGlobalAveragePool: [3, 4],
  QLinearAveragePool: [3, 4],
  QLinearSigmoid: [3, 4],
  QLinearLeakyRelu: [3, 4],
  QLinearConcat: [0, 1],
};
/** Operators whose output shares its input's quantization. */
const SAME_AS_INPUT = new Set(['Reshape', 'Flatten', 'MaxPool', 'Transpose', 'Squeeze', 'Unsqueeze', 'Identity']);

/** The scale, zero point and range of the 8-bit `tensor`, or null when it is not a quantized activation. */
export function quantizationOf(index: GraphIndex, tensor: string): Quantization | null {
  for (let hops = 0, name = tensor; hops < 8; hops++) {
    const node = index.producer(name);
    if (!node) return null;
    const params = OUTPUT_PARAMS[node.opType ?? ''];
    if (params) return paramsOf(index, node, params[0], params[1]);
    if (!SAME_AS_INPUT.has(node.opType ?? '') || !node.input?.[0]) return null;
    name = node.input[0];
  }
  return null;
}

/** The (scale, zero point) pair at two input positions of a node. */
export function paramsOf(index: GraphIndex, node: Node, scaleAt: number, zeroAt: number): Quantization | null {
  const scale = index.constant(node.input?.[scaleAt] ?? '');
  if (!scale || scale.values.length !== 1) return null;
  const zeroName = node.input?.[zeroAt] ?? '';
  const zero = zeroName ? index.constant(zeroName) : null;
  // Without a zero point ONNX means uint8 with zero point 0.
  const signed = zeroName ? index.constantType(zeroName) === 3 : false;
  return { scale: scale.values[0], zeroPoint: zero?.values[0] ?? 0, min: signed ? -128 : 0, max: signed ? 127 : 255 };
}

export function dequantize(values: ArrayLike<number>, q: Quantization): Float32Array {
  const out = new Float32Array(values.length);
  for (let i = 0; i < values.length; i++) out[i] = (values[i] - q.zeroPoint) * q.scale;
  return out;
}
