// One epoch of mini-batches from a split: optionally shuffled, augmented and always preprocessed,
// as float32 NCHW (or NHWC) with int32 labels. All randomness (the epoch's order, then each image's
// crop and flip, in batch order) comes from the Rng passed in, so a seeded run replays exactly.
// By default the same two buffers are refilled for every batch (no garbage per step): a consumer
// that keeps a batch past the next one, or transfers it to another thread, passes reuseBuffers: false.
import type { Rng } from '../../airi';
import { drawTransform, IDENTITY_TRANSFORM, type Augmentation } from './augmentation';
import { IMAGE_BYTES, type ImageSplit } from './cifar10-format';
import { pixelAffine, type PixelAffine, type Preprocessing } from './preprocessing';
import { writeImage, type BatchLayout } from './write-image';

export interface BatchOptions {
  batchSize: number;
  /** A Preprocessing, or its PixelAffine built once with pixelAffine() and reused every epoch. */
  preprocessing: Preprocessing | PixelAffine;
  layout?: BatchLayout;
  shuffle?: boolean;
  augmentation?: Augmentation | null;
  /** Needed when shuffling or augmenting. */
  rng?: Rng;
  /** Skip the last, smaller batch (keeps BatchNorm statistics and step sizes even). */
  dropLast?: boolean;
  /** Iterate over these images of the split only (a slice, a held-out part). */
  indices?: ArrayLike<number>;
  reuseBuffers?: boolean;
}

export interface Batch {
  /** size × 3 × 32 × 32 floats (NCHW), or size × 32 × 32 × 3 (NHWC). */
  x: Float32Array;
  y: Int32Array;
  size: number;
  /** Which images of the split these are, in batch order. */
  indices: Uint32Array;
}

export function batchesPerEpoch(count: number, batchSize: number, dropLast = false): number {
  return dropLast ? Math.floor(count / batchSize) : Math.ceil(count / batchSize);
}

export function* iterateBatches(split: ImageSplit, options: BatchOptions): Generator<Batch, void, undefined> {
  const { batchSize, rng } = options;
  if (!Number.isInteger(batchSize) || batchSize < 1) throw new Error(`batchSize must be a positive integer, got ${batchSize}`);
  if ((options.shuffle || options.augmentation) && !rng) throw new Error('shuffling and augmentation need the run\'s Rng');
  const affine = 'scale' in options.preprocessing ? options.preprocessing : pixelAffine(options.preprocessing);
  const layout = options.layout ?? 'nchw';
  const reuse = options.reuseBuffers ?? true;

  const order = options.indices ? Uint32Array.from(options.indices) : Uint32Array.from({ length: split.count }, (_, i) => i);
  for (const index of order) {
    if (index >= split.count) throw new Error(`image index ${index} is outside the split (${split.count} images)`);
  }
  if (options.shuffle) rng!.shuffleInPlace(order);

  let x = new Float32Array(batchSize * IMAGE_BYTES);
  let y = new Int32Array(batchSize);
  const batches = batchesPerEpoch(order.length, batchSize, options.dropLast);
  for (let b = 0; b < batches; b++) {
    const start = b * batchSize;
    const size = Math.min(batchSize, order.length - start);
    if (!reuse && (b > 0 || size < batchSize)) {
      x = new Float32Array(size * IMAGE_BYTES);
      y = new Int32Array(size);
    }
    for (let i = 0; i < size; i++) {
      const index = order[start + i];
      const transform = options.augmentation ? drawTransform(options.augmentation, rng!) : IDENTITY_TRANSFORM;
      writeImage(split.images, index, x, i, affine, transform, layout);
      y[i] = split.labels[index];
    }
    const full = size * IMAGE_BYTES === x.length;
    yield {
      x: full ? x : x.subarray(0, size * IMAGE_BYTES),
      y: full ? y : y.subarray(0, size),
      size,
      indices: order.slice(start, start + size),
    };
  }
}
