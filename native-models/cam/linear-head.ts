// Grad-CAM's gradient without a backward pass, for the common head "global average pool, then a linear
// layer": score_k = sum_c W[k, c] · mean_pixels(A_c) + b_k, so d score_k / d A_c(pixel) = W[k, c] / (H·W)
// at every pixel. The weights are read from the graph itself: Gemm (either orientation), MatMul (plus
// Add), ORT's quantized QLinearMatMul (dequantized with the graph's scales), or a 1×1 Conv head.
import type { GraphIndex, Node } from './graph-index';
import { attribute } from './graph-index';
import { realValues } from './fake-quant';
import { paramsOf } from './quantization';
import { ALIAS_OPS, type Tail, gradientPath } from './tail-graph';

const POOLS = new Set(['GlobalAveragePool', 'QLinearGlobalAveragePool', 'ReduceMean']);
const VIEWS = new Set(['Flatten', 'Reshape', 'Squeeze', 'QuantizeLinear', ...ALIAS_OPS]);
const LINEARS = new Set(['Gemm', 'MatMul', 'QLinearMatMul', 'Conv']);
const AFTER = new Set(['Add', 'QLinearAdd', 'Flatten', 'Reshape', 'Squeeze', 'QuantizeLinear', ...ALIAS_OPS]);

export interface LinearHead {
  /** W as [classes, channels]. */
  weights: Float32Array;
  classes: number;
  channels: number;
}

/** The head's weights when the tail is pool → linear, else null (the tail is then run in airi). */
export function findLinearHead(index: GraphIndex, tail: Tail): LinearHead | null {
  const path = gradientPath(tail);
  let stage: 'before-pool' | 'before-linear' | 'after' = 'before-pool';
  let linear: Node | null = null;
  for (const node of path) {
    const op = node.opType ?? '';
    if (stage === 'before-pool') {
      if (POOLS.has(op)) stage = 'before-linear';
      else if (!ALIAS_OPS.has(op) && op !== 'QuantizeLinear') return null;
    } else if (stage === 'before-linear') {
      if (LINEARS.has(op)) {
        linear = node;
        stage = 'after';
      } else if (!VIEWS.has(op)) return null;
    } else if (!AFTER.has(op)) return null;
  }
  // Each node on the path must take the gradient through a single input (no second branch).
  if (!linear) return null;
  return headWeights(index, linear);
}

function headWeights(index: GraphIndex, node: Node): LinearHead | null {
  const input = (at: number) => node.input?.[at] ?? '';
  const op = node.opType;
  if (op === 'Gemm' || op === 'MatMul') {
    const b = index.constant(input(1));
    if (!b || b.dims.length !== 2 || (op === 'Gemm' && attribute(node, 'transA') === 1)) return null;
    const transB = op === 'Gemm' && attribute(node, 'transB') === 1;
    const alpha = op === 'Gemm' ? ((attribute(node, 'alpha') as number | undefined) ?? 1) : 1;
    return oriented(b.values, b.dims, transB, alpha);
  }
  if (op === 'QLinearMatMul') {
    const b = index.constant(input(3));
    if (!b || b.dims.length !== 2) return null;
    const scales = index.constant(input(4))?.values ?? new Float32Array([1]);
    const zeros = index.constant(input(5))?.values ?? null;
    const single = scales.length === 1 ? paramsOf(index, node, 4, 5) : null;
    const real = realValues({ dims: b.dims, data: b.values, raw: true }, single, { scales, zeros, axis: 1 });
    return oriented(real, b.dims, false, 1);
  }
  // A 1×1 convolution on the pooled [N, C, 1, 1]: W [classes, C, 1, 1].
  const w = index.constant(input(1));
  if (!w || w.dims.length !== 4 || w.dims[2] !== 1 || w.dims[3] !== 1 || ((attribute(node, 'group') as number | undefined) ?? 1) !== 1) return null;
  return { weights: w.values, classes: w.dims[0], channels: w.dims[1] };
}

/** [classes, channels] from B [channels, classes] (or [classes, channels] when transposed), times alpha. */
function oriented(values: Float32Array, dims: number[], transB: boolean, alpha: number): LinearHead {
  const [rows, cols] = dims;
  const [classes, channels] = transB ? [rows, cols] : [cols, rows];
  const weights = new Float32Array(classes * channels);
  for (let k = 0; k < classes; k++) {
    for (let c = 0; c < channels; c++) weights[k * channels + c] = alpha * (transB ? values[k * cols + c] : values[c * cols + k]);
  }
  return { weights, classes, channels };
}
