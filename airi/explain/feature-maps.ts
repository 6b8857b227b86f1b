// What each convolution layer "sees" in one image (lesson 5): the output planes of a layer, as the
// notebook showed conv1 and conv2 for a truck (before the ReLU, each plane scaled on its own, white =
// high activation). The raw numbers are kept; scaling for display is a separate step.
import { Conv2d } from '../nn/conv2d';
import type { LayerTrace } from './layer-trace';
import { layerNames } from './layer-trace';

export interface FeatureMaps {
  /** Index of the layer in model.modules. */
  layer: number;
  /** "Conv2d(3 → 16, kernelSize=5, ...)". */
  name: string;
  channels: number;
  height: number;
  width: number;
  /** The layer's output for the image, [channels, height, width], as computed. */
  values: Float32Array;
}

/** Indices of the layers whose output is a stack of planes [1, C, H, W] (what Grad-CAM can explain). */
export function spatialLayers(trace: LayerTrace): number[] {
  return trace.outputs.flatMap((out, i) => (out.shape.length === 4 ? [i] : []));
}

/** Indices of the model's Conv2d layers. */
export function convolutionLayers(trace: LayerTrace): number[] {
  return trace.model.modules.flatMap((module, i) => (module instanceof Conv2d ? [i] : []));
}

/** The feature maps of the traced image (batch of 1) at the given layers (default: every Conv2d). */
export function featureMaps(trace: LayerTrace, layers: readonly number[] = convolutionLayers(trace)): FeatureMaps[] {
  const names = layerNames(trace.model);
  return layers.map((layer) => {
    const out = trace.outputs[layer];
    if (out === undefined || out.shape.length !== 4 || out.shape[0] !== 1) {
      throw new Error(`featureMaps: layer ${layer} does not output one image's planes [1, C, H, W]`);
    }
    const [, channels, height, width] = out.shape;
    return { layer, name: names[layer], channels, height, width, values: out.data.slice() };
  });
}

/** Each of `planes` planes of `pixels` values scaled to [0, 1] by its own min and max (a flat plane: 0). */
export function normalizePlanes(values: Float32Array, planes: number, pixels: number): Float32Array {
  const out = new Float32Array(planes * pixels);
  for (let c = 0; c < planes; c++) {
    let min = Infinity;
    let max = -Infinity;
    for (let p = 0; p < pixels; p++) {
      const v = values[c * pixels + p];
      if (v < min) min = v;
      if (v > max) max = v;
    }
    const range = max - min;
    for (let p = 0; p < pixels; p++) out[c * pixels + p] = range > 0 ? (values[c * pixels + p] - min) / range : 0;
  }
  return out;
}
