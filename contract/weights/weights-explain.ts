// Lesson 7's views of an imported network: how fast ONNX Runtime classifies one photo on each
// execution provider, and Grad-CAM computed by airi's own backward on the same weights.
import type { ExecutionProvider } from '../models/models';

export interface ProviderSpeed {
  provider: ExecutionProvider;
  ok: boolean;
  /** Median ms per image over the timed runs (after one warm-up); null when the provider cannot run. */
  msPerImage: number | null;
  runs: number;
  /** Why it cannot run here (ONNX Runtime's words). */
  reason: string | null;
}

export interface ProviderSpeeds {
  modelId: string;
  file: string;
  speeds: ProviderSpeed[];
}

/** A layer Grad-CAM can explain: its index in the flattened net, torchvision's name and its output. */
export interface CamLayer {
  index: number;
  /** torchvision's module path, e.g. "features.29" or "features.8". */
  path: string;
  /** Shown to the learner, e.g. "conv5_3 (features.29)" or "stage 7 (features.7)". */
  label: string;
  channels: number;
  side: number;
}

export interface GradCamRequest {
  id: string;
  uploadId: string;
  /** Index into `layers` of the answer; the last convolution block when left out. */
  layer?: number;
  /** The class explained; the top class when left out. */
  classIndex?: number;
}

export interface GradCamResult {
  file: string;
  layers: CamLayer[];
  layer: number;
  classIndex: number;
  label: string;
  probability: number;
  /** The side×side crop the network saw, RGB bytes row-major, base64. */
  cropRgbBase64: string;
  /** The heatmap over the crop, 0 to 255 per pixel (row-major, side × side), base64: 255 = most evidence. */
  heatmapBase64: string;
  side: number;
  /** The top 5 by airi (the same weights ONNX Runtime runs). */
  top: { index: number; label: string; probability: number }[];
  ms: { forward: number; backward: number; total: number };
  backend: string;
}
