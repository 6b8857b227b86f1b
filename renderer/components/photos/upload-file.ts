// Sends a File the learner dropped or picked to lab/ over the API connection (contract/uploads.ts),
// in base64 chunks, with progress and cancellation. A file over its purpose's cap is refused here,
// before a byte is sent, with the same coded error the server would give.
import { LabApiError } from '../../api/client';
import type { LabApi } from '../../../contract/transport';
import { UPLOAD_CAPS_MB, type UploadPurpose } from '../../../contract/uploads';

const MEGABYTE = 1024 * 1024;

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  // String.fromCharCode takes arguments: 32 KiB at a time stays under every engine's limit.
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export interface UploadOptions {
  /** Fraction sent, 0 to 1. */
  onProgress?: (fraction: number) => void;
  signal?: AbortSignal;
}

/** The coded error for a file over its cap, or null when it may be sent. */
export function oversizeError(file: { name: string; size: number }, purpose: UploadPurpose): LabApiError | null {
  const cap = UPLOAD_CAPS_MB[purpose];
  if (file.size <= cap * MEGABYTE) return null;
  const params = { file: file.name, megabytes: file.size / MEGABYTE, maxMegabytes: cap };
  return new LabApiError(`${file.name} is over ${cap} MB`, 'ApiInputError', [], { code: 'upload-too-big', params });
}

/** Uploads `file`; resolves with the upload id that classify / import calls take. */
export async function uploadFile(api: LabApi, file: File, purpose: UploadPurpose, options: UploadOptions = {}): Promise<string> {
  const tooBig = oversizeError(file, purpose);
  if (tooBig) throw tooBig;
  const { uploadId, chunkBytes } = await api.invoke('uploads:start', { file: file.name, bytes: file.size, purpose });
  try {
    for (let offset = 0; offset < file.size; offset += chunkBytes) {
      options.signal?.throwIfAborted();
      const bytes = new Uint8Array(await file.slice(offset, offset + chunkBytes).arrayBuffer());
      await api.invoke('uploads:chunk', { uploadId, offset, data: toBase64(bytes) });
      options.onProgress?.(Math.min(1, (offset + bytes.length) / file.size));
    }
  } catch (error) {
    void api.invoke('uploads:cancel', { uploadId }).catch(() => {});
    throw error;
  }
  options.onProgress?.(1);
  return uploadId;
}
