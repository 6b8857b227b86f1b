// Groups an ONNX graph's layers into blocks a student recognises. When the exporter kept PyTorch's
// module names (scoped node names like /features/features.3/... or weights named features.3.conv.0.weight),
// a block is the module two levels down ("features.3"), unless that leaves one layer per block; otherwise (folded or quantized weights renamed
// to numbers) layers are grouped by stage: a new stage starts wherever the feature map's resolution changes.
import type { OnnxGraph, OnnxNode } from '../onnx/onnx-graph';

const MODULE_WEIGHT = /^([A-Za-z_]\w*(?:\.\w+)+)\.(weight|bias|weight_quantized|bias_quantized)$/;

function moduleOf(node: OnnxNode, graph: OnnxGraph): string | null {
  if (node.name.startsWith('/')) {
    const parts = node.name.split('/').filter(Boolean);
    if (parts.length >= 2) return parts.slice(0, -1).slice(-2).length === 2 ? parts[1] ?? parts[0] : parts[0];
  }
  for (const input of node.inputs) {
    if (!graph.initializers.has(input)) continue;
    const match = MODULE_WEIGHT.exec(input);
    if (match) return match[1].split('.').slice(0, 2).join('.');
  }
  return null;
}

/** One block name per node, and how they were chosen. */
export function blockNames(graph: OnnxGraph, shapes: Map<string, number[]>): { names: string[]; grouping: 'module' | 'stage' } {
  const weighted = graph.nodes.filter((n) => n.inputs.some((i) => graph.initializers.get(i)?.dataType === 1 || graph.initializers.get(i)?.dataType === 3));
  const named = weighted.filter((n) => moduleOf(n, graph) !== null).length;
  if (weighted.length > 0 && named / weighted.length >= 0.8) {
    let current = 'input';
    const names = graph.nodes.map((node) => (current = moduleOf(node, graph) ?? current));
    // A plain Sequential (VGG's features.0, features.1...) names every layer apart: stages read better.
    if (names.length / new Set(names).size >= 2) return { names, grouping: 'module' };
  }
  // Only a resolution not seen before opens a stage, so a side branch (a Shape read off an earlier
  // feature map) stays in the stage where it appears.
  const seen = new Set<string>();
  let current = 'stage 1 · ?';
  const names = graph.nodes.map((node) => {
    const shape = shapes.get(node.outputs[0]);
    const here = shape && shape.length === 4 ? `${shape[2]}×${shape[3]}` : shape && shape.length === 2 ? 'head' : null;
    if (here && !seen.has(here)) {
      seen.add(here);
      current = `stage ${seen.size} · ${here}`;
    }
    return current;
  });
  return { names, grouping: 'stage' };
}
