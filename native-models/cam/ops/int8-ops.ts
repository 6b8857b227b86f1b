// The 8-bit operators of a quantized graph (QuantizeLinear, DequantizeLinear, QLinearConv, QLinearAdd,
// QLinearMul, QLinearGlobalAveragePool, QLinearMatMul): computed in float with the graph's scales and
// zero points, their outputs rounded to the output's grid, and passed straight through by the gradient.
import type { GraphIndex, Node } from '../graph-index';
import { fakeQuantize, realValues, straightThrough } from '../fake-quant';
import { type Quantization, paramsOf } from '../quantization';
import { GlobalAvgPool2d } from '../../../airi/index';
import { binary, convOp, layerOp, matmul, reshapeOp } from './float-ops';
import { type MakeTailOp, type TailOp, need, num } from './tail-op';

const q = (index: GraphIndex, node: Node, scaleAt: number, zeroAt: number): Quantization => {
  const params = paramsOf(index, node, scaleAt, zeroAt);
  if (!params) throw new Error(`${node.opType} ${node.name}: its scale is not a single constant`);
  return params;
};

/** A quantized output: the float result clamped and rounded to the output's grid, with its gradient mask. */
function quantizedOutput(op: TailOp, quant: () => Quantization): TailOp {
  let pass: Uint8Array | null = null;
  return {
    forward(inputs) {
      const [y] = op.forward(inputs);
      const fq = fakeQuantize(y, quant());
      pass = fq.pass;
      return [fq.value];
    },
    backward([d]) {
      if (!d || !pass) return op.backward([null]);
      return op.backward([straightThrough(d, pass)]);
    },
  };
}

/** ORT's QLinearAdd / QLinearMul: inputs (A, A_scale, A_zero, B, B_scale, B_zero, C_scale, C_zero). */
function qlinearBinary(kind: 'add' | 'mul', node: Node, index: GraphIndex): TailOp {
  const op = binary(kind, (v) => realValues(v, q(index, node, 1, 2)), (v) => realValues(v, q(index, node, 4, 5)));
  return quantizedOutput(
    {
      forward: (inputs) => op.forward([inputs[0], inputs[3]]),
      backward: (d) => {
        const [da, db] = op.backward(d);
        return [da, null, null, db, null, null, null, null];
      },
    },
    () => q(index, node, 6, 7),
  );
}

const perAxisOf = (index: GraphIndex, node: Node, scaleAt: number, zeroAt: number, axis: number) => ({
  scales: index.constant(node.input?.[scaleAt] ?? '')?.values ?? new Float32Array([1]),
  zeros: index.constant(node.input?.[zeroAt] ?? '')?.values ?? null,
  axis,
});

export const INT8_OPS: Record<string, MakeTailOp> = {
  QLinearConv: (node, index) =>
    quantizedOutput(
      convOp(node, (inputs) => {
        const w = need(inputs[3], 'w');
        const weights = perAxisOf(index, node, 4, 5, 0);
        const xScale = q(index, node, 1, 2).scale;
        const real = realValues(w, null, weights);
        const bias = inputs[8];
        // The int32 bias is stored in units of x_scale × w_scale (per output channel).
        const b = bias ? bias.data.map((v, m) => v * xScale * (weights.scales.length > 1 ? weights.scales[m] : weights.scales[0])) : null;
        return { w: { dims: w.dims, data: real }, b };
      }),
      () => q(index, node, 6, 7),
    ),
  QuantizeLinear: (node, index) =>
    quantizedOutput(reshapeOp((x) => x.dims), () => q(index, node, 1, 2)),
  DequantizeLinear: (node, index) => ({
    forward(inputs) {
      const x = need(inputs[0], 'x');
      if (!x.raw) return [{ dims: x.dims, data: x.data }];
      const weights = perAxisOf(index, node, 1, 2, num(node, 'axis', 1));
      return [{ dims: x.dims, data: realValues(x, weights.scales.length === 1 ? q(index, node, 1, 2) : null, weights) }];
    },
    backward: ([d]) => [d, null, null],
  }),
  QLinearAdd: (node, index) => qlinearBinary('add', node, index),
  QLinearMul: (node, index) => qlinearBinary('mul', node, index),
  QLinearGlobalAveragePool: (node, index) => {
    if (num(node, 'channels_last', 0) !== 0) throw new Error(`QLinearGlobalAveragePool ${node.name}: channels-last is not supported`);
    return quantizedOutput(layerOp(() => new GlobalAvgPool2d(), (x) => [x[0], x[1], 1, 1]), () => q(index, node, 3, 4));
  },
  QLinearMatMul: (node, index) => {
    const op = matmul((v) => realValues(v, null, perAxisOf(index, node, 4, 5, 1)), false);
    // Inputs: a, a_scale, a_zero, b, b_scale, b_zero, y_scale, y_zero: the product sees (a, b).
    const inner = quantizedOutput(
      {
        forward: (inputs) => op.forward([inputs[0] && { ...inputs[0], data: realValues(inputs[0], q(index, node, 1, 2)) }, inputs[3]]),
        backward: (d) => {
          const [da] = op.backward(d);
          return [da, null, null, null, null, null, null, null];
        },
      },
      () => q(index, node, 6, 7),
    );
    return inner;
  },
};
