// Decodes a photo a learner gave us into RGB pixels (HWC, uint8), the way a person sees it: the
// header is checked first (photo-header.ts), EXIF orientation applied, transparency laid on white,
// grey made RGB, then sized for the network (photo-geometry.ts). A truncated or damaged file is an
// error naming it, never a half-grey picture. sharp decodes on libuv's thread pool, off the event loop.
import sharp from 'sharp';
import { centreCrop, shorterSideSize, type PhotoGeometry } from './photo-geometry';
import { readPhotoHeader, type PhotoHeader } from './photo-header';
import { DEFAULT_PHOTO_LIMITS, type PhotoLimits } from './photo-limits';
import { looksTruncated, photoError } from './photo-error';

export interface DecodedPhoto {
  file: string;
  header: PhotoHeader;
  width: number;
  height: number;
  /** width × height × 3 bytes, rows top to bottom, RGB. */
  rgb: Uint8Array;
}

export interface DecodeOptions {
  limits?: PhotoLimits;
  /** What transparent pixels become; white, as most cut-out photos are shown. */
  background?: { r: number; g: number; b: number };
}

const WHITE = { r: 255, g: 255, b: 255 };

/** Decodes `bytes` (named `file` in any error) to RGB sized by `geometry`. */
export async function decodePhoto(
  bytes: Uint8Array,
  file: string,
  geometry: PhotoGeometry = { fit: 'original' },
  options: DecodeOptions = {},
): Promise<DecodedPhoto> {
  const limits = options.limits ?? DEFAULT_PHOTO_LIMITS;
  const header = await readPhotoHeader(bytes, file, limits);
  // failOn 'truncated': a file that ends early is refused; minor warnings in real cameras' files are not.
  let image = sharp(bytes, { failOn: 'truncated', limitInputPixels: limits.maxPixels })
    .rotate()
    .flatten({ background: options.background ?? WHITE })
    .toColourspace('srgb');
  if (geometry.fit === 'squash') {
    image = image.resize({ width: geometry.width, height: geometry.height, fit: 'fill', kernel: geometry.kernel ?? 'lanczos3' });
  } else if (geometry.fit === 'shorter-side-crop') {
    const size = shorterSideSize(header.width, header.height, geometry.resize);
    image = image.resize({ ...size, fit: 'fill', kernel: geometry.kernel ?? 'lanczos3' });
  } else if (geometry.fit === 'contain') {
    image = image.resize({ width: geometry.maxSide, height: geometry.maxSide, fit: 'inside', withoutEnlargement: true, kernel: geometry.kernel ?? 'lanczos3' });
  }
  const { data, info } = await image
    .removeAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true })
    .catch((error: Error) => {
      throw looksTruncated(error.message) ? photoError('photo-truncated', { file }) : photoError('photo-not-image', { file, detail: error.message });
    });
  if (info.channels !== 3) throw photoError('photo-not-image', { file, detail: `decoded to ${info.channels} channels, expected RGB` });
  const rgb = new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  if (geometry.fit === 'shorter-side-crop' && (info.width !== geometry.crop || info.height !== geometry.crop)) {
    return { file, header, width: geometry.crop, height: geometry.crop, rgb: centreCrop(rgb, info.width, info.height, geometry.crop) };
  }
  return { file, header, width: info.width, height: info.height, rgb };
}
