// The model inspector (contract/models/inspector.ts) from a parsed graph: shapes inferred, each layer
// costed, rows grouped into blocks, the three largest by parameters and by compute marked.
import type { BlockRow, InspectorReport, LayerRow, TensorContract } from '../../contract/models/inspector';
import { inferShapes } from '../onnx/infer-shapes';
import { DATA_TYPE_NAMES, elementCount, type OnnxGraph, type TensorInfo } from '../onnx/onnx-graph';
import { withoutWeightAliases } from '../onnx/weight-aliases';
import { blockNames } from './block-names';
import { kindOf, macsOf, paramsOf, weightsOf } from './layer-costs';

const MARKED = 3;
const SHAPE_ARITHMETIC = new Set(['Shape', 'Gather', 'Unsqueeze', 'Squeeze', 'Concat', 'Constant', 'Cast', 'Slice', 'ConstantOfShape']);

function contractOf(t: TensorInfo): TensorContract {
  return { name: t.name, type: DATA_TYPE_NAMES[t.elemType] ?? `type ${t.elemType}`, dims: t.dims };
}

function markLargest(layers: LayerRow[], key: 'params' | 'macs', flag: 'largestByParams' | 'largestByMacs'): void {
  const ranked = layers.filter((l) => (l[key] ?? 0) > 0).sort((a, b) => (b[key] ?? 0) - (a[key] ?? 0));
  for (const layer of ranked.slice(0, MARKED)) layer[flag] = true;
}

export function inspectGraph(parsed: OnnxGraph): InspectorReport {
  const graph = withoutWeightAliases(parsed);
  const { shapes } = inferShapes(graph);
  const { names, grouping } = blockNames(graph, shapes);
  const operators: Record<string, number> = {};
  const layers: LayerRow[] = graph.nodes.map((node, index) => {
    operators[node.opType] = (operators[node.opType] ?? 0) + 1;
    const shape = shapes.get(node.outputs[0]);
    return {
      index,
      name: node.name || `${node.opType}_${index}`,
      opType: node.opType,
      kind: kindOf(node.opType),
      block: names[index],
      outputShape: shape ? [...shape] : null,
      params: paramsOf(node, graph),
      macs: macsOf(node, shapes),
      largestByParams: false,
      largestByMacs: false,
    };
  });
  markLargest(layers, 'params', 'largestByParams');
  markLargest(layers, 'macs', 'largestByMacs');

  const blocks: BlockRow[] = [];
  for (const layer of layers) {
    let block = blocks.at(-1);
    if (!block || block.name !== layer.block) {
      const stage = grouping === 'stage' ? /^stage (\d+) · (.+)$/.exec(layer.block) : null;
      block = { name: layer.block, stage: stage ? { index: Number(stage[1]), size: stage[2] } : null, layers: 0, params: 0, macs: 0, outputShape: null };
      blocks.push(block);
    }
    block.layers += 1;
    block.params += layer.params;
    block.macs += layer.macs ?? 0;
    // Shape arithmetic (Shape → Gather → Concat) is not what the block outputs.
    if (layer.outputShape && !SHAPE_ARITHMETIC.has(layer.opType)) block.outputShape = layer.outputShape;
  }
  return {
    producer: graph.producer,
    opsets: graph.opsets,
    inputs: graph.inputs.map(contractOf),
    outputs: graph.outputs.map(contractOf),
    layers,
    blocks,
    totals: {
      params: layers.reduce((n, l) => n + l.params, 0),
      macs: layers.reduce((n, l) => n + (l.macs ?? 0), 0),
      storedParams: [...new Set(graph.nodes.flatMap((n) => weightsOf(n, graph).map((name) => graph.initializers.get(name)!)))]
        .reduce((n, init) => n + elementCount(init.dims), 0),
      layers: layers.length,
      unknownShapes: layers.filter((l) => l.outputShape === null).length,
      operators,
    },
    grouping,
  };
}
