// The activations of a classifier that a class activation map can be drawn at: every computed 4-D
// tensor [1, C, H, W] with more than one pixel that the scores depend on. A quantized activation is
// listed once, as the 8-bit tensor that really flows (its DequantizeLinear twin is a view of it).
// Blocks come from the exporter's scoped names ("/features/features.13/Add_output_0" is in block
// features.13) or, for numbered names, from the resolution; a block's last activation is its output,
// one per stage, what lesson 8's grid shows. For each, how Grad-CAM would get its gradient.
import type { CamGradient, CamLayer } from '../../contract/models/explain';
import { inferShapes } from '../onnx/infer-shapes';
import { parseOnnx } from '../onnx/parse-onnx';
import type { GraphIndex } from './graph-index';
import { findLinearHead } from './linear-head';
import { quantizationOf } from './quantization';
import { ALIAS_OPS, findTail } from './tail-graph';

/** The tensor that really flows: a DequantizeLinear or Identity output names its input. */
export function canonicalLayer(index: GraphIndex, name: string): string {
  for (let hops = 0; hops < 4; hops++) {
    const node = index.producer(name);
    const input = node?.input?.[0];
    if (!node || !ALIAS_OPS.has(node.opType ?? '') || !input || index.isConstant(input)) return name;
    name = input;
  }
  return name;
}

function blockOf(name: string): string | null {
  const parts = name.split('/').filter((p) => p !== '');
  if (parts.length < 3) return null;
  return parts[1].startsWith(`${parts[0]}.`) ? parts[1] : parts[0];
}

export function gradientAt(index: GraphIndex, layer: string, output: string): { gradient: CamGradient; unsupported: { op: string; node: string } | null } {
  const tail = findTail(index, [layer], output);
  if (!tail) return { gradient: null, unsupported: null };
  if ('unsupported' in tail) return { gradient: null, unsupported: tail.unsupported };
  return { gradient: findLinearHead(index, tail) ? 'linear-head' : 'tail', unsupported: null };
}

export function listCamLayers(bytes: Uint8Array, index: GraphIndex, output: string): CamLayer[] {
  const { shapes } = inferShapes(parseOnnx(bytes));
  const layers: Omit<CamLayer, 'blockEnd'>[] = [];
  const seen = new Set<string>();
  const inputs = new Set((index.graph.input ?? []).map((i) => i.name ?? ''));
  for (const node of index.nodes) {
    const op = node.opType ?? '';
    if (op === 'Constant' || ALIAS_OPS.has(op)) continue;
    if ((node.input ?? []).every((i) => !i || index.isConstant(i))) continue;
    // The quantized image itself is no layer of the network.
    if (op === 'QuantizeLinear' && inputs.has(node.input?.[0] ?? '')) continue;
    for (const name of node.output ?? []) {
      const dims = shapes.get(name);
      if (!dims || dims.length !== 4 || dims[0] !== 1 || dims[2] * dims[3] <= 1 || seen.has(name)) continue;
      seen.add(name);
      const quantized = op.startsWith('QLinear') || op === 'QuantizeLinear' ? quantizationOf(index, name) !== null : false;
      if ((op.startsWith('QLinear') || op === 'QuantizeLinear') && !quantized) continue;
      const { gradient, unsupported } = gradientAt(index, name, output);
      if (gradient === null && unsupported === null) continue; // the scores do not depend on it
      layers.push({
        name,
        op,
        channels: dims[1],
        height: dims[2],
        width: dims[3],
        quantized,
        block: blockOf(name) ?? blockOf(node.name ?? '') ?? `${dims[2]}×${dims[3]}`,
        gradient,
        unsupported: unsupported ? `${unsupported.op} (${unsupported.node})` : null,
      });
    }
  }
  return layers.map((layer, i) => ({ ...layer, blockEnd: layers[i + 1]?.block !== layer.block }));
}
