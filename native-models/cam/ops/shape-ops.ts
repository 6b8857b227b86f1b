// The integer shape arithmetic exporters write around a flatten (Shape, Gather, Unsqueeze, Concat,
// Cast): run forward so a Reshape gets its target, with no gradient through them.
import type { Value } from '../tail-value';
import { type MakeTailOp, type TailOp, ints, need, num } from './tail-op';

/** An integer computation on shapes (no gradient). */
function shapeOp(f: (inputs: (Value | null)[]) => Value): TailOp {
  return {
    forward: (inputs) => [f(inputs)],
    backward: (d) => d.map(() => null),
  };
}

export const SHAPE_OP_MAKERS: Record<string, MakeTailOp> = {
  Shape: () => shapeOp((inputs) => {
    const x = need(inputs[0], 'data');
    return { dims: [x.dims.length], data: Float32Array.from(x.dims) };
  }),
  Gather: (node) => shapeOp((inputs) => {
    const data = need(inputs[0], 'data');
    const indices = need(inputs[1], 'indices');
    if (data.dims.length !== 1 || num(node, 'axis', 0) !== 0) throw new Error(`Gather ${node.name}: only 1-D shape lookups are supported`);
    const picked = indices.data.map((i) => data.data[i < 0 ? i + data.data.length : i]);
    return { dims: indices.dims, data: picked };
  }),
  Unsqueeze: (node) => shapeOp((inputs) => {
    const x = need(inputs[0], 'data');
    const axes = inputs[1] ? [...inputs[1].data] : ints(node, 'axes', []);
    const dims = [...x.dims];
    for (const a of [...axes].sort((p, r) => p - r)) dims.splice(a < 0 ? a + dims.length + axes.length : a, 0, 1);
    return { dims, data: x.data, raw: x.raw };
  }),
  Concat: (node) => shapeOp((inputs) => {
    const parts = inputs.filter((v): v is Value => v !== null);
    if (parts.some((p) => p.dims.length !== 1) || num(node, 'axis', 0) !== 0) throw new Error(`Concat ${node.name}: only 1-D shape lists are supported`);
    const data = new Float32Array(parts.reduce((n, p) => n + p.data.length, 0));
    let at = 0;
    for (const p of parts) {
      data.set(p.data, at);
      at += p.data.length;
    }
    return { dims: [data.length], data };
  }),
  Cast: () => shapeOp((inputs) => need(inputs[0], 'input')),
  Constant: () => shapeOp(() => {
    throw new Error('a Constant node is read as a constant, never run');
  }),
};

/** Operators through which no gradient flows (shape arithmetic): a tail may hold them anywhere. */
export const SHAPE_OPS = new Set(['Shape', 'Gather', 'Unsqueeze', 'Concat', 'Cast', 'Constant']);
