// What every operator of a classifier's tail is (ops/float-ops.ts, ops/int8-ops.ts, ops/shape-ops.ts):
// a forward from its inputs and a backward from its outputs' gradients, plus the node-attribute readers
// they share.
import { type GraphIndex, type Node, attribute } from '../graph-index';
import type { Value } from '../tail-value';

export interface TailOp {
  forward(inputs: (Value | null)[]): Value[];
  /** d score / d each input, from d score / d each output (null: no gradient flows there). */
  backward(dOutputs: (Float32Array | null)[]): (Float32Array | null)[];
}

export type MakeTailOp = (node: Node, index: GraphIndex) => TailOp;

export const ints = (node: Node, name: string, fallback: number[]): number[] => {
  const v = attribute(node, name);
  return Array.isArray(v) ? v : fallback;
};
export const num = (node: Node, name: string, fallback: number): number => {
  const v = attribute(node, name);
  return typeof v === 'number' ? v : fallback;
};
export const need = (v: Value | null, what: string): Value => {
  if (!v) throw new Error(`missing input ${what}`);
  return v;
};
