// torch 1.13's exporter stores equal weights once and hands each layer its copy through an Identity
// node (every all-zero bias of one size, for a randomly initialised net). For the inspector those
// Identity nodes are bookkeeping: this returns the graph with them removed and their outputs
// naming the stored tensor directly, so each layer owns its weights again.
import type { Initializer, OnnxGraph } from './onnx-graph';

export function withoutWeightAliases(graph: OnnxGraph): OnnxGraph {
  const initializers = new Map<string, Initializer>(graph.initializers);
  const nodes = graph.nodes.filter((node) => {
    const source = node.opType === 'Identity' && node.inputs.length === 1 ? initializers.get(node.inputs[0]) : undefined;
    if (!source || node.outputs.length !== 1) return true;
    initializers.set(node.outputs[0], source);
    return false;
  });
  return { ...graph, nodes, initializers };
}
