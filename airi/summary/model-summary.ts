// Model summary, in the spirit of torchinfo and Keras' model.summary(): per layer the output shape,
// the parameter count and the FLOPs, plus a text table. Lessons show it next to every architecture,
// so learners see where the parameters and the compute of a network are (lesson 5: the first
// convolutions hold few weights yet do most of the arithmetic).
//
// Shapes come from one real forward pass on zeros in evaluation mode (so BatchNorm and Dropout
// change nothing). FLOPs are per sample (one image), counting a multiply-add as 2, like most papers:
//   Linear                    2 * inFeatures * outFeatures
//   Conv2d                    2 * outChannels * outH * outW * inChannels * kH * kW (bias adds not counted)
//   BatchNorm (evaluation)    2 per output element (a scale and a shift)
//   MaxPool2d, AvgPool2d      kH * kW per output element (comparisons or additions)
//   GlobalAvgPool2d           one addition per input element
//   anything else             0, unless the layer has a flops(inputShape, outputShape) method;
//                             element-wise activations are left out, as most counters do.
// Layers are recognized by their public fields (inFeatures, inChannels, kernelSize, numFeatures...),
// so any layer with PyTorch's attribute names is counted the same way.
import { GlobalAvgPool2d } from '../nn/global-avg-pool2d';
import type { Module } from '../nn/module';
import { Residual } from '../nn/residual';
import { Sequential } from '../nn/sequential';
import { Tensor, formatShape } from '../tensor';

export interface LayerSummary {
  /** Index path as in parameter names: "0", "1.2" inside a nested Sequential; "" for a model that is one layer. */
  name: string;
  /** The layer's describe(), e.g. "Linear(1 → 16)". */
  layer: string;
  outputShape: number[];
  /** Trainable numbers in this layer. */
  parameters: number;
  /** Floating-point operations for one sample (see the header). */
  flops: number;
}

export interface ModelSummary {
  inputShape: number[];
  layers: LayerSummary[];
  totalParameters: number;
  /** Per sample; multiply by the batch size for a whole batch. */
  totalFlops: number;
}

/** Runs `model` on zeros of `inputShape` ([N, ...]) and lists every layer; nested Sequentials are opened. */
export function summarize(model: Module, inputShape: readonly number[]): ModelSummary {
  if (inputShape.length < 1 || inputShape[0] < 1) throw new Error(`summarize: inputShape must start with a batch size N >= 1, got ${formatShape(inputShape)}`);
  const layers: LayerSummary[] = [];
  const walk = (module: Module, name: string, x: Tensor): Tensor => {
    if (module instanceof Residual) {
      // Its layers, listed as a chain; the skip's sum is not a layer. The block's output has the input's shape.
      module.namedChildren().reduce((input, [child, layer]) => walk(layer, name === '' ? child : `${name}.${child}`, input), x);
      return module.forward(x, false);
    }
    if (module instanceof Sequential) {
      return module.namedChildren().reduce((input, [child, layer]) => walk(layer, name === '' ? child : `${name}.${child}`, input), x);
    }
    const y = module.forward(x, false);
    layers.push({
      name,
      layer: module.describe?.() ?? 'Module',
      outputShape: [...y.shape],
      parameters: module.parameters().reduce((total, p) => total + p.value.size, 0),
      flops: layerFlops(module, x.shape, y.shape),
    });
    return y;
  };
  walk(model, '', Tensor.zeros(inputShape));
  return {
    inputShape: [...inputShape],
    layers,
    totalParameters: layers.reduce((total, l) => total + l.parameters, 0),
    totalFlops: layers.reduce((total, l) => total + l.flops, 0),
  };
}

/** FLOPs of one layer for one sample, from its public fields and its input and output shapes. */
export function layerFlops(module: Module, inputShape: readonly number[], outputShape: readonly number[]): number {
  const m = module as Module & Partial<{
    flops: (inputShape: readonly number[], outputShape: readonly number[]) => number;
    inFeatures: number;
    outFeatures: number;
    inChannels: number;
    outChannels: number;
    kernelSize: readonly number[];
    groups: number;
    numFeatures: number;
    runningMean: unknown;
  }>;
  const batch = outputShape[0];
  const outPerSample = outputShape.reduce((a, b) => a * b, 1) / batch;
  const kernelArea = Array.isArray(m.kernelSize) ? m.kernelSize.reduce((a: number, b: number) => a * b, 1) : 0;
  if (typeof m.flops === 'function') return m.flops(inputShape, outputShape);
  if (typeof m.inFeatures === 'number' && typeof m.outFeatures === 'number') {
    // One dot product of length inFeatures per output value.
    return 2 * m.inFeatures * outPerSample;
  }
  if (typeof m.inChannels === 'number' && typeof m.outChannels === 'number' && kernelArea > 0) {
    // Each output value is a dot product over (inChannels / groups) * kH * kW inputs.
    return 2 * outPerSample * (m.inChannels / (m.groups ?? 1)) * kernelArea;
  }
  if (typeof m.numFeatures === 'number' && m.runningMean !== undefined) return 2 * outPerSample;
  if (kernelArea > 0) return kernelArea * outPerSample;
  // The one pooling layer without a kernelSize field: its window is the whole plane.
  if (module instanceof GlobalAvgPool2d) return inputShape.reduce((a, b) => a * b, 1) / inputShape[0];
  return 0;
}

/** The summary as a fixed-width text table, like torchinfo's, with totals. */
export function formatSummary(summary: ModelSummary): string {
  const header = ['Layer', 'Output shape', 'Params', 'FLOPs'];
  const rows = summary.layers.map((l) => [l.name === '' ? l.layer : `${l.name}: ${l.layer}`, formatShape(l.outputShape), groupDigits(l.parameters), groupDigits(l.flops)]);
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c].length)));
  // Text columns left-aligned, numbers right-aligned.
  const line = (cells: string[]): string =>
    cells.map((cell, c) => (c < 2 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('   ').trimEnd();
  const rule = '-'.repeat(widths.reduce((a, b) => a + b, 0) + 3 * (widths.length - 1));
  return [
    `Input shape: ${formatShape(summary.inputShape)}`,
    rule,
    line(header),
    rule,
    ...rows.map(line),
    rule,
    `Total parameters: ${groupDigits(summary.totalParameters)}`,
    `FLOPs per sample: ${groupDigits(summary.totalFlops)}`,
  ].join('\n');
}

/** 1234567 -> "1,234,567", the same on every host (toLocaleString depends on the locale). */
function groupDigits(n: number): string {
  return String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
