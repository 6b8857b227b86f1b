// Class activation maps for any ONNX classifier in the library (issue 10, "Grad-CAM on ONNX models"):
// which inner activations can be explained, and one photo's maps at chosen layers for chosen classes.
// Grad-CAM needs the class score's gradient at the layer: read from the head's own weights when a
// global-average-pool-then-linear head follows the layer, else taken by airi's backward through the
// rest of the graph; Eigen-CAM needs no gradient and works at any layer of any graph.
import { ApiInputError, expectObject } from '../guards';
import { expectUploadId } from '../uploads';
import type { ClassScore, ExecutionProvider } from './models';

export const EXPLAIN_METHODS = ['grad-cam', 'eigen-cam'] as const;
export type ExplainMethod = (typeof EXPLAIN_METHODS)[number];

/**
 * How Grad-CAM gets the gradient at a layer: 'linear-head' (the head's weights / (H·W)), 'tail' (airi's
 * backward through the graph after the layer), or null when neither can (Eigen-CAM still works there).
 */
export type CamGradient = 'linear-head' | 'tail' | null;

/** An inner 4-D activation [1, C, H, W] that can be explained. */
export interface CamLayer {
  /** The tensor's name in the ONNX graph: what a request names. */
  name: string;
  /** The operator that produced it (Conv, Clip, Add, QLinearConv...). */
  op: string;
  channels: number;
  height: number;
  width: number;
  /** Stored as 8-bit integers in the graph; dequantized with the graph's scale and zero point. */
  quantized: boolean;
  /** The top-level block it belongs to ("features.13"), from the exporter's names or the resolution; null if none. */
  block: string | null;
  /** The block's last activation: one per stage, what lesson 8's grid shows. */
  blockEnd: boolean;
  gradient: CamGradient;
  /** Why Grad-CAM cannot run here (the first operator after the layer that the tail does not support). */
  unsupported: string | null;
}

export interface CamLayers {
  modelId: string;
  layers: CamLayer[];
  /** The layer explained when a request names none: the last one Grad-CAM can use. */
  defaultLayer: string | null;
}

/** One map: one class at one layer by one method. */
export interface CamMap {
  layer: string;
  method: ExplainMethod;
  classIndex: number;
  label: string;
  /** The explained class's raw score (logit) for this photo. */
  score: number;
  gradient: CamGradient;
  channels: number;
  height: number;
  width: number;
  /** ReLU(sum_c w_c A_c) at the layer's resolution, row by row, not scaled: [height × width]. */
  cam: number[];
  /** One weight per channel: the mean gradient (Grad-CAM) or the first principal direction (Eigen-CAM). */
  weights: number[];
  /**
   * The map stretched over the network's input (bilinear, as PyTorch's align_corners=False) and scaled
   * to 0..255 by its own minimum and maximum: inputHeight × inputWidth bytes, base64. 255 = most evidence.
   */
  heatBase64: string;
}

export interface ExplainResult {
  file: string;
  modelId: string;
  /** The crop the network saw, as a PNG (the maps are drawn over it). */
  pngBase64: string;
  inputWidth: number;
  inputHeight: number;
  top: ClassScore[];
  maps: CamMap[];
  provider: ExecutionProvider;
  /** Milliseconds: the session with the exposed layers, the gradients and maps, and everything. */
  ms: { inference: number; explain: number; total: number };
}

export interface ExplainRequest {
  modelId: string;
  uploadId: string;
  /** Classes explained; default: the top two. */
  classIndices?: number[];
  /** Layers explained (CamLayer.name); default: CamLayers.defaultLayer. */
  layers?: string[];
  method: ExplainMethod;
}

export interface ExplainChannels {
  'models:cam-layers': { request: { modelId: string }; response: CamLayers };
  'models:explain': { request: ExplainRequest; response: ExplainResult };
}

function expectIndices(value: unknown): number[] {
  if (!Array.isArray(value) || value.length === 0 || value.length > 16) throw new ApiInputError('classIndices must be a list of 1 to 16 class numbers');
  for (const v of value) if (typeof v !== 'number' || !Number.isInteger(v) || v < 0) throw new ApiInputError('classIndices must be whole numbers from 0');
  return value as number[];
}

function expectLayers(value: unknown): string[] {
  if (!Array.isArray(value) || value.length === 0 || value.length > 32) throw new ApiInputError('layers must be a list of 1 to 32 tensor names');
  for (const v of value) if (typeof v !== 'string' || v === '' || v.length > 500) throw new ApiInputError('layers must be tensor names');
  return value as string[];
}

function expectModelIdOf(o: Record<string, unknown>): string {
  if (typeof o.modelId !== 'string' || !/^[a-f0-9]{16}$/.test(o.modelId)) throw new ApiInputError('modelId must be a model identifier');
  return o.modelId;
}

export const explainGuards = {
  'models:cam-layers': (input: unknown) => ({ modelId: expectModelIdOf(expectObject(input, 'request')) }),
  'models:explain': (input: unknown): ExplainRequest => {
    const o = expectObject(input, 'request');
    const modelId = expectModelIdOf(o);
    const { uploadId } = expectUploadId(input);
    if (!EXPLAIN_METHODS.includes(o.method as ExplainMethod)) throw new ApiInputError(`method must be one of ${EXPLAIN_METHODS.join(', ')}`);
    return {
      modelId,
      uploadId,
      method: o.method as ExplainMethod,
      ...(o.classIndices === undefined ? {} : { classIndices: expectIndices(o.classIndices) }),
      ...(o.layers === undefined ? {} : { layers: expectLayers(o.layers) }),
    };
  },
};
