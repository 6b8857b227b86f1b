// Shape logic shared by Softmax and LogSoftmax: PyTorch's `dim` argument (negative counts from the
// end) turned into the [outer, channels, inner] view their kernels loop over.
import type { ChannelLayout } from '../kernels/backend';
import { formatShape } from '../tensor';

/** The layout that makes dimension `dim` of `shape` the channel axis, or an error naming `where` and the shape. */
export function layoutAlong(where: string, shape: readonly number[], dim: number): ChannelLayout {
  const axis = dim < 0 ? dim + shape.length : dim;
  if (axis < 0 || axis >= shape.length) {
    throw new Error(`${where}: input has shape ${formatShape(shape)}, which has no dimension ${dim}`);
  }
  const product = (dims: readonly number[]): number => dims.reduce((a, b) => a * b, 1);
  return { outer: product(shape.slice(0, axis)), channels: shape[axis], inner: product(shape.slice(axis + 1)) };
}
