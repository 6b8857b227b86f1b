// Sending a file from the UI to lab/ over the API's own connection (Electron IPC or the classroom
// WebSocket): a photo to classify, a model or labels file to import. Files travel in base64 chunks
// small enough for the socket's 1 MiB message limit; each purpose has a size cap checked before the
// first byte is sent (the UI says so) and again on the server.
import { ApiInputError, expectObject } from './guards';

export type UploadPurpose = 'photo' | 'model' | 'labels';

export const UPLOAD_CAPS_MB: Record<UploadPurpose, number> = { photo: 30, model: 1024, labels: 2 };
/** Raw bytes per chunk: 512 KiB is ~683 KiB in base64, under the socket's 1 MiB limit. */
export const UPLOAD_CHUNK_BYTES = 512 * 1024;

export interface UploadStart {
  file: string;
  bytes: number;
  purpose: UploadPurpose;
}
export interface UploadChunk {
  uploadId: string;
  offset: number;
  /** Base64 of at most UPLOAD_CHUNK_BYTES bytes. */
  data: string;
}

export interface UploadChannels {
  'uploads:start': { request: UploadStart; response: { uploadId: string; chunkBytes: number } };
  'uploads:chunk': { request: UploadChunk; response: { received: number; complete: boolean } };
  'uploads:cancel': { request: { uploadId: string }; response: { cancelled: boolean } };
}

const PURPOSES: readonly string[] = ['photo', 'model', 'labels'];

/** A file's name as shown back to the learner: no folders, no control characters, at most 200 characters. */
export function expectFileName(value: unknown, what = 'file'): string {
  if (typeof value !== 'string' || value.trim() === '' || value.length > 255 || [...value].some((c) => c.charCodeAt(0) < 32)) {
    throw new ApiInputError(`${what} must be a file name`);
  }
  return value.split(/[\\/]/).pop()!.slice(0, 200) || 'file';
}

export function expectUploadId(input: unknown): { uploadId: string } {
  const o = expectObject(input, 'request');
  if (typeof o.uploadId !== 'string' || !/^[a-f0-9]{32}$/.test(o.uploadId)) throw new ApiInputError('uploadId must be an upload identifier');
  return { uploadId: o.uploadId };
}

export function expectUploadStart(input: unknown): UploadStart {
  const o = expectObject(input, 'request');
  if (typeof o.purpose !== 'string' || !PURPOSES.includes(o.purpose)) throw new ApiInputError('purpose must be photo, model or labels');
  if (typeof o.bytes !== 'number' || !Number.isSafeInteger(o.bytes) || o.bytes < 0) throw new ApiInputError('bytes must be a file size');
  return { file: expectFileName(o.file), bytes: o.bytes, purpose: o.purpose as UploadPurpose };
}

export function expectUploadChunk(input: unknown): UploadChunk {
  const { uploadId } = expectUploadId(input);
  const o = input as Record<string, unknown>;
  if (typeof o.offset !== 'number' || !Number.isSafeInteger(o.offset) || o.offset < 0) throw new ApiInputError('offset must be a byte offset');
  const maxLength = Math.ceil(UPLOAD_CHUNK_BYTES / 3) * 4;
  if (typeof o.data !== 'string' || o.data.length > maxLength || !/^[A-Za-z0-9+/]*={0,2}$/.test(o.data)) {
    throw new ApiInputError('data must be base64 of one chunk');
  }
  return { uploadId, offset: o.offset, data: o.data };
}

export const uploadGuards = {
  'uploads:start': expectUploadStart,
  'uploads:chunk': expectUploadChunk,
  'uploads:cancel': expectUploadId,
};
