// Dropped photos for lessons 5 and 6: a real cat photo becomes 32×32 RGB (kept for the next request,
// its upload deleted); a file that is not an image, a cut-short JPEG and a 20,000×20,000 PNG are
// refused with the decoder's coded errors, and a refused photo can be sent again.
import { readFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApiInputError } from '../../../../../contract/guards';
import { PhotoInputs } from '../../../../../lab/lessons/convnet/pictures/photo-inputs';
import { UploadStore } from '../../../../../lab/uploads/upload-store';
import { pngHeaderOnly } from '../../../../helpers/photo-samples';

const CAT = join(import.meta.dirname, '../../../../../../shared/datasets/oxford-pets-cats/Bengal/Bengal_107.jpg');

let dir: string;
let uploads: UploadStore;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'airi-photos-'));
  uploads = new UploadStore(dir);
});
afterEach(async () => {
  await uploads.close();
  rmSync(dir, { recursive: true, force: true });
});

async function send(file: string, bytes: Uint8Array): Promise<string> {
  const { uploadId } = await uploads.start({ file, bytes: bytes.length, purpose: 'photo' });
  if (bytes.length > 0) await uploads.chunk({ uploadId, offset: 0, data: Buffer.from(bytes).toString('base64') });
  return uploadId;
}

async function codeOf(promise: Promise<unknown>): Promise<string | undefined> {
  try {
    await promise;
    return undefined;
  } catch (error) {
    expect(error).toBeInstanceOf(ApiInputError);
    return (error as ApiInputError).info?.code;
  }
}

describe('photos for lessons 5 and 6', () => {
  it('turns a real cat photo into 32×32 RGB once, and keeps it for the next picture', async () => {
    const inputs = new PhotoInputs(uploads);
    const id = await send('Bengal_107.jpg', readFileSync(CAT));
    const rgb = await inputs.rgb32(id);
    expect(rgb.length).toBe(32 * 32 * 3);
    expect(new Set(rgb).size).toBeGreaterThan(50); // a photo, not a flat colour
    expect(await inputs.rgb32(id)).toBe(rgb); // the upload is gone; the small image stays
  });

  it('refuses what is not an image, a cut-short photo and a 20,000×20,000 one, by code', async () => {
    const inputs = new PhotoInputs(uploads);
    expect(await codeOf(inputs.rgb32(await send('notes.jpg', new TextEncoder().encode('not a photo at all'))))).toBe('photo-not-image');
    const jpeg = readFileSync(CAT);
    expect(await codeOf(inputs.rgb32(await send('cut.jpg', jpeg.subarray(0, Math.floor(jpeg.length / 2)))))).toBe('photo-truncated');
    expect(await codeOf(inputs.rgb32(await send('huge.png', pngHeaderOnly(20_000, 20_000))))).toBe('photo-too-large');
  });
});
