// Reads a photo's header with sharp (no pixels decoded) and refuses what we will not decode: not an
// image, an SVG drawing, an empty file, a file or an image over the limits. Lessons 5, 6, 8 and the
// model library all call this before decoding a photo a learner dropped.
import sharp from 'sharp';
import { DEFAULT_PHOTO_LIMITS, MEGABYTE, type PhotoLimits } from './photo-limits';
import { photoError } from './photo-error';

export type PhotoFormat = 'jpeg' | 'png' | 'webp' | 'gif' | 'avif' | 'heif' | 'tiff';
const PHOTO_FORMATS: readonly string[] = ['jpeg', 'png', 'webp', 'gif', 'avif', 'heif', 'tiff'];

export interface PhotoHeader {
  format: PhotoFormat;
  /** Size as the photo is meant to be seen, after its EXIF orientation. */
  width: number;
  height: number;
  /** Channels stored in the file: 1 grey, 2 grey+alpha, 3 RGB, 4 RGBA (or CMYK). */
  channels: number;
  hasAlpha: boolean;
  /** EXIF orientation 1 to 8; 1 when absent. */
  orientation: number;
  /** Frames in an animated GIF/WebP; the first one is used. */
  pages: number;
}

/** The header of `bytes`, or a coded error naming `file`. */
export async function readPhotoHeader(bytes: Uint8Array, file: string, limits: PhotoLimits = DEFAULT_PHOTO_LIMITS): Promise<PhotoHeader> {
  if (bytes.length === 0) throw photoError('photo-empty', { file });
  if (bytes.length > limits.maxFileBytes) {
    throw photoError('photo-file-too-big', { file, megabytes: bytes.length / MEGABYTE, maxMegabytes: limits.maxFileBytes / MEGABYTE });
  }
  // limitInputPixels: false so that the header of a huge image still reads; we refuse it ourselves,
  // with its size in the message.
  const meta = await sharp(bytes, { limitInputPixels: false })
    .metadata()
    .catch((error: Error) => {
      throw photoError('photo-not-image', { file, detail: error.message.replace(/^Input buffer contains /, '') });
    });
  if (!meta.format || !PHOTO_FORMATS.includes(meta.format)) {
    throw photoError('photo-not-image', { file, detail: `${meta.format ?? 'unknown'} is not a photo format` });
  }
  const storedWidth = meta.width ?? 0;
  const storedHeight = meta.pageHeight ?? meta.height ?? 0;
  if (storedWidth <= 0 || storedHeight <= 0) throw photoError('photo-not-image', { file, detail: 'the header gives no size' });
  if (storedWidth * storedHeight > limits.maxPixels) {
    throw photoError('photo-too-large', { file, width: storedWidth, height: storedHeight, maxMegapixels: limits.maxPixels / 1e6 });
  }
  const orientation = meta.orientation ?? 1;
  const swaps = orientation >= 5 && orientation <= 8;
  return {
    format: meta.format as PhotoFormat,
    width: swaps ? storedHeight : storedWidth,
    height: swaps ? storedWidth : storedHeight,
    channels: meta.channels ?? 3,
    hasAlpha: meta.hasAlpha ?? false,
    orientation,
    pages: meta.pages ?? 1,
  };
}
