// The "tail" of a classifier after a chosen layer: the nodes that turn the layer's activation into the
// class scores, which Grad-CAM differentiates. Found from the graph alone: the nodes that depend on
// the layer and lead to the scores, plus those computed from constants only (a QDQ graph's
// DequantizeLinear of its weights); any other tensor they read (a skip connection from before the
// layer) is an "external" the ONNX Runtime session exposes beside the layer, a constant for the gradient.
import type { GraphIndex, Node } from './graph-index';
import { SHAPE_OPS, TAIL_OPS } from './tail-ops';

export interface Tail {
  /** The tensors the tail starts from (the explained layers), as ONNX Runtime gives them. */
  starts: string[];
  nodes: Node[];
  /** Other computed tensors the tail reads: exposed by the session too. */
  externals: string[];
  output: string;
}

export interface Unsupported {
  op: string;
  node: string;
}

/** Ops that only pass their input through as a view (a quantized tensor and its dequantized twin). */
export const ALIAS_OPS = new Set(['DequantizeLinear', 'Identity']);

/** Inputs that carry no gradient: shapes and axes. */
export function isGradientEdge(node: Node, slot: number): boolean {
  if (SHAPE_OPS.has(node.opType ?? '')) return false;
  if (['Reshape', 'Squeeze', 'Unsqueeze', 'Expand', 'Tile', 'Clip'].includes(node.opType ?? '') && slot >= 1) return false;
  return true;
}

/** The tail from `starts` to `output`, or the first operator on it that the executor cannot run. */
export function findTail(index: GraphIndex, starts: string[], output: string): Tail | { unsupported: Unsupported } | null {
  const fromLayer = new Set(starts);
  const fromConstants = new Set<string>();
  const inTail = new Set<Node>();
  for (const node of index.nodes) {
    const inputs = (node.input ?? []).filter((i) => i !== '');
    if (node.opType === 'Constant') continue;
    if (inputs.some((i) => fromLayer.has(i))) {
      inTail.add(node);
      for (const o of node.output ?? []) fromLayer.add(o);
    } else if (inputs.length > 0 && inputs.every((i) => index.isConstant(i) || fromConstants.has(i))) {
      inTail.add(node);
      for (const o of node.output ?? []) fromConstants.add(o);
    }
  }
  if (!fromLayer.has(output)) return null;
  // Keep the nodes the scores need.
  const needed = new Set<string>([output]);
  const nodes: Node[] = [];
  for (const node of [...index.nodes].reverse()) {
    if (!inTail.has(node) || !(node.output ?? []).some((o) => needed.has(o))) continue;
    nodes.unshift(node);
    for (const i of node.input ?? []) if (i) needed.add(i);
  }
  const produced = new Set(nodes.flatMap((n) => n.output ?? []));
  const externals = new Set<string>();
  for (const node of nodes) {
    if (!TAIL_OPS[node.opType ?? '']) return { unsupported: { op: node.opType ?? '?', node: node.name || (node.output?.[0] ?? '?') } };
    for (const i of node.input ?? []) {
      if (i && !produced.has(i) && !starts.includes(i) && !index.isConstant(i)) externals.add(i);
    }
  }
  return { starts, nodes, externals: [...externals], output };
}

/** The tail's nodes that the gradient flows through from the starts to the output (no shape arithmetic). */
export function gradientPath(tail: Tail): Node[] {
  const reached = new Set(tail.starts);
  const forward = new Set<Node>();
  for (const node of tail.nodes) {
    if ((node.input ?? []).some((i, slot) => reached.has(i) && isGradientEdge(node, slot))) {
      forward.add(node);
      for (const o of node.output ?? []) reached.add(o);
    }
  }
  const leads = new Set([tail.output]);
  const path: Node[] = [];
  for (const node of [...tail.nodes].reverse()) {
    if (!forward.has(node) || !(node.output ?? []).some((o) => leads.has(o))) continue;
    path.unshift(node);
    (node.input ?? []).forEach((i, slot) => {
      if (isGradientEdge(node, slot)) leads.add(i);
    });
  }
  return path;
}
