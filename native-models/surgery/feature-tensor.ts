// Where a classifier's features are: the input of its last fully connected layer (Gemm, MatMul or
// the quantized QLinearMatMul), found by walking back from the scores output through what follows it
// (bias adds, dequantization, softmax) and what feeds it (flatten, reshape). Lesson 8's fast mode
// trains a new head on these features; Grad-CAM for a pooled-then-linear head reads the layer's
// weights from the same place. Quantized graphs (the shared int8 MobileNetV2) give uint8 features with
// a scale and zero point, read here from the graph's initializers.
import { onnx } from 'onnx-proto';

export interface FeatureTensor {
  /** The tensor to expose as an output. */
  name: string;
  /** ONNX's TensorProto element type of that tensor (1 float, 2 uint8, 3 int8). */
  elemType: number;
  /** Set for a quantized tensor: real = (q - zeroPoint) * scale. */
  quantization: { scale: number; zeroPoint: number } | null;
}

const AFTER_HEAD = new Set(['DequantizeLinear', 'QuantizeLinear', 'Add', 'QLinearAdd', 'Softmax', 'LogSoftmax', 'Identity']);
const HEADS = new Set(['Gemm', 'MatMul', 'QLinearMatMul', 'MatMulInteger', 'QGemm']);

function scalarOf(graph: onnx.IGraphProto, name: string | null | undefined): number | null {
  const tensor = graph.initializer?.find((t) => t.name === name);
  if (!tensor) return null;
  if (tensor.floatData?.length) return tensor.floatData[0];
  if (tensor.int32Data?.length) return tensor.int32Data[0];
  const raw = tensor.rawData;
  if (!raw || raw.length === 0) return null;
  const view = new DataView(raw.buffer, raw.byteOffset, raw.byteLength);
  if (tensor.dataType === onnx.TensorProto.DataType.FLOAT) return view.getFloat32(0, true);
  if (tensor.dataType === onnx.TensorProto.DataType.UINT8) return view.getUint8(0);
  if (tensor.dataType === onnx.TensorProto.DataType.INT8) return view.getInt8(0);
  return null;
}

/** The features feeding `graph`'s classifier head, or null when the graph ends in something else. */
export function findFeatureTensor(graph: onnx.IGraphProto): FeatureTensor | null {
  const nodes = graph.node ?? [];
  const producer = (tensor: string) => nodes.find((n) => n.output?.includes(tensor));
  let current = graph.output?.[0]?.name;
  let head: onnx.INodeProto | undefined;
  for (let hops = 0; current && hops < 8; hops++) {
    const node = producer(current);
    if (!node) return null;
    if (HEADS.has(node.opType ?? '')) {
      head = node;
      break;
    }
    if (!AFTER_HEAD.has(node.opType ?? '')) return null;
    // Through a bias add, follow the operand that is not a constant.
    current = node.input?.find((name) => !graph.initializer?.some((t) => t.name === name)) ?? undefined;
  }
  if (!head?.input?.[0]) return null;
  // The head's own input is the 2-D [N, features] one (after any flatten or reshape).
  const name = head.input[0];
  if (head.opType !== 'QLinearMatMul') return { name, elemType: onnx.TensorProto.DataType.FLOAT, quantization: null };
  // Quantized: the tensor's type is its zero point's (uint8 or int8).
  const zeroPoint = graph.initializer?.find((t) => t.name === head.input?.[2]);
  return {
    name,
    elemType: zeroPoint?.dataType ?? onnx.TensorProto.DataType.UINT8,
    quantization: { scale: scalarOf(graph, head.input[1]) ?? 1, zeroPoint: scalarOf(graph, head.input[2]) ?? 0 },
  };
}
