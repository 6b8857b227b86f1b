// The shape of CIFAR-10 as the lessons see it: 32×32 RGB images, ten classes, a training and a test
// split. Images are stored as uint8 CHW (channel planes R, G, B of 1024 bytes each), the layout of the
// official binary release and of airi's NCHW tensors, so a batch is a copy, not a transpose.
export const IMAGE_SIDE = 32;
export const IMAGE_CHANNELS = 3;
export const PLANE_BYTES = IMAGE_SIDE * IMAGE_SIDE;
export const IMAGE_BYTES = IMAGE_CHANNELS * PLANE_BYTES;

/** The official label order; also the alphabetical order of the image-folder layout's class folders. */
export const CIFAR10_CLASSES: readonly string[] = [
  'airplane', 'automobile', 'bird', 'cat', 'deer', 'dog', 'frog', 'horse', 'ship', 'truck',
];

export type SplitName = 'train' | 'test';
export const SPLITS: readonly SplitName[] = ['train', 'test'];

/** One split in memory: `count` images of IMAGE_BYTES each, back to back, and one label byte per image. */
export interface ImageSplit {
  count: number;
  images: Uint8Array;
  labels: Uint8Array;
}

/** A whole dataset as loaded from the cache. */
export interface Cifar10Data {
  classes: readonly string[];
  train: ImageSplit;
  test: ImageSplit;
}
