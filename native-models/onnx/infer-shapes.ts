// Works out every intermediate tensor's shape from the graph alone (no weights loaded, nothing run),
// so the inspector can give output shapes and multiply-accumulates for a 528 MB VGG16 in milliseconds.
// Symbolic dimensions (the batch) count as 1. Small integer tensors (Shape → Gather → Concat →
// Reshape chains that exporters write for a flatten) are followed by value. An operator not covered
// here leaves its outputs unknown, and the inspector says so rather than guessing.
import type { AttributeValue, OnnxGraph, OnnxNode } from './onnx-graph';
import { elementCount } from './onnx-graph';
import { broadcast, convOutput, matmulShape, normaliseAxis, poolOutput } from './shape-rules';

export interface InferredShapes {
  shapes: Map<string, number[]>;
  /** Known values of small integer tensors. */
  values: Map<string, number[]>;
}

const SAME_SHAPE = new Set([
  'Relu', 'Clip', 'Sigmoid', 'Tanh', 'LeakyRelu', 'HardSigmoid', 'HardSwish', 'Softmax', 'LogSoftmax', 'Dropout', 'Identity',
  'QuantizeLinear', 'DequantizeLinear', 'BatchNormalization', 'Erf', 'Exp', 'Cast', 'Neg', 'Sqrt', 'Elu', 'Selu', 'Gelu', 'PRelu',
  'InstanceNormalization', 'LRN', 'Abs', 'Log', 'Reciprocal', 'Softplus', 'Mish', 'LayerNormalization', 'QLinearSigmoid',
  'QLinearLeakyRelu', 'DynamicQuantizeLinear',
]);
const BROADCAST = new Set(['Add', 'Sub', 'Mul', 'Div', 'Pow', 'Max', 'Min', 'Sum', 'Mean', 'Equal', 'Greater', 'Less', 'And', 'Or']);
const QLINEAR_BINARY = new Set(['QLinearAdd', 'QLinearMul']);

function ints(value: AttributeValue | undefined): number[] | undefined {
  return Array.isArray(value) && value.every((v) => typeof v === 'number') ? (value as number[]) : undefined;
}
function int(value: AttributeValue | undefined, fallback: number): number {
  return typeof value === 'number' ? value : fallback;
}

export function inferShapes(graph: OnnxGraph): InferredShapes {
  const shapes = new Map<string, number[]>();
  const values = new Map<string, number[]>();
  for (const input of graph.inputs) {
    if (input.dims) shapes.set(input.name, input.dims.map((d) => (typeof d === 'number' && d > 0 ? d : 1)));
  }
  for (const [name, init] of graph.initializers) {
    shapes.set(name, init.dims);
    if (init.ints) values.set(name, init.ints);
  }
  for (const node of graph.nodes) {
    try {
      inferNode(node, shapes, values);
    } catch {
      // An inconsistent node (a fuzzed file, an operator used unusually) leaves its outputs unknown.
    }
  }
  return { shapes, values };
}

function inferNode(node: OnnxNode, shapes: Map<string, number[]>, values: Map<string, number[]>): void {
  const a = node.attributes;
  const shapeOf = (i: number) => (node.inputs[i] ? shapes.get(node.inputs[i]) : undefined);
  const valueOf = (i: number) => (node.inputs[i] ? values.get(node.inputs[i]) : undefined);
  const set = (shape: number[] | undefined, value?: number[]) => {
    if (!shape || shape.some((d) => !Number.isSafeInteger(d) || d < 0)) return;
    shapes.set(node.outputs[0], shape);
    if (value && value.length <= 64) values.set(node.outputs[0], value);
  };
  const x = shapeOf(0);
  const op = node.opType;

  if (op === 'Conv' || op === 'QLinearConv') {
    const w = shapeOf(op === 'Conv' ? 1 : 3);
    if (x && w) set(convOutput(x, w, a));
  } else if (op === 'MaxPool' || op === 'AveragePool' || op === 'QLinearAveragePool' || op === 'LpPool') {
    if (x) set(poolOutput(x, a));
  } else if (op === 'GlobalAveragePool' || op === 'GlobalMaxPool' || op === 'QLinearGlobalAveragePool') {
    if (x) set(int(a.channels_last, 0) ? [x[0], 1, 1, x[3]] : [x[0], x[1], ...x.slice(2).map(() => 1)]);
  } else if (op === 'Gemm') {
    const b = shapeOf(1);
    if (x && b) set([int(a.transA, 0) ? x[1] : x[0], int(a.transB, 0) ? b[0] : b[1]]);
  } else if (op === 'MatMul' || op === 'QLinearMatMul' || op === 'MatMulInteger') {
    const b = shapeOf(op === 'QLinearMatMul' ? 3 : 1);
    if (x && b) set(matmulShape(x, b));
  } else if (SAME_SHAPE.has(op)) {
    if (x) set([...x]);
  } else if (BROADCAST.has(op) || op === 'Where') {
    const all = node.inputs.map((_, i) => shapeOf(i));
    if (all.every(Boolean)) set(all.reduce((s, t) => broadcast(s!, t!)));
  } else if (QLINEAR_BINARY.has(op)) {
    const b = shapeOf(3);
    if (x && b) set(broadcast(x, b));
  } else if (op === 'Flatten') {
    if (x) {
      const axis = normaliseAxis(int(a.axis, 1), x.length + 1);
      set([elementCount(x.slice(0, axis)), elementCount(x.slice(axis))]);
    }
  } else if (op === 'Reshape') {
    const target = valueOf(1);
    if (x && target) {
      const out = target.map((d, i) => (d === 0 ? x[i] : d));
      const known = elementCount(out.filter((d) => d !== -1));
      set(out.map((d) => (d === -1 ? elementCount(x) / known : d)));
    }
  } else if (op === 'Shape') {
    if (x) set([x.length], [...x]);
  } else if (op === 'Constant') {
    const t = a.value;
    if (t && typeof t === 'object' && !Array.isArray(t)) set(t.dims, t.ints ?? undefined);
  } else if (op === 'Gather') {
    const indices = shapeOf(1);
    if (x && indices) {
      const axis = normaliseAxis(int(a.axis, 0), x.length);
      const data = valueOf(0);
      const at = valueOf(1);
      set([...x.slice(0, axis), ...indices, ...x.slice(axis + 1)], data && at && x.length === 1 ? at.map((i) => data[i < 0 ? i + data.length : i]) : undefined);
    }
  } else if (op === 'Unsqueeze' || op === 'Squeeze') {
    const axes = ints(a.axes) ?? valueOf(1);
    if (x && op === 'Unsqueeze' && axes) {
      const rank = x.length + axes.length;
      const out = [...x];
      for (const axis of axes.map((v) => normaliseAxis(v, rank)).sort((p, q) => p - q)) out.splice(axis, 0, 1);
      set(out, valueOf(0));
    } else if (x && op === 'Squeeze') {
      const drop = axes ? axes.map((v) => normaliseAxis(v, x.length)) : x.flatMap((d, i) => (d === 1 ? [i] : []));
      set(x.filter((_, i) => !drop.includes(i)), valueOf(0));
    }
  } else if (op === 'Concat') {
    const all = node.inputs.map((_, i) => shapeOf(i));
    if (all.length > 0 && all.every(Boolean)) {
      const axis = normaliseAxis(int(a.axis, 0), all[0]!.length);
      const out = [...all[0]!];
      out[axis] = all.reduce((n, s) => n + s![axis], 0);
      const parts = node.inputs.map((_, i) => valueOf(i));
      set(out, parts.every(Boolean) ? parts.flatMap((p) => p!) : undefined);
    }
  } else if (op === 'Transpose') {
    if (x) set((ints(a.perm) ?? x.map((_, i) => x.length - 1 - i)).map((p) => x[p]));
  } else if (op.startsWith('Reduce')) {
    const axes = ints(a.axes) ?? valueOf(1);
    if (x) {
      const reduced = (axes ?? x.map((_, i) => i)).map((v) => normaliseAxis(v, x.length));
      set(int(a.keepdims, 1) ? x.map((d, i) => (reduced.includes(i) ? 1 : d)) : x.filter((_, i) => !reduced.includes(i)));
    }
  }
}
