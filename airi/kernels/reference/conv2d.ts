// Reference Conv2d over a batch (lessons 5 to 8): each image is lowered to one matrix product.
// im2col lays the image's patches out as the columns of cols [C*kH*kW, outH*outW], and then
// y_i = W cols with W seen as [outC, C*kH*kW]. The backward is two more products per image and
// col2im, im2col's adjoint. The columns are rebuilt in the backward rather than kept from the
// forward: im2col costs a copy, keeping them would cost the batch's size in memory.
import type { Conv2dShape } from '../backend';
import { biasAdd, biasAddBackward } from './bias-add';
import { gemm } from './gemm';
import { col2im, im2col } from './im2col';
import { relu, reluBackward } from './relu';

function sizes({ window, outChannels }: Conv2dShape): { imageSize: number; pixels: number; patch: number; outSize: number } {
  const pixels = window.outHeight * window.outWidth;
  return {
    imageSize: window.channels * window.height * window.width,
    pixels,
    patch: window.channels * window.kernelH * window.kernelW,
    outSize: outChannels * pixels,
  };
}

export function conv2dForward(
  x: Float32Array, weight: Float32Array, bias: Float32Array | null, y: Float32Array, shape: Conv2dShape, fuseRelu: boolean,
): void {
  const { window, outChannels, images } = shape;
  const { imageSize, pixels, patch, outSize } = sizes(shape);
  const cols = new Float32Array(patch * pixels);
  for (let i = 0; i < images; i++) {
    im2col(x.subarray(i * imageSize, (i + 1) * imageSize), cols, window);
    // y_i [outC, pixels] = W [outC, patch] · cols [patch, pixels]
    gemm(weight, cols, y.subarray(i * outSize, (i + 1) * outSize), { transA: false, transB: false, m: outChannels, n: pixels, k: patch });
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
  const { window, outChannels, images } = shape;
  const { imageSize, pixels, patch, outSize } = sizes(shape);
  let dy = dyGiven;
  if (reluOutput) {
    // The ReLU passes the gradient where its output is positive (exactly where its input was).
    dy = new Float32Array(dyGiven.length);
    reluBackward(reluOutput, dyGiven, dy);
  }
  const cols = new Float32Array(patch * pixels);
  const dcols = new Float32Array(patch * pixels);
  for (let i = 0; i < images; i++) {
    const dyi = dy.subarray(i * outSize, (i + 1) * outSize);
    im2col(x.subarray(i * imageSize, (i + 1) * imageSize), cols, window);
    // dW [outC, patch] += dy_i [outC, pixels] · cols [patch, pixels]^T   (beta = 1: gradients accumulate)
    gemm(dyi, cols, dweight, { transA: false, transB: true, m: outChannels, n: patch, k: pixels, beta: 1 });
    if (!dx) continue;
    // dcols [patch, pixels] = W [outC, patch]^T · dy_i [outC, pixels], then folded back onto the image
    gemm(weight, dyi, dcols, { transA: true, transB: false, m: patch, n: pixels, k: outChannels });
    col2im(dcols, dx.subarray(i * imageSize, (i + 1) * imageSize), window);
  }
  if (dbias) biasAddBackward(dy, dbias, { outer: images, channels: outChannels, inner: pixels });
}
