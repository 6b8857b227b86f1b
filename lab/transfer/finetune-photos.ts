// Lesson 8's full fine-tuning, the photos: each decoded once as a square of `side` pixels (torchvision's
// Resize(256) + CenterCrop(256)), then cut per epoch into the network's input: a random crop of
// `size` with a random horizontal flip while training (the augmentation), the centre crop for
// validation and test (Resize(256) + CenterCrop(224), as torchvision evaluates). Normalized with
// ImageNet's mean and std, channels first. A photo that cannot be decoded is listed and skipped.
import { readFileSync } from 'node:fs';
import type { Rng } from '../../airi';
import { ApiInputError } from '../../contract/guards';
import type { LabErrorInfo } from '../../contract/lab-errors';
import type { FolderPhoto } from '../photo-folders/scan-photo-folder';
import { decodePhoto } from '../photos';

const MEAN = [0.485, 0.456, 0.406];
const STD = [0.229, 0.224, 0.225];

export interface SquarePhoto {
  /** side × side × 3 bytes, RGB. */
  rgb: Uint8Array;
  label: number;
  name: string;
}

export interface SquarePhotos {
  side: number;
  photos: SquarePhoto[];
  bad: { name: string; error: LabErrorInfo | null; detail: string }[];
}

/** torchvision's resize-to-crop ratio (256 for 224), for any input size. */
export const sideFor = (size: number) => Math.round((size * 256) / 224);

export async function loadSquarePhotos(photos: FolderPhoto[], side: number): Promise<SquarePhotos> {
  const out: SquarePhotos = { side, photos: [], bad: [] };
  for (const photo of photos) {
    try {
      const decoded = await decodePhoto(new Uint8Array(readFileSync(photo.path)), photo.name, { fit: 'shorter-side-crop', resize: side, crop: side, kernel: 'linear' });
      out.photos.push({ rgb: decoded.rgb, label: photo.label, name: photo.name });
    } catch (error) {
      out.bad.push({ name: photo.name, error: error instanceof ApiInputError ? error.info ?? null : null, detail: error instanceof Error ? error.message : String(error) });
    }
  }
  return out;
}

/** Writes the size × size crop at (x0, y0), flipped or not, into `out` at image `index` (CHW). */
export function cropToTensor(photo: SquarePhoto, side: number, size: number, x0: number, y0: number, flip: boolean, out: Float32Array, index: number): void {
  const plane = size * size;
  const base = index * 3 * plane;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const sx = x0 + (flip ? size - 1 - x : x);
      const from = ((y0 + y) * side + sx) * 3;
      for (let c = 0; c < 3; c++) out[base + c * plane + y * size + x] = (photo.rgb[from + c] / 255 - MEAN[c]) / STD[c];
    }
  }
}

/** Training: a random crop and a coin-flip mirror. */
export function augmented(photo: SquarePhoto, side: number, size: number, rng: Rng, out: Float32Array, index: number): void {
  const x0 = Math.floor(rng.uniform() * (side - size + 1));
  const y0 = Math.floor(rng.uniform() * (side - size + 1));
  cropToTensor(photo, side, size, x0, y0, rng.uniform() < 0.5, out, index);
}

/** Validation and test: the centre crop, as torchvision evaluates. */
export function centred(photo: SquarePhoto, side: number, size: number, out: Float32Array, index: number): void {
  const offset = Math.floor((side - size) / 2);
  cropToTensor(photo, side, size, offset, offset, false, out, index);
}
