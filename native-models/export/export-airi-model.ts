// airi models to ONNX (lessons 5 to 8, and a run's "export as ONNX"): each layer becomes the ONNX
// operators that compute the same thing, with its weights as initializers, so ONNX Runtime (on the
// best provider the machine has), Netron or PyTorch open what the learner trained. Layers that only
// act while training (Dropout, StochasticDepth) vanish, as in PyTorch's eval-mode export. A layer
// with no ONNX counterpart here is refused by name rather than exported wrong.
import {
  AdaptiveAvgPool2d, AvgPool2d, BatchNorm1d, BatchNorm2d, Conv2d, Dropout, Flatten, GlobalAvgPool2d, LeakyReLU, Linear,
  LogSoftmax, MaxPool2d, ReLU, Residual, Sequential, SiLU, Sigmoid, Softmax, SqueezeExcitation, StochasticDepth, Tanh,
  type Module,
} from '../../airi';
import { OnnxGraphBuilder } from './onnx-graph-builder';

export class ExportError extends Error {
  override name = 'ExportError';
}

/** Emits `module` applied to tensor `x` (named by `path`); returns the output tensor's name. */
function emit(g: OnnxGraphBuilder, module: Module, x: string, path: string): string {
  const at = path || 'model';
  if (module instanceof Sequential || (module instanceof Residual)) {
    let y = x;
    for (const [name, child] of module.namedChildren()) y = emit(g, child, y, path ? `${path}.${name}` : name);
    return module instanceof Residual ? g.node('Add', [y, x], at) : y;
  }
  if (module instanceof Conv2d) {
    const w = module.weight.value;
    const inputs = [x, g.constant(`${at}.weight`, w.data, w.shape)];
    if (module.bias) inputs.push(g.constant(`${at}.bias`, module.bias.value.data, module.bias.value.shape));
    const [ph, pw] = module.padding;
    return g.node('Conv', inputs, at, { kernel_shape: [...module.kernelSize], strides: [...module.stride], pads: [ph, pw, ph, pw], group: module.groups });
  }
  if (module instanceof Linear) {
    const w = module.weight.value;
    const inputs = [x, g.constant(`${at}.weight`, w.data, w.shape)];
    if (module.bias) inputs.push(g.constant(`${at}.bias`, module.bias.value.data, module.bias.value.shape));
    return g.node('Gemm', inputs, at, { transB: 1 });
  }
  if (module instanceof BatchNorm2d || module instanceof BatchNorm1d) {
    const n = module.numFeatures;
    return g.node('BatchNormalization', [
      x, g.constant(`${at}.weight`, module.weight.value.data, [n]), g.constant(`${at}.bias`, module.bias.value.data, [n]),
      g.constant(`${at}.running_mean`, module.runningMean.data, [n]), g.constant(`${at}.running_var`, module.runningVar.data, [n]),
    ], at, { epsilon: module.eps });
  }
  if (module instanceof MaxPool2d || module instanceof AvgPool2d) {
    const [ph, pw] = module.padding;
    const op = module instanceof MaxPool2d ? 'MaxPool' : 'AveragePool';
    const window = { kernel_shape: [...module.kernelSize], strides: [...module.stride], pads: [ph, pw, ph, pw] };
    // PyTorch's AvgPool2d counts padding as zeros in its divisor; ONNX's default does not.
    return g.node(op, [x], at, module instanceof AvgPool2d ? { ...window, count_include_pad: 1 } : window);
  }
  if (module instanceof GlobalAvgPool2d) return g.node('Flatten', [g.node('GlobalAveragePool', [x], at)], at, { axis: 1 });
  if (module instanceof AdaptiveAvgPool2d) {
    if (module.outputSize[0] !== 1 || module.outputSize[1] !== 1) throw new ExportError(`${at}: only AdaptiveAvgPool2d(1) exports`);
    return g.node('GlobalAveragePool', [x], at);
  }
  if (module instanceof SqueezeExcitation) {
    const squeezed = g.node('GlobalAveragePool', [x], `${at}.avgpool`);
    const hidden = emit(g, module.activation, emit(g, module.fc1, squeezed, `${at}.fc1`), `${at}.activation`);
    const gates = g.node('Sigmoid', [emit(g, module.fc2, hidden, `${at}.fc2`)], `${at}.scale_activation`);
    return g.node('Mul', [x, gates], at);
  }
  if (module instanceof Flatten) {
    if (module.startDim !== 1 || module.endDim !== -1) throw new ExportError(`${at}: only Flatten(1, -1) exports`);
    return g.node('Flatten', [x], at, { axis: 1 });
  }
  if (module instanceof ReLU) return g.node('Relu', [x], at);
  if (module instanceof Tanh) return g.node('Tanh', [x], at);
  if (module instanceof Sigmoid) return g.node('Sigmoid', [x], at);
  if (module instanceof SiLU) return g.node('Mul', [x, g.node('Sigmoid', [x], `${at}.sigmoid`)], at);
  if (module instanceof LeakyReLU) return g.node('LeakyRelu', [x], at, { alpha: module.negativeSlope });
  if (module instanceof Softmax) return g.node('Softmax', [x], at, { axis: module.dim });
  if (module instanceof LogSoftmax) return g.node('LogSoftmax', [x], at, { axis: module.dim });
  if (module instanceof Dropout || module instanceof StochasticDepth) return x;
  throw new ExportError(`${at}: ${module.describe?.() ?? module.constructor.name} has no ONNX export yet`);
}

export interface ExportOptions {
  /** One image's shape, e.g. [3, 32, 32]; the batch dimension is left free. */
  inputDims: number[];
  /** Stored in the model's metadata_props (labels, preprocessing, the run it came from). */
  metadata?: Record<string, string>;
  graphName?: string;
}

export function exportAiriModel(model: Module, options: ExportOptions): Uint8Array {
  const g = new OnnxGraphBuilder();
  const input = g.name('input');
  const last = emit(g, model, input, '');
  const output = g.node('Identity', [last], 'output');
  return g.encode({ input, inputDims: options.inputDims, output, graphName: options.graphName ?? 'airi', metadata: options.metadata ?? {} });
}
