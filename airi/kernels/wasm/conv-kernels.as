// Conv2d's per-image loop fused inside the WASM module (built with gemm-kernel.as and
// layer-kernels.as by scripts/build-wasm.mjs): im2col, then the gemm, image after image, so that the
// columns never leave the WASM memory. Through backend.im2col + backend.gemm each image's columns
// would be copied out to JS and back in again, which costs about as much as the multiply itself on
// DemoConvNet's shapes. `first` and `count` pick the images, so threads can each take a share.
//
// Each image's columns are built a block of input channels at a time (their rows are contiguous:
// row = c * kH * kW + i * kW + j), sized so that the block's columns and their gradient stay in the
// core's L2 cache between im2col, the gemms and col2im: a whole image's columns (920 KB for
// DemoConvNet's second layer, twice that with their gradient) would spill to L3, and two threads
// spilling share its bandwidth. The bias is added, and its gradient summed, while the image's output
// is still in cache; so is a ReLU that follows the convolution (Sequential fuses the pair): forward
// clamps the output, backward masks dy where that output was 0. A zero pointer means "none": no bias,
// no fused ReLU, or no input gradient (the first layer).
import { gemm } from './gemm-kernel';
import { biasAdd, biasAddBackward, col2im, im2col, relu, reluBackward } from './layer-kernels';

/** The columns of one channel block take at most this many bytes (with their gradient, twice that). */
const BLOCK_BYTES: i32 = 256 * 1024;

/** Input channels per block: as many as fit BLOCK_BYTES, at least one. */
// @ts-ignore: decorator
@inline
function channelBlock(channels: i32, kernelArea: i32, pixels: i32): i32 {
  return max(1, min(channels, BLOCK_BYTES / (kernelArea * pixels * 4)));
}

/**
 * y_i [outC, pixels] = W [outC, patch] cols_i [patch, pixels] (+ bias, then max(0, .) when fuseRelu),
 * for images first .. first + count - 1.
 */
export function convForward(
  x: usize, w: usize, bias: usize, fuseRelu: i32, y: usize, cols: usize, work: usize, outChannels: i32, first: i32, count: i32,
  channels: i32, height: i32, width: i32, kernelH: i32, kernelW: i32,
  strideH: i32, strideW: i32, padH: i32, padW: i32, outHeight: i32, outWidth: i32,
): void {
  const plane = <usize>(height * width * 4);
  const pixels = outHeight * outWidth;
  const area = kernelH * kernelW;
  const patch = channels * area;
  const outBytes = <usize>(outChannels * pixels * 4);
  const block = channelBlock(channels, area, pixels);
  for (let i = first; i < first + count; i++) {
    const yi = y + <usize>i * outBytes;
    const xi = x + <usize>(i * channels) * plane;
    for (let c = 0; c < channels; c += block) {
      const cb = min(block, channels - c);
      im2col(xi + <usize>c * plane, cols, cb, height, width, kernelH, kernelW, strideH, strideW, padH, padW, outHeight, outWidth);
      // y_i += W[:, block rows] cols_block (the first block stores)
      gemm(w + <usize>(c * area * 4), patch, 1, cols, pixels, 1, yi, pixels, outChannels, pixels, cb * area, 1, c == 0 ? 0 : 1, work);
    }
    if (bias != 0) biasAdd(yi, bias, 1, outChannels, pixels);
    if (fuseRelu != 0) relu(yi, yi, outChannels * pixels);
  }
}

/**
 * For images first .. first + count - 1: dW [outC, patch] += dy_i cols_i^T and dbias += the row sums
 * of dy_i (both accumulate), and, unless dx is 0, dx_i = col2im(W^T dy_i). With a fused ReLU, `reluOut`
 * is the forward's clamped output and dy_i is first masked in place where it is 0.
 */
export function convBackward(
  x: usize, w: usize, dy: usize, reluOut: usize, dx: usize, dw: usize, dbias: usize, cols: usize, dcols: usize, work: usize,
  outChannels: i32, first: i32, count: i32,
  channels: i32, height: i32, width: i32, kernelH: i32, kernelW: i32,
  strideH: i32, strideW: i32, padH: i32, padW: i32, outHeight: i32, outWidth: i32,
): void {
  const plane = <usize>(height * width * 4);
  const pixels = outHeight * outWidth;
  const area = kernelH * kernelW;
  const patch = channels * area;
  const outBytes = <usize>(outChannels * pixels * 4);
  const block = channelBlock(channels, area, pixels);
  for (let i = first; i < first + count; i++) {
    const dyi = dy + <usize>i * outBytes;
    if (reluOut != 0) reluBackward(reluOut + <usize>i * outBytes, dyi, dyi, outChannels * pixels);
    const xi = x + <usize>(i * channels) * plane;
    for (let c = 0; c < channels; c += block) {
      const cb = min(block, channels - c);
      const rows = cb * area;
      const offset = <usize>(c * area * 4);
      im2col(xi + <usize>c * plane, cols, cb, height, width, kernelH, kernelW, strideH, strideW, padH, padW, outHeight, outWidth);
      // dW[:, block rows] += dy_i [outC, pixels] cols_block^T
      gemm(dyi, pixels, 1, cols, 1, pixels, dw + offset, patch, outChannels, rows, pixels, 1, 1, work);
      if (dx == 0) continue;
      // dcols_block [rows, pixels] = W[:, block rows]^T dy_i, then folded back onto the block's channels
      gemm(w + offset, 1, patch, dyi, pixels, 1, dcols, pixels, rows, pixels, outChannels, 1, 0, work);
      col2im(dcols, dx + <usize>(i * channels + c) * plane, cb, height, width, kernelH, kernelW, strideH, strideW, padH, padW, outHeight, outWidth);
    }
    if (dbias != 0) biasAddBackward(dyi, dbias, 1, outChannels, pixels);
  }
}
