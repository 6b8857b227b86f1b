// Conv2d's per-image loop fused inside the WASM module (built with gemm-kernel.as and
// layer-kernels.as by scripts/build-wasm.mjs): im2col, then the gemm, image after image, so that the
// columns never leave the WASM memory. Through backend.im2col + backend.gemm each image's columns
// would be copied out to JS and back in again, which costs about as much as the multiply itself on
// DemoConvNet's shapes. `first` and `count` pick the images, so threads can each take a share.
import { gemm } from './gemm-kernel';
import { col2im, im2col } from './layer-kernels';

/** y_i [outC, pixels] = W [outC, patch] cols_i [patch, pixels], for images first .. first + count - 1. */
export function convForward(
  x: usize, w: usize, y: usize, cols: usize, work: usize, outChannels: i32, first: i32, count: i32,
  channels: i32, height: i32, width: i32, kernelH: i32, kernelW: i32,
  strideH: i32, strideW: i32, padH: i32, padW: i32, outHeight: i32, outWidth: i32,
): void {
  const imageBytes = <usize>(channels * height * width * 4);
  const pixels = outHeight * outWidth;
  const patch = channels * kernelH * kernelW;
  const outBytes = <usize>(outChannels * pixels * 4);
  for (let i = first; i < first + count; i++) {
    im2col(x + <usize>i * imageBytes, cols, channels, height, width, kernelH, kernelW, strideH, strideW, padH, padW, outHeight, outWidth);
    gemm(w, patch, 1, cols, pixels, 1, y + <usize>i * outBytes, pixels, outChannels, pixels, patch, 1, 0, work);
  }
}

/**
 * For images first .. first + count - 1: dW [outC, patch] += dy_i cols_i^T (accumulates), and
 * dx_i = col2im(W^T dy_i).
 */
export function convBackward(
  x: usize, w: usize, dy: usize, dx: usize, dw: usize, cols: usize, dcols: usize, work: usize,
  outChannels: i32, first: i32, count: i32,
  channels: i32, height: i32, width: i32, kernelH: i32, kernelW: i32,
  strideH: i32, strideW: i32, padH: i32, padW: i32, outHeight: i32, outWidth: i32,
): void {
  const imageBytes = <usize>(channels * height * width * 4);
  const pixels = outHeight * outWidth;
  const patch = channels * kernelH * kernelW;
  const outBytes = <usize>(outChannels * pixels * 4);
  for (let i = first; i < first + count; i++) {
    const dyi = dy + <usize>i * outBytes;
    im2col(x + <usize>i * imageBytes, cols, channels, height, width, kernelH, kernelW, strideH, strideW, padH, padW, outHeight, outWidth);
    gemm(dyi, pixels, 1, cols, 1, pixels, dw, patch, outChannels, patch, pixels, 1, 1, work);
    gemm(w, 1, patch, dyi, pixels, 1, dcols, pixels, patch, pixels, outChannels, 1, 0, work);
    col2im(dcols, dx + <usize>i * imageBytes, channels, height, width, kernelH, kernelW, strideH, strideW, padH, padW, outHeight, outWidth);
  }
}
