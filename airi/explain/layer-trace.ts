// Layer by layer through a Sequential, keeping every layer's output: what lessons 5 and 6 look inside
// a trained network with (feature maps, Grad-CAM). Sequential.forward keeps only the last output and
// runs Conv2d + ReLU fused; here each module runs on its own, in evaluation mode, so any layer's
// output can be read and the gradient of a class score can be taken at any layer.
import type { Module, Parameter } from '../nn/module';
import type { Sequential } from '../nn/sequential';
import type { Tensor} from '../tensor';
import { formatShape } from '../tensor';

/** The input and outputs[i], the output of model.modules[i], for one forward in evaluation mode. */
export interface LayerTrace {
  readonly model: Sequential;
  readonly input: Tensor;
  readonly outputs: readonly Tensor[];
}

/** One description per layer, "Conv2d(3 → 16, ...)", as Sequential.describe prints them. */
export function layerNames(model: Sequential): string[] {
  return model.modules.map((module) => module.describe?.() ?? 'Module');
}

/** Runs x through every layer in evaluation mode, keeping each output. */
export function traceLayers(model: Sequential, x: Tensor): LayerTrace {
  const outputs: Tensor[] = [];
  let out = x;
  for (const module of model.modules) {
    out = module.forward(out, false);
    outputs.push(out);
  }
  return { model, input: x, outputs };
}

/** The model's output (class scores, or probabilities when the model ends in a Softmax). */
export function traceOutput(trace: LayerTrace): Tensor {
  return trace.outputs[trace.outputs.length - 1];
}

/**
 * d (sum of dOutput * output) / d outputs[layer]: backward from the model's output down to the
 * layer just after `layer`. Must follow the traceLayers call of `trace` (the layers' caches are
 * those of that forward); may be called again for another dOutput. The parameters' gradients are
 * left as they were, so it is safe between two training steps.
 */
export function gradientAtLayer(trace: LayerTrace, layer: number, dOutput: Tensor): Tensor {
  return gradientsAtLayers(trace, [layer], dOutput)[0];
}

/** As gradientAtLayer for several layers, in one backward pass down to the lowest of them. */
export function gradientsAtLayers(trace: LayerTrace, layers: readonly number[], dOutput: Tensor): Tensor[] {
  const modules = trace.model.modules;
  for (const layer of layers) checkLayer(trace, layer);
  const last = trace.outputs[modules.length - 1];
  if (dOutput.size !== last.size) {
    throw new Error(`gradientAtLayer: dOutput has shape ${formatShape(dOutput.shape)}, expected ${formatShape(last.shape)}`);
  }
  const lowest = Math.min(...layers);
  const found = new Map<number, Tensor>();
  keepingGradients(trace.model, () => {
    let grad = dOutput;
    found.set(modules.length - 1, grad);
    for (let i = modules.length - 1; i > lowest; i--) {
      grad = (modules[i] as Module).backward(grad);
      found.set(i - 1, grad);
    }
  });
  return layers.map((layer) => found.get(layer) as Tensor);
}

/** Throws unless `layer` indexes a module of the traced model. */
export function checkLayer(trace: LayerTrace, layer: number): void {
  if (!Number.isInteger(layer) || layer < 0 || layer >= trace.outputs.length) {
    throw new Error(`layer ${layer} is not one of the model's ${trace.outputs.length} layers`);
  }
}

/** Runs `work`, then puts every parameter gradient back as it was (backward accumulates into them). */
function keepingGradients<T>(model: Sequential, work: () => T): T {
  const params: Parameter[] = model.parameters();
  const saved = params.map((p) => p.grad.data.slice());
  try {
    return work();
  } finally {
    params.forEach((p, i) => p.grad.data.set(saved[i]));
  }
}
