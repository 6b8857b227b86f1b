// Reference Conv2d over a batch (lessons 5 to 8): each image is lowered to one matrix product.
// im2col lays the image's patches out as the columns of cols [C*kH*kW, outH*outW], and then
// y_i = W cols with W seen as [outC, C*kH*kW]. The backward is two more products per image and
// col2im, im2col's adjoint. The columns are rebuilt in the backward rather than kept from the
// forward: im2col costs a copy, keeping them would cost the batch's size in memory.
//
// With groups, each group is the same lowering on its own slice: its channels of the image (a
// contiguous block of planes), its rows of W and its planes of y_i. A depthwise convolution
// (one channel per group) thus makes products of one row, cheap enough written this way.
import type { Conv2dShape, Window2d } from '../backend';
import { biasAdd, biasAddBackward } from './bias-add';
import { gemm } from './gemm';
import { col2im, im2col } from './im2col';
import { relu, reluBackward } from './relu';

/** One group's sizes, and the window over its channels alone. */
function groupSizes({ window, outChannels, groups }: Conv2dShape): { groupWindow: Window2d; inPlanes: number; filters: number; patch: number; pixels: number } {
  const channels = window.channels / groups;
  const pixels = window.outHeight * window.outWidth;
  return {
    groupWindow: { ...window, channels },
    inPlanes: channels * window.height * window.width,
    filters: outChannels / groups,
    patch: channels * window.kernelH * window.kernelW,
    pixels,
  };
}

/** The slice of `a` that block `index` of `size` elements occupies. */
function block(a: Float32Array, index: number, size: number): Float32Array {
  return a.subarray(index * size, (index + 1) * size);
}

export function conv2dForward(
  x: Float32Array, weight: Float32Array, bias: Float32Array | null, y: Float32Array, shape: Conv2dShape, fuseRelu: boolean,
): void {
  const { outChannels, images, groups } = shape;
  const { groupWindow, inPlanes, filters, patch, pixels } = groupSizes(shape);
  const cols = new Float32Array(patch * pixels);
  for (let i = 0; i < images; i++) {
    for (let g = 0; g < groups; g++) {
      const item = i * groups + g; // image i's group g, in x, in y and (modulo groups) in W
      im2col(block(x, item, inPlanes), cols, groupWindow);
      // y_ig [filters, pixels] = W_g [filters, patch] · cols [patch, pixels]
      gemm(block(weight, g, filters * patch), cols, block(y, item, filters * pixels), { transA: false, transB: false, m: filters, n: pixels, k: patch });
    }
  }
  if (bias) biasAdd(y, bias, { outer: images, channels: outChannels, inner: pixels });
  if (fuseRelu) relu(y, y);
}

export function conv2dBackward(
  x: Float32Array,
  weight: Float32Array,
  dyGiven: Float32Array,
  reluOutput: Float32Array | null,
  dx: Float32Array | null,
  dweight: Float32Array,
  dbias: Float32Array | null,
  shape: Conv2dShape,
): void {
  const { outChannels, images, groups } = shape;
  const { groupWindow, inPlanes, filters, patch, pixels } = groupSizes(shape);
  let dy = dyGiven;
  if (reluOutput) {
    // The ReLU passes the gradient where its output is positive (exactly where its input was).
    dy = new Float32Array(dyGiven.length);
    reluBackward(reluOutput, dyGiven, dy);
  }
  const cols = new Float32Array(patch * pixels);
  const dcols = new Float32Array(patch * pixels);
  for (let i = 0; i < images; i++) {
    for (let g = 0; g < groups; g++) {
      const item = i * groups + g;
      const dyi = block(dy, item, filters * pixels);
      const [w, dw] = [block(weight, g, filters * patch), block(dweight, g, filters * patch)];
      im2col(block(x, item, inPlanes), cols, groupWindow);
      // dW_g [filters, patch] += dy_ig [filters, pixels] · cols [patch, pixels]^T   (beta = 1: gradients accumulate)
      gemm(dyi, cols, dw, { transA: false, transB: true, m: filters, n: patch, k: pixels, beta: 1 });
      if (!dx) continue;
      // dcols [patch, pixels] = W_g [filters, patch]^T · dy_ig [filters, pixels], then folded back onto the image
      gemm(w, dyi, dcols, { transA: true, transB: false, m: patch, n: pixels, k: filters });
      col2im(dcols, block(dx, item, inPlanes), groupWindow);
    }
  }
  if (dbias) biasAddBackward(dy, dbias, { outer: images, channels: outChannels, inner: pixels });
}
