// A whole file as a Uint8Array without a second copy: `new Uint8Array(buffer)` copies a Node Buffer,
// which for VGG16's 528 MB weights means holding the file twice until the collector runs.
import { readFile } from 'node:fs/promises';

export async function readFileBytes(path: string): Promise<Uint8Array> {
  const buffer = await readFile(path);
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}
