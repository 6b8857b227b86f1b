// Files in and out of the browser for runs: an exported file saved through a download link, and a
// bundle sent to lab/ in parts small enough for the classroom WebSocket's message limit.
import type { ExportedFile, ImportResult } from '../../../contract/runs-api';
import type { LabApi } from '../../../contract/transport';

/** 512 KiB of bytes is ~683 KiB of base64, under the socket's 1 MiB limit. */
const PART_BYTES = 512 * 1024;

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export function saveExported(file: ExportedFile): void {
  const binary = atob(file.base64);
  const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: file.mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export async function importBundleFile(api: LabApi, file: File): Promise<ImportResult> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  const count = Math.max(1, Math.ceil(bytes.length / PART_BYTES));
  const uploadId = `ui${Date.now().toString(36)}${Math.random().toString(36).slice(2, 10)}`;
  let result: ImportResult = {};
  for (let index = 0; index < count; index++) {
    const base64 = toBase64(bytes.subarray(index * PART_BYTES, (index + 1) * PART_BYTES));
    result = await api.invoke('runs:import', { uploadId, fileName: file.name, index, count, base64 });
  }
  return result;
}
