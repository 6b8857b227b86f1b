// Lesson 8's fast mode over the API: scan a photo folder (one subfolder per breed) on the lab's
// computer, train a new head on a library model's frozen features (a stored run; progress arrives as
// training:progress / training:finished events), and classify a dropped photo with a trained head.
// Folder paths come only from the teacher's own computer (the classroom server refuses them otherwise).
import { ApiInputError, expectNothing, expectObject, expectRunId } from '../guards';
import type { CamGradient, ExplainMethod } from '../models/explain';
import type { ClassScore, ModelSummary } from '../models/models';
import { expectModelId } from '../models/model-channels';
import { expectUploadId } from '../uploads';

export interface PhotoFolderScan {
  folder: string;
  classes: string[];
  /** Per class: [train, validation, test] photo counts of the seeded split. */
  counts: [number, number, number][];
  photos: number;
  /** Files that are not photos, by name (left out). */
  skipped: string[];
  seed: number;
}

export interface TransferTrainRequest {
  modelId: string;
  folder: string;
  seed: number;
  epochs: number;
}

/** Full fine-tuning in airi: torchvision's EfficientNet-B0 from imported weights, a new head, trained end to end or from a stage on. */
export interface FineTuneRequest {
  /** An imported efficientnet_b0 in the weights library. */
  weightsId: string;
  folder: string;
  seed: number;
  epochs: number;
  /** The first features.N stage that trains (0: every layer, the notebook's way). */
  trainFrom: number;
  /** Input side: 224 as torchvision's weights were trained; smaller only to try things quickly. */
  size: number;
  batchSize: number;
}

/** An imported EfficientNet-B0 the full fine-tuning can start from. */
export interface FineTuneWeights {
  id: string;
  name: string;
  file: string;
  classes: number;
}

export interface TransferClassifyResult {
  file: string;
  top: ClassScore[];
}

/** One stage of the grid: its activation, and how its maps were made. */
export interface TransferCamStage {
  layer: string;
  /** The block the layer ends ("features.3"), or its resolution ("28×28") when the graph names none. */
  block: string | null;
  channels: number;
  height: number;
  width: number;
  /** Grad-CAM where the class score's gradient can be had here; Eigen-CAM (no class, no gradient) elsewhere. */
  method: ExplainMethod;
  /** 'airi': airi's own backward through its EfficientNet-B0 (a fully fine-tuned run); else how native-models/cam got it. */
  gradient: CamGradient | 'airi';
}

/** A dropped photo through a lesson-8 run's classifier: its top 5 and class activation maps at every stage. */
export interface TransferExplainResult {
  file: string;
  top: ClassScore[];
  /** The crop the network saw, as a PNG (the maps are drawn over it). */
  pngBase64: string;
  width: number;
  height: number;
  /** The classes explained (default: the top two). */
  classIndices: number[];
  stages: TransferCamStage[];
  /** maps[class][stage]: ReLU(sum_c w_c A_c) at the stage's resolution, row by row, not scaled. */
  maps: number[][][];
  ms: { inference: number; explain: number; total: number };
}

export interface TransferChannels {
  'transfer:scan': { request: { folder: string; seed: number }; response: PhotoFolderScan };
  'transfer:train': { request: TransferTrainRequest; response: { runId: string } };
  'transfer:classify': { request: { runId: string; uploadId: string }; response: TransferClassifyResult };
  'transfer:finetune-weights': { request: void; response: FineTuneWeights[] };
  'transfer:finetune': { request: FineTuneRequest; response: { runId: string } };
  'transfer:add-to-library': { request: { runId: string }; response: ModelSummary };
  'transfer:explain': { request: { runId: string; uploadId: string; classIndices?: number[] }; response: TransferExplainResult };
}

function expectFolder(value: unknown): string {
  if (typeof value !== 'string' || value.trim() === '' || value.length > 4096 || value.includes('\0')) {
    throw new ApiInputError('folder must be a path of 1 to 4096 characters');
  }
  return value.trim();
}

function expectWhole(value: unknown, what: string, min: number, max: number, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    throw new ApiInputError(`${what} must be a whole number from ${min} to ${max}`);
  }
  return value;
}

export const DEFAULT_TRANSFER_SEED = 1337;
export const DEFAULT_FINETUNE = { epochs: 8, trainFrom: 6, size: 224, batchSize: 8 };
export const DEFAULT_TRANSFER_EPOCHS = 60;

export const transferGuards = {
  'transfer:scan': (input: unknown) => {
    const o = expectObject(input, 'request');
    return { folder: expectFolder(o.folder), seed: expectWhole(o.seed, 'seed', 0, 2 ** 31 - 1, DEFAULT_TRANSFER_SEED) };
  },
  'transfer:train': (input: unknown): TransferTrainRequest => {
    const o = expectObject(input, 'request');
    return {
      ...expectModelId(o),
      folder: expectFolder(o.folder),
      seed: expectWhole(o.seed, 'seed', 0, 2 ** 31 - 1, DEFAULT_TRANSFER_SEED),
      epochs: expectWhole(o.epochs, 'epochs', 1, 500, DEFAULT_TRANSFER_EPOCHS),
    };
  },
  'transfer:classify': (input: unknown) => {
    const o = expectObject(input, 'request');
    return { ...expectRunId(o), ...expectUploadId(o) };
  },
  'transfer:finetune-weights': expectNothing,
  'transfer:finetune': (input: unknown): FineTuneRequest => {
    const o = expectObject(input, 'request');
    if (typeof o.weightsId !== 'string' || !/^[a-f0-9]{16}$/.test(o.weightsId)) throw new ApiInputError('weightsId must be an imported weights identifier');
    const size = expectWhole(o.size, 'size', 32, 512, DEFAULT_FINETUNE.size);
    if (size % 32 !== 0) throw new ApiInputError('size must be a multiple of 32 (EfficientNet-B0 halves it five times)');
    return {
      weightsId: o.weightsId,
      folder: expectFolder(o.folder),
      seed: expectWhole(o.seed, 'seed', 0, 2 ** 31 - 1, DEFAULT_TRANSFER_SEED),
      epochs: expectWhole(o.epochs, 'epochs', 1, 200, DEFAULT_FINETUNE.epochs),
      trainFrom: expectWhole(o.trainFrom, 'trainFrom', 0, 8, DEFAULT_FINETUNE.trainFrom),
      size,
      batchSize: expectWhole(o.batchSize, 'batchSize', 1, 64, DEFAULT_FINETUNE.batchSize),
    };
  },
  'transfer:add-to-library': (input: unknown) => expectRunId(expectObject(input, 'request')),
  'transfer:explain': (input: unknown) => {
    const o = expectObject(input, 'request');
    if (o.classIndices === undefined) return { ...expectRunId(o), ...expectUploadId(o) };
    const ok = Array.isArray(o.classIndices) && o.classIndices.length >= 1 && o.classIndices.length <= 4 &&
      o.classIndices.every((k) => typeof k === 'number' && Number.isInteger(k) && k >= 0 && k < 10_000);
    if (!ok) throw new ApiInputError('classIndices must be a list of 1 to 4 class numbers');
    return { ...expectRunId(o), ...expectUploadId(o), classIndices: o.classIndices as number[] };
  },
};
