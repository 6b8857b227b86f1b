// Grad-CAM of one photo on imported torchvision weights, by airi's own backward (lesson 7): the crop
// is normalised as torchvision does, traced through the flat net (every layer's output kept), and
// the class score's gradient taken at the chosen layer. Returns the heatmap at the crop's size
// (1 = most evidence), the top 5 and how long the forward and backward passes took.
import { Tensor, classActivationMap, softmaxRow, topClasses, traceLayers, traceOutput } from '../../airi';
import { pixelsToTensor } from '../../native-models/preprocess/to-tensor';
import type { CamNet } from './cam-layers';
import { TORCHVISION_PREPROCESSING } from './torchvision-preprocessing';

export interface GradCamOptions {
  /** Index into camNet.layers; the last convolution block by default. */
  layer?: number;
  /** The class explained; the top class by default. */
  classIndex?: number;
  now?: () => number;
}

export interface GradCamOutput {
  layer: number;
  classIndex: number;
  probability: number;
  heatmap: Float32Array;
  side: number;
  top: { index: number; probability: number }[];
  ms: { forward: number; backward: number };
}

export function gradCamOnCrop(cam: CamNet, rgb: Uint8Array, side: number, options: GradCamOptions = {}): GradCamOutput {
  const now = options.now ?? (() => performance.now());
  const layer = options.layer ?? cam.defaultLayer;
  if (!Number.isInteger(layer) || layer < 0 || layer >= cam.layers.length) throw new Error(`layer ${layer} is not one of the ${cam.layers.length} layers offered`);
  const p = { ...TORCHVISION_PREPROCESSING, size: side };
  const x = new Tensor(pixelsToTensor(rgb, p), [1, 3, side, side]);
  const started = now();
  const trace = traceLayers(cam.model, x);
  const forwarded = now();
  const probabilities = softmaxRow(traceOutput(trace).data);
  const top = topClasses(traceOutput(trace).data, 5).map((c) => ({ index: c.classIndex, probability: c.probability }));
  const classIndex = options.classIndex ?? top[0].index;
  if (classIndex >= probabilities.length) throw new Error(`class ${classIndex} is not one of the ${probabilities.length} classes`);
  const map = classActivationMap(trace, { layer: cam.layers[layer].index, classIndex, method: 'grad-cam' });
  return {
    layer, classIndex, probability: probabilities[classIndex], heatmap: map.heatmap, side, top,
    ms: { forward: forwarded - started, backward: now() - forwarded },
  };
}
