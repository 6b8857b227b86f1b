// The weights:* channels: torchvision weights imported from a file (an upload, or a path on the
// teacher's computer, as the dataset panel takes), downloaded from torchvision's address when the
// teacher presses the button, listed and removed; and lesson 7's uses of an import (ms per image on
// each provider, Grad-CAM by airi's backward).
import { ApiInputError, expectObject } from '../guards';
import { expectUploadId } from '../uploads';
import type { ImportedWeights } from './imported-weights';
import type { GradCamRequest, GradCamResult, ProviderSpeeds } from './weights-explain';

/** The two files torchvision publishes that lessons 7 and 8 use, by file name. */
export const TORCHVISION_FILES = {
  'efficientnet_b0_rwightman-3dd342df.pth': { url: 'https://download.pytorch.org/models/efficientnet_b0_rwightman-3dd342df.pth', megabytes: 21 },
  'vgg16-397923af.pth': { url: 'https://download.pytorch.org/models/vgg16-397923af.pth', megabytes: 528 },
} as const;
export type TorchvisionFile = keyof typeof TORCHVISION_FILES;

export interface WeightsDownloadState {
  file: TorchvisionFile;
  url: string;
  megabytes: number;
  /** Bytes of an interrupted download kept for resuming (0 when none). */
  partialBytes: number;
}

export interface WeightsStatus {
  imported: ImportedWeights[];
  /** The file being imported now, if any. */
  importing: string | null;
  downloads: WeightsDownloadState[];
  /** Where the teacher can put a file by hand (the downloads folder). */
  downloadsFolder: string;
}

export interface WeightsChannels {
  'weights:status': { request: void; response: WeightsStatus };
  /** From an upload (uploads:*, purpose "model") or a path on the lab's computer (the teacher's). */
  'weights:import': { request: { uploadId: string; name?: string } | { path: string; name?: string }; response: ImportedWeights };
  'weights:download': { request: { file: TorchvisionFile }; response: ImportedWeights };
  'weights:remove': { request: { id: string }; response: { removed: boolean } };
  'weights:speeds': { request: { id: string; uploadId: string }; response: ProviderSpeeds };
  'weights:grad-cam': { request: GradCamRequest; response: GradCamResult };
}

const MAX_PATH = 4096;

export function expectWeightsId(input: unknown): { id: string } {
  const o = expectObject(input, 'request');
  if (typeof o.id !== 'string' || !/^[a-f0-9]{16}$/.test(o.id)) throw new ApiInputError('id must be an imported weights identifier');
  return { id: o.id };
}

function optionalName(o: Record<string, unknown>): { name?: string } {
  if (o.name === undefined) return {};
  if (typeof o.name !== 'string' || o.name.trim() === '' || o.name.length > 120) throw new ApiInputError('name must be 1 to 120 characters');
  return { name: o.name.trim() };
}

export const weightsGuards = {
  'weights:status': (input: unknown): void => {
    if (input !== undefined && input !== null && !(typeof input === 'object' && Object.keys(input).length === 0)) throw new ApiInputError('this call takes no arguments');
  },
  'weights:import': (input: unknown): WeightsChannels['weights:import']['request'] => {
    const o = expectObject(input, 'request');
    if (o.path !== undefined) {
      if (typeof o.path !== 'string' || o.path.trim() === '' || o.path.length > MAX_PATH || o.path.includes('\0')) {
        throw new ApiInputError('path must be the path of a .pth or .safetensors file');
      }
      return { path: o.path.trim(), ...optionalName(o) };
    }
    return { ...expectUploadId(input), ...optionalName(o) };
  },
  'weights:download': (input: unknown) => {
    const o = expectObject(input, 'request');
    if (typeof o.file !== 'string' || !Object.hasOwn(TORCHVISION_FILES, o.file)) {
      throw ApiInputError.of({ code: 'weights-unknown-download', params: { name: String(o.file).slice(0, 100) } });
    }
    return { file: o.file as TorchvisionFile };
  },
  'weights:remove': expectWeightsId,
  'weights:speeds': (input: unknown) => ({ ...expectWeightsId(input), ...expectUploadId(input) }),
  'weights:grad-cam': (input: unknown): GradCamRequest => {
    const { id, uploadId } = { ...expectWeightsId(input), ...expectUploadId(input) };
    const o = input as Record<string, unknown>;
    const whole = (v: unknown, what: string, max: number) => {
      if (v === undefined) return undefined;
      if (typeof v !== 'number' || !Number.isInteger(v) || v < 0 || v > max) throw new ApiInputError(`${what} must be a whole number from 0 to ${max}`);
      return v;
    };
    const layer = whole(o.layer, 'layer', 500);
    const classIndex = whole(o.classIndex, 'classIndex', 100_000);
    return { id, uploadId, ...(layer === undefined ? {} : { layer }), ...(classIndex === undefined ? {} : { classIndex }) };
  },
};
