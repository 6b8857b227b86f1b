// The operators the tail of a classifier is run with in airi (tail-executor.ts): the float ones
// (ops/float-ops.ts), the 8-bit ones of a quantized graph (ops/int8-ops.ts) and the shape arithmetic
// (ops/shape-ops.ts). Weights come from the graph itself.
import { FLOAT_OPS } from './ops/float-ops';
import { INT8_OPS } from './ops/int8-ops';
import { SHAPE_OP_MAKERS } from './ops/shape-ops';
import type { MakeTailOp } from './ops/tail-op';

export type { TailOp } from './ops/tail-op';
export { SHAPE_OPS } from './ops/shape-ops';

export const TAIL_OPS: Record<string, MakeTailOp> = { ...FLOAT_OPS, ...INT8_OPS, ...SHAPE_OP_MAKERS };
