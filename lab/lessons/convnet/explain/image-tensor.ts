// One picture as the model's input (lessons 5 and 6): a CIFAR-10 test image or a dropped photo
// already resized to 32×32, uint8 CHW, through the run's own preprocessing (the affine map it
// trained with), into a [1, 3, 32, 32] tensor.
import { Tensor } from '../../../../airi';
import { IMAGE_BYTES, IMAGE_SIDE, PLANE_BYTES } from '../../../datasets/cifar10-format';
import { IDENTITY_TRANSFORM } from '../../../datasets/augmentation';
import type { PixelAffine } from '../../../datasets/preprocessing';
import { writeImage } from '../../../datasets/write-image';

/** image: IMAGE_BYTES of uint8 CHW; returns the preprocessed [1, 3, 32, 32] input. */
export function imageTensor(image: Uint8Array, affine: PixelAffine): Tensor {
  if (image.length !== IMAGE_BYTES) throw new Error(`an input image has ${IMAGE_BYTES} bytes (3×32×32), got ${image.length}`);
  const x = new Float32Array(IMAGE_BYTES);
  writeImage(image, 0, x, 0, affine, IDENTITY_TRANSFORM, 'nchw');
  return new Tensor(x, [1, 3, IMAGE_SIDE, IMAGE_SIDE]);
}

/** Interleaved RGB (HWC, as a photo decoder returns it) of a 32×32 image to CHW planes. */
export function rgbToChw(rgb: Uint8Array): Uint8Array {
  if (rgb.length !== IMAGE_BYTES) throw new Error(`a 32×32 RGB photo has ${IMAGE_BYTES} bytes, got ${rgb.length}`);
  const chw = new Uint8Array(IMAGE_BYTES);
  for (let p = 0; p < PLANE_BYTES; p++) for (let c = 0; c < 3; c++) chw[c * PLANE_BYTES + p] = rgb[p * 3 + c];
  return chw;
}

/** Image `index` of a split's uint8 CHW images, as its own array. */
export function splitImage(images: Uint8Array, index: number): Uint8Array {
  return images.slice(index * IMAGE_BYTES, (index + 1) * IMAGE_BYTES);
}
