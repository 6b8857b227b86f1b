// The inspector's report for airi's own networks (lessons 2 to 6), from airi's model summary (one
// forward pass on zeros): the same table as for ONNX models, so a student compares the lesson's
// convnet with MobileNetV2 on one screen. airi counts a multiply-add as 2 FLOPs; the inspector
// counts multiply-adds, so convolutions and linear layers give flops / 2 and others none.
import type { ModelSummary as AiriSummary } from '../../airi/summary/model-summary';
import type { BlockRow, InspectorReport, LayerKind, LayerRow } from '../../contract/models/inspector';

const KINDS: [RegExp, LayerKind][] = [
  [/^Conv/, 'conv'],
  [/^Linear/, 'linear'],
  [/Pool/, 'pool'],
  [/Norm/, 'norm'],
  [/^(ReLU|LeakyReLU|Sigmoid|Tanh|SiLU|GELU|Softmax|LogSoftmax|Hardswish)/, 'activation'],
  [/^(Flatten|Dropout|Identity|Reshape)/, 'reshape'],
];

function kindOf(layer: string): LayerKind {
  return KINDS.find(([pattern]) => pattern.test(layer))?.[1] ?? 'other';
}

export function reportFromAiriSummary(summary: AiriSummary): InspectorReport {
  const nested = summary.layers.some((l) => l.name.includes('.'));
  const seen = new Set<string>();
  let stage = '';
  const layers: LayerRow[] = summary.layers.map((l, index) => {
    const kind = kindOf(l.layer);
    let block: string;
    if (nested) block = l.name.split('.')[0];
    else {
      const size = l.outputShape.length === 4 ? `${l.outputShape[2]}×${l.outputShape[3]}` : 'head';
      if (!seen.has(size)) {
        seen.add(size);
        stage = `stage ${seen.size} · ${size}`;
      }
      block = stage;
    }
    return {
      index, name: l.name === '' ? l.layer : `${l.name}: ${l.layer}`, opType: l.layer.split('(')[0], kind, block,
      outputShape: l.outputShape, params: l.parameters, macs: kind === 'conv' || kind === 'linear' ? l.flops / 2 : 0,
      largestByParams: false, largestByMacs: false,
    };
  });
  for (const key of ['params', 'macs'] as const) {
    const flag = key === 'params' ? 'largestByParams' : 'largestByMacs';
    for (const l of layers.filter((x) => (x[key] ?? 0) > 0).sort((a, b) => (b[key] ?? 0) - (a[key] ?? 0)).slice(0, 3)) l[flag] = true;
  }
  const blocks: BlockRow[] = [];
  for (const l of layers) {
    let b = blocks.at(-1);
    if (!b || b.name !== l.block) {
      const m = /^stage (\d+) · (.+)$/.exec(l.block);
      b = { name: l.block, stage: m ? { index: Number(m[1]), size: m[2] } : null, layers: 0, params: 0, macs: 0, outputShape: null };
      blocks.push(b);
    }
    b.layers += 1;
    b.params += l.params;
    b.macs += l.macs ?? 0;
    b.outputShape = l.outputShape;
  }
  const operators: Record<string, number> = {};
  for (const l of layers) operators[l.opType] = (operators[l.opType] ?? 0) + 1;
  const params = layers.reduce((n, l) => n + l.params, 0);
  return {
    producer: 'airi',
    opsets: {},
    inputs: [{ name: 'input', type: 'float32', dims: summary.inputShape }],
    outputs: [{ name: 'scores', type: 'float32', dims: summary.layers.at(-1)?.outputShape ?? null }],
    layers,
    blocks,
    totals: { params, storedParams: params, macs: layers.reduce((n, l) => n + (l.macs ?? 0), 0), layers: layers.length, unknownShapes: 0, operators },
    grouping: nested ? 'module' : 'stage',
  };
}
