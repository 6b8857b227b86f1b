// The shared photo decoder on real and made-up files: every accepted format decodes to RGB, EXIF
// orientation is applied, alpha lands on white, grey becomes RGB, and what must be refused (text, a
// truncated JPEG, a 20,000×20,000 header, an empty or oversized file) gets its code and the file's name.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import type { ApiInputError } from '../../../../contract/guards';
import { decodePhoto, readPhotoHeader } from '../../../../lab/photos';
import { encodeRgb, halfRedHalfBlue, pngHeaderOnly } from '../../../helpers/photo-samples';

const CATS = join(process.cwd(), '../shared/datasets/oxford-pets-cats');
const persian = () => {
  const dir = join(CATS, 'Persian');
  return readFileSync(join(dir, readdirSync(dir).filter((f) => f.endsWith('.jpg')).sort()[0]));
};

async function refusal(promise: Promise<unknown>): Promise<ApiInputError> {
  const error = await promise.then(() => null, (e: ApiInputError) => e);
  if (!error) throw new Error('expected a refusal');
  return error;
}

describe('decodePhoto', () => {
  it('decodes JPEG, PNG, WebP, GIF, AVIF and TIFF to RGB', async () => {
    const rgb = halfRedHalfBlue(16, 8);
    for (const format of ['jpeg', 'png', 'webp', 'gif', 'avif', 'tiff'] as const) {
      const bytes = await encodeRgb(rgb, 16, 8).toFormat(format).toBuffer();
      const photo = await decodePhoto(bytes, `x.${format}`);
      expect([photo.width, photo.height, photo.rgb.length], format).toEqual([16, 8, 16 * 8 * 3]);
      expect(photo.rgb[0], format).toBeGreaterThan(180); // red on the left
      expect(photo.rgb[(8 * 16 - 1) * 3 + 2], format).toBeGreaterThan(180); // blue bottom right
    }
  });

  it('applies EXIF orientation: a photo stored sideways comes out upright', async () => {
    // Stored 16 wide, 8 high, red on the left; orientation 6 says "rotate 90° clockwise to view".
    const bytes = await encodeRgb(halfRedHalfBlue(16, 8), 16, 8).jpeg().withMetadata({ orientation: 6 }).toBuffer();
    const header = await readPhotoHeader(bytes, 'sideways.jpg');
    expect([header.width, header.height, header.orientation]).toEqual([8, 16, 6]);
    const photo = await decodePhoto(bytes, 'sideways.jpg');
    expect([photo.width, photo.height]).toEqual([8, 16]);
    expect(photo.rgb[0]).toBeGreaterThan(180); // red is now on top
    expect(photo.rgb[(15 * 8) * 3 + 2]).toBeGreaterThan(180); // blue at the bottom
  });

  it('lays transparency on white and makes grey RGB', async () => {
    const clear = await sharp({ create: { width: 4, height: 4, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0 } } }).png().toBuffer();
    const photo = await decodePhoto(clear, 'clear.png');
    expect(Array.from(photo.rgb.subarray(0, 3))).toEqual([255, 255, 255]);
    const grey = await sharp(Buffer.alloc(16, 100), { raw: { width: 4, height: 4, channels: 1 } }).toColourspace('b-w').png().toBuffer();
    expect((await readPhotoHeader(grey, 'grey.png')).channels).toBe(1);
    const greyPhoto = await decodePhoto(grey, 'grey.png');
    expect(greyPhoto.rgb.length).toBe(48);
    expect(Array.from(greyPhoto.rgb.subarray(0, 3))).toEqual([100, 100, 100]);
  });

  it('resizes the shorter side then crops the centre, like torchvision', async () => {
    const photo = await decodePhoto(persian(), 'persian.jpg', { fit: 'shorter-side-crop', resize: 256, crop: 224 });
    expect([photo.width, photo.height, photo.rgb.length]).toEqual([224, 224, 224 * 224 * 3]);
    const squashed = await decodePhoto(persian(), 'persian.jpg', { fit: 'squash', width: 32, height: 32 });
    expect([squashed.width, squashed.height]).toEqual([32, 32]);
  });

  it('refuses a truncated JPEG, naming the file', async () => {
    const bytes = persian();
    const error = await refusal(decodePhoto(bytes.subarray(0, bytes.length >> 1), 'half-a-cat.jpg'));
    expect(error.info).toEqual({ code: 'photo-truncated', params: { file: 'half-a-cat.jpg' } });
    expect(error.message).toContain('half-a-cat.jpg');
  });

  it('refuses text, an empty file and an SVG as not photos', async () => {
    const text = await refusal(decodePhoto(Buffer.from('these are my notes, not a cat'), 'notes.jpg'));
    expect(text.info?.code).toBe('photo-not-image');
    expect(text.message).toContain('notes.jpg');
    expect((await refusal(decodePhoto(new Uint8Array(0), 'empty.png'))).info?.code).toBe('photo-empty');
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>');
    expect((await refusal(decodePhoto(svg, 'drawing.svg'))).info?.code).toBe('photo-not-image');
  });

  it('refuses a 20,000×20,000 image from its header, before decoding', async () => {
    const error = await refusal(decodePhoto(pngHeaderOnly(20_000, 20_000), 'huge.png'));
    expect(error.info).toEqual({ code: 'photo-too-large', params: { file: 'huge.png', width: 20_000, height: 20_000, maxMegapixels: 50 } });
  });

  it('refuses a file over the size limit', async () => {
    const error = await refusal(decodePhoto(persian(), 'cat.jpg', { fit: 'original' }, { limits: { maxFileBytes: 1000, maxPixels: 1e6 } }));
    expect(error.info?.code).toBe('photo-file-too-big');
  });
});
