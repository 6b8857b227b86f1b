// Everything lessons 5 and 6 show about one image (a test image or a dropped photo): the classes the
// model sees in it, what each convolution layer responds to (feature maps), and where the evidence
// for a class lies (Grad-CAM, Grad-CAM++, Eigen-CAM at each convolution block), all from one forward
// pass and one backward pass per class, computed by airi.
import {
  type CamMethod, type CamTarget, type ClassActivationMap, type RankedClass, type Sequential, type Tensor,
  classActivationMaps, featureMaps, normalizePlanes, softmaxRow, topClasses, traceLayers, traceOutput, type FeatureMaps,
} from '../../../../airi';
import { blockOutputLayers } from './cam-layers';

export interface ExplainOptions {
  /** Classes to explain; default: the top 3. */
  classes?: readonly number[];
  methods?: readonly CamMethod[];
  /** Layers for the maps; default: each convolution block's output. */
  camLayers?: readonly number[];
  target?: CamTarget;
  /** Include the feature maps of every Conv2d (before its ReLU, as the notebook drew them). */
  featureMaps?: boolean;
}

export interface ScaledFeatureMaps extends FeatureMaps {
  /** values with each plane min-max scaled to [0, 1] (white = high activation). */
  scaled: Float32Array;
}

export interface ImageExplanation {
  probabilities: Float32Array;
  top: RankedClass[];
  featureMaps: ScaledFeatureMaps[];
  cams: ClassActivationMap[];
}

export const TOP_CLASSES = 3;

/** input: one preprocessed image [1, 3, H, W] (see imageTensor). */
export function explainImage(model: Sequential, input: Tensor, options: ExplainOptions = {}): ImageExplanation {
  const trace = traceLayers(model, input);
  const scores = traceOutput(trace).data;
  const top = topClasses(scores, TOP_CLASSES);
  const classes = options.classes ?? top.map((t) => t.classIndex);
  const layers = options.camLayers ?? blockOutputLayers(model).map((l) => l.layer);
  const methods = options.methods ?? ['grad-cam'];
  const cams = classes.flatMap((classIndex) => classActivationMaps(trace, { layers, classIndex, methods, target: options.target }));
  const maps = options.featureMaps === false ? [] : featureMaps(trace).map((m) => ({ ...m, scaled: normalizePlanes(m.values, m.channels, m.height * m.width) }));
  return { probabilities: softmaxRow(scores), top, featureMaps: maps, cams };
}
