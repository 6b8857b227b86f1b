// The model library as the UI and the CLI see it: a stored model, its image/scores contract, how
// photos are prepared for it, which execution provider ran it and why others did not, and one photo's
// classification.

export type ImageLayout = 'NCHW' | 'NHWC';
export type ResizeMode = 'shorter-side-crop' | 'squash';

/** How a photo becomes the network's input tensor: x = (pixel × scale − mean) / std, per channel. */
export interface Preprocessing {
  resize: ResizeMode;
  /** The shorter side before the centre crop (shorter-side-crop only), e.g. 256 for a 224 crop. */
  resizeTo: number;
  /** The network's input height and width. */
  size: number;
  scale: number;
  mean: [number, number, number];
  std: [number, number, number];
  channelOrder: 'RGB' | 'BGR';
  layout: ImageLayout;
  kernel: 'nearest' | 'linear' | 'cubic' | 'lanczos3';
}

/** Which input takes the image and which output gives the class scores. */
export interface ModelIo {
  imageInput: string;
  inputDims: (number | string)[];
  layout: ImageLayout;
  /** Fixed by the model, or null when it accepts any size (the preprocessing's size is used). */
  height: number | null;
  width: number | null;
  scoresOutput: string;
  classes: number;
}

export const EXECUTION_PROVIDERS = ['cuda', 'tensorrt', 'dml', 'coreml', 'webgpu', 'cpu'] as const;
export type ExecutionProvider = (typeof EXECUTION_PROVIDERS)[number];

/** One try to open a session on a provider: what happened and, when it failed, ONNX Runtime's reason. */
export interface ProviderAttempt {
  provider: ExecutionProvider;
  ok: boolean;
  reason: string | null;
  ms: number;
}

export interface ModelSummary {
  id: string;
  name: string;
  /** The file name it was imported from. */
  file: string;
  sha256: string;
  bytes: number;
  importedAt: string;
  io: ModelIo;
  labelsSource: 'imagenet' | 'file' | 'numbers';
  preprocessing: Preprocessing;
  /** 'auto' tries providers in order; a name forces that one. */
  preferredProvider: ExecutionProvider | 'auto';
  /** The provider the last session ran on, and every attempt that led there. */
  provider: ExecutionProvider | null;
  attempts: ProviderAttempt[];
  params: number;
  macs: number;
}

export interface ClassScore {
  classIndex: number;
  label: string;
  probability: number;
}

export interface ClassifyResult {
  file: string;
  top: ClassScore[];
  provider: ExecutionProvider;
  /** Milliseconds: decoding and preparing the photo, the network itself, and both. */
  ms: { prepare: number; inference: number; total: number };
  /** The photo's size as seen (after EXIF orientation). */
  width: number;
  height: number;
}

/** What the machine offers: every provider this platform could have, whether it ran, and why not. */
export interface ProvidersReport {
  onnxRuntime: string | null;
  order: ExecutionProvider[];
  probes: ProviderAttempt[];
}

/** What the network sees for one photo: the crop after resizing, as a PNG, before normalisation. */
export interface PreprocessPreview {
  file: string;
  pngBase64: string;
  width: number;
  height: number;
  /** Per channel minimum and maximum of the normalised tensor, to show the value range. */
  range: { min: number; max: number }[];
}
