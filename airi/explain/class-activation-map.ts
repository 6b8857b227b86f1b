// Class activation maps of one image at one layer, computed by airi's own backward pass (lesson 6's
// Grad-CAM): where in the picture the network found the evidence for a class. Three methods, so a
// learner can compare them on one image: Grad-CAM, Grad-CAM++ and the gradient-free Eigen-CAM.
// The numbers behind the picture come back with it: the class score, the channel weights and the
// map at the layer's own resolution before it is stretched over the image.
import { Tensor, formatShape } from '../tensor';
import { softmaxRow } from './class-scores';
import { eigenCam } from './eigen-cam';
import { gradCamPlusPlusWeights, gradCamWeights } from './grad-cam-weights';
import { minMaxNormalize, resizeBilinear, weightedChannelSum } from './heatmap';
import { type LayerTrace, checkLayer, gradientsAtLayers, traceOutput } from './layer-trace';

export const CAM_METHODS = ['grad-cam', 'grad-cam++', 'eigen-cam'] as const;
export type CamMethod = (typeof CAM_METHODS)[number];

/**
 * Which number is differentiated: 'logit', the model's output for the class as it is (the notebook
 * did this with a model that ended in Softmax, so there it was a probability), or 'probability',
 * the softmax of the model's output.
 */
export type CamTarget = 'logit' | 'probability';

export interface CamOptions {
  /** Index of the layer in model.modules whose output [1, C, H, W] is explained. */
  layer: number;
  /** The class explained (Eigen-CAM ignores it; its score is still reported). */
  classIndex: number;
  method?: CamMethod;
  target?: CamTarget;
}

export interface ClassActivationMap {
  method: CamMethod;
  layer: number;
  classIndex: number;
  target: CamTarget;
  /** The differentiated number for the class: its logit or its probability. */
  score: number;
  /** One weight per channel of the layer (Eigen-CAM: its first principal direction). */
  weights: Float32Array;
  /** ReLU(sum_c weight_c * activation_c) at the layer's resolution, not normalized: [camHeight, camWidth]. */
  cam: Float32Array;
  camHeight: number;
  camWidth: number;
  /** The map stretched over the input (bilinear) and scaled to [0, 1]: [height, width]; 1 = most evidence. */
  heatmap: Float32Array;
  height: number;
  width: number;
}

/** The class activation map of the traced image (batch of 1) at options.layer. */
export function classActivationMap(trace: LayerTrace, options: CamOptions): ClassActivationMap {
  const method = options.method ?? 'grad-cam';
  return classActivationMaps(trace, { layers: [options.layer], classIndex: options.classIndex, methods: [method], target: options.target })[0];
}

export interface CamBatchOptions {
  layers: readonly number[];
  classIndex: number;
  methods: readonly CamMethod[];
  target?: CamTarget;
}

/**
 * The maps of one class at several layers by several methods, with a single backward pass (the
 * gradient at every layer is read on the way down): what lesson 6 shows at once for one image.
 * Ordered layer by layer, each layer's methods in the order given.
 */
export function classActivationMaps(trace: LayerTrace, options: CamBatchOptions): ClassActivationMap[] {
  const { layers, classIndex, methods } = options;
  const target = options.target ?? 'logit';
  for (const layer of layers) checkLayer(trace, layer);
  const output = traceOutput(trace);
  const classes = output.size;
  if (!Number.isInteger(classIndex) || classIndex < 0 || classIndex >= classes) {
    throw new Error(`classActivationMap: class ${classIndex} is not one of the model's ${classes} classes`);
  }
  for (const layer of layers) {
    const shape = trace.outputs[layer].shape;
    if (shape.length !== 4 || shape[0] !== 1) {
      throw new Error(`classActivationMap: layer ${layer} has output shape ${formatShape(shape)}, expected [1, C, H, W]`);
    }
  }
  const { score, dOutput } = scoreGradient(output, classIndex, target);
  const needsGradient = methods.some((m) => m !== 'eigen-cam');
  const gradients = needsGradient && layers.length > 0 ? gradientsAtLayers(trace, layers, dOutput) : [];
  const [height, width] = trace.input.shape.slice(-2);
  return layers.flatMap((layer, l) => {
    const activations = trace.outputs[layer];
    const [, channels, camHeight, camWidth] = activations.shape;
    const pixels = camHeight * camWidth;
    return methods.map((method): ClassActivationMap => {
      let weights: Float32Array;
      let cam: Float32Array;
      if (method === 'eigen-cam') {
        ({ weights, cam } = eigenCam(activations.data, channels, pixels));
      } else {
        const g = gradients[l].data;
        weights = method === 'grad-cam' ? gradCamWeights(g, channels, pixels) : gradCamPlusPlusWeights(activations.data, g, channels, pixels);
        cam = weightedChannelSum(activations.data, weights, pixels);
      }
      const heatmap = minMaxNormalize(resizeBilinear(cam, camHeight, camWidth, height, width));
      return { method, layer, classIndex, target, score, weights, cam, camHeight, camWidth, heatmap, height, width };
    });
  });
}

/** The class's score and d score / d output (one-hot for a logit; p_c (onehot - p) for a probability). */
function scoreGradient(output: Tensor, classIndex: number, target: CamTarget): { score: number; dOutput: Tensor } {
  const dOutput = Tensor.zeros(output.shape);
  if (target === 'logit') {
    dOutput.data[classIndex] = 1;
    return { score: output.data[classIndex], dOutput };
  }
  const p = softmaxRow(output.data);
  for (let j = 0; j < p.length; j++) dOutput.data[j] = p[classIndex] * ((j === classIndex ? 1 : 0) - p[j]);
  return { score: p[classIndex], dOutput };
}
