// Decodes one image file (JPEG, PNG, WebP...) with sharp into 32×32 uint8 CHW. Decision: images that
// are not 32×32 are rejected, not resized. CIFAR-10 is 32×32 by definition, so another size means a
// different dataset or a broken copy, and resizing would hide that (and blur the lessons' numbers).
// Channels are made RGB: grey is replicated, alpha is dropped. sharp decodes on libuv's thread pool,
// so several decodes in flight use both cores; the importer keeps about 16 going.
import sharp from 'sharp';
import { IMAGE_BYTES, IMAGE_SIDE, PLANE_BYTES } from './cifar10-format';

/** Decodes `file` into `out` (IMAGE_BYTES, CHW). Throws a plain Error whose message says what is wrong. */
export async function decodeImage(file: Uint8Array, out: Uint8Array = new Uint8Array(IMAGE_BYTES)): Promise<Uint8Array> {
  // The header first: a 776 KB PNG can claim 16,000 × 16,000 pixels (843 MB decoded). Its size is
  // refused before a single pixel is decoded, and the decoder itself may not exceed 32 × 32.
  const header = await sharp(file).metadata().catch((error: Error) => {
    throw new Error(`does not decode as an image (${error.message})`, { cause: error });
  });
  if (header.width !== IMAGE_SIDE || header.height !== IMAGE_SIDE) {
    throw new Error(`is ${header.width}×${header.height}; CIFAR-10 images must be ${IMAGE_SIDE}×${IMAGE_SIDE} (they are not resized)`);
  }
  // failOn 'warning': a JPEG that ends early or has a damaged scan is an error, not a grey smear.
  const { data, info } = await sharp(file, { failOn: 'warning', limitInputPixels: IMAGE_SIDE * IMAGE_SIDE })
    .raw()
    .toBuffer({ resolveWithObject: true })
    .catch((error: Error) => {
      throw new Error(`does not decode as an image (${error.message})`, { cause: error });
    });
  if (info.width !== IMAGE_SIDE || info.height !== IMAGE_SIDE) {
    throw new Error(`is ${info.width}×${info.height}; CIFAR-10 images must be ${IMAGE_SIDE}×${IMAGE_SIDE} (they are not resized)`);
  }
  const channels = info.channels as number;
  if (channels < 1 || channels > 4) throw new Error(`has ${channels} channels; expected grey, grey+alpha, RGB or RGBA`);
  hwcToChw(data, channels, out);
  return out;
}

/** Interleaved HWC pixels with 1 to 4 channels → planar RGB. Grey fills all three planes; alpha is ignored. */
export function hwcToChw(hwc: Uint8Array, channels: number, out: Uint8Array): void {
  const colour = channels >= 3;
  for (let p = 0; p < PLANE_BYTES; p++) {
    const at = p * channels;
    out[p] = hwc[at];
    out[PLANE_BYTES + p] = colour ? hwc[at + 1] : hwc[at];
    out[2 * PLANE_BYTES + p] = colour ? hwc[at + 2] : hwc[at];
  }
}
