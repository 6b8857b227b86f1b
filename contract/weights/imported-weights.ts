// torchvision weights imported into the lab (lessons 7 and 8): which architecture the state dict
// turned out to be, how many classes its classifier has, where it came from, and the ONNX copy in the
// model library that ONNX Runtime classifies with. airi keeps its own copy (safetensors) so it can run,
// explain (Grad-CAM at any layer) and fine-tune the same weights.

export const TORCHVISION_ARCHITECTURES = ['efficientnet_b0', 'vgg16'] as const;
export type TorchvisionArchitecture = (typeof TORCHVISION_ARCHITECTURES)[number];

export interface ImportedWeights {
  /** The first 16 hex digits of the source file's sha256. */
  id: string;
  name: string;
  architecture: TorchvisionArchitecture;
  /** Outputs of the classifier's last Linear (1000 for ImageNet). */
  classes: number;
  /** The file name it was imported from (efficientnet_b0_rwightman-3dd342df.pth). */
  file: string;
  /** sha256 of the source file. */
  sha256: string;
  /** Size of the source file. */
  bytes: number;
  params: number;
  importedAt: string;
  /** The ONNX export of these weights in the model library; null when it was removed from there. */
  onnxModelId: string | null;
  labelsSource: 'imagenet' | 'numbers';
}

/** The steps of a torchvision import, in order (a VGG16 takes about a minute on a small laptop). */
export const WEIGHTS_IMPORT_PHASES = ['downloading', 'reading', 'recognising', 'loading', 'saving', 'exporting', 'checking'] as const;
export type WeightsImportPhase = (typeof WEIGHTS_IMPORT_PHASES)[number];

/** Progress of the one import (or download and import) running, for every window. */
export interface WeightsImportProgress {
  file: string;
  phase: WeightsImportPhase;
  /** Bytes downloaded (downloading only) and the file's size when known. */
  bytesDone?: number;
  bytesTotal?: number | null;
  /** The whole import's fraction done, from 0 to 1, phases weighted by their usual share of the time. */
  fraction: number;
  elapsedSeconds: number;
  /** Seconds left at the pace so far; null until it can be estimated. */
  etaSeconds: number | null;
}

/** How the import ended, for every window (the call's own answer says the same to the caller). */
export interface WeightsImportFinished {
  file: string;
  ok: boolean;
  weights: ImportedWeights | null;
  /** English (logs); the UI words errorInfo. */
  error: string | null;
}
