// Shape logic shared by the sliding-window layers (Conv2d, MaxPool2d, AvgPool2d, lessons 5 and 6):
// PyTorch's "an int or a pair" sizes, and the NCHW input checks with the output-size formula, so the
// three layers agree on both and name themselves in every error.
import type { Window2d } from '../kernels/backend';
import { formatShape } from '../tensor';

/** A kernel size, stride or padding: one number for both axes, or [height, width], as in PyTorch. */
export type Size2d = number | readonly [number, number];

/** [h, w] from a Size2d, each an integer of at least `min`, or an error naming the layer and the option. */
export function toPair(where: string, name: string, value: Size2d, min: number): [number, number] {
  const pair: [number, number] = typeof value === 'number' ? [value, value] : [value[0], value[1]];
  if (!pair.every((v) => Number.isInteger(v) && v >= min)) {
    throw new Error(`${where}: ${name} must be an integer >= ${min} or a pair of them, got ${JSON.stringify(value)}`);
  }
  return pair;
}

/** "5" for a square size, "[3, 5]" otherwise: how describe() shows sizes. */
export function formatPair([h, w]: readonly [number, number]): string {
  return h === w ? `${h}` : `[${h}, ${w}]`;
}

/**
 * The window geometry of sliding `kernel` over one image of NCHW input `shape` (channels = C), or an
 * error naming `where` and the shape when the input is not [N, channels, H, W] or is smaller than the
 * kernel. outHeight = floor((H + 2 padH - kH) / sH) + 1, as PyTorch (no ceil_mode, no dilation).
 */
export function windowOver(
  where: string,
  shape: readonly number[],
  channels: number | null,
  kernel: readonly [number, number],
  stride: readonly [number, number],
  padding: readonly [number, number],
): Window2d {
  if (shape.length !== 4 || (channels !== null && shape[1] !== channels)) {
    throw new Error(`${where}: input has shape ${formatShape(shape)}, expected [N, ${channels ?? 'C'}, H, W]`);
  }
  const [, c, height, width] = shape;
  const [kernelH, kernelW] = kernel;
  const [padH, padW] = padding;
  if (height + 2 * padH < kernelH || width + 2 * padW < kernelW) {
    throw new Error(
      `${where}: input has shape ${formatShape(shape)}, smaller than the kernel: ` +
        `expected H + 2 * ${padH} >= ${kernelH} and W + 2 * ${padW} >= ${kernelW}`,
    );
  }
  const [strideH, strideW] = stride;
  return {
    channels: c,
    height,
    width,
    kernelH,
    kernelW,
    strideH,
    strideW,
    padH,
    padW,
    outHeight: Math.floor((height + 2 * padH - kernelH) / strideH) + 1,
    outWidth: Math.floor((width + 2 * padW - kernelW) / strideW) + 1,
  };
}

/** A pooling layer's window sizes, as torch.nn.MaxPool2d and AvgPool2d take them. */
export interface PoolSizes {
  kernelSize: [number, number];
  stride: [number, number];
  padding: [number, number];
}

/** "MaxPool2d(kernelSize=2, stride=2, padding=0)": how both pooling layers describe themselves. */
export function describePool(name: string, sizes: PoolSizes): string {
  return `${name}(kernelSize=${formatPair(sizes.kernelSize)}, stride=${formatPair(sizes.stride)}, padding=${formatPair(sizes.padding)})`;
}

/** Checked pooling sizes; `stride` defaults to `kernelSize` (non-overlapping windows), as in PyTorch. */
export function poolSizes(name: string, kernelSize: Size2d, stride: Size2d | undefined, padding: Size2d): PoolSizes {
  const sizes: PoolSizes = {
    kernelSize: toPair(name, 'kernelSize', kernelSize, 1),
    stride: toPair(name, 'stride', stride ?? kernelSize, 1),
    padding: toPair(name, 'padding', padding, 0),
  };
  // As PyTorch: more padding than half a kernel would let a window see nothing but padding.
  if (sizes.padding[0] > sizes.kernelSize[0] / 2 || sizes.padding[1] > sizes.kernelSize[1] / 2) {
    throw new Error(`${describePool(name, sizes)}: padding must be at most half the kernel size`);
  }
  return sizes;
}

/**
 * The pooling window over x [N, C, H, W]: every one of the N * C planes is pooled alike, so the
 * kernel sees them as the channels of one image.
 */
export function poolWindowOver(where: string, shape: readonly number[], sizes: PoolSizes): Window2d {
  const image = windowOver(where, shape, null, sizes.kernelSize, sizes.stride, sizes.padding);
  return { ...image, channels: shape[0] * shape[1] };
}
