// Lesson 8's fast mode over the API: scan a photo folder (one subfolder per breed) on the lab's
// computer, train a new head on a library model's frozen features (a stored run; progress arrives as
// training:progress / training:finished events), and classify a dropped photo with a trained head.
// Folder paths come only from the teacher's own computer (the classroom server refuses them otherwise).
import { ApiInputError, expectObject, expectRunId } from '../guards';
import type { ClassScore } from '../models/models';
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

export interface TransferClassifyResult {
  file: string;
  top: ClassScore[];
}

export interface TransferChannels {
  'transfer:scan': { request: { folder: string; seed: number }; response: PhotoFolderScan };
  'transfer:train': { request: TransferTrainRequest; response: { runId: string } };
  'transfer:classify': { request: { runId: string; uploadId: string }; response: TransferClassifyResult };
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
};
