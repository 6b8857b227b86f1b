// Reads a photo from disk for the CLI and tests: the size is checked before the file is read, so a
// 2 GB file named cat.jpg is refused without loading it.
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { DEFAULT_PHOTO_LIMITS, MEGABYTE, type PhotoLimits } from './photo-limits';
import { photoError } from './photo-error';

export async function readPhotoFile(path: string, limits: PhotoLimits = DEFAULT_PHOTO_LIMITS): Promise<{ file: string; bytes: Uint8Array }> {
  const file = basename(path);
  const info = await stat(path).catch((error: NodeJS.ErrnoException) => {
    throw photoError('photo-not-image', { file, detail: error.code === 'ENOENT' ? 'no such file' : error.message });
  });
  if (!info.isFile()) throw photoError('photo-not-image', { file, detail: 'it is a folder, not a file' });
  if (info.size > limits.maxFileBytes) {
    throw photoError('photo-file-too-big', { file, megabytes: info.size / MEGABYTE, maxMegabytes: limits.maxFileBytes / MEGABYTE });
  }
  return { file, bytes: new Uint8Array(await readFile(path)) };
}
