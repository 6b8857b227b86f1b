// Reference average-pooling kernels, forward and backward. Padding counts as zeros and the divisor is
// always kH * kW, PyTorch's default (count_include_pad=True), so goldens match without options.
import type { Window2d } from '../backend';

export function avgPool2d(x: Float32Array, y: Float32Array, window: Window2d): void {
  const { channels, height, width, kernelH, kernelW, strideH, strideW, padH, padW, outHeight, outWidth } = window;
  const divisor = kernelH * kernelW;
  let o = 0;
  for (let p = 0; p < channels; p++) {
    const plane = p * height * width;
    for (let oh = 0; oh < outHeight; oh++) {
      const h0 = Math.max(0, oh * strideH - padH);
      const h1 = Math.min(height, oh * strideH - padH + kernelH);
      for (let ow = 0; ow < outWidth; ow++, o++) {
        const w0 = Math.max(0, ow * strideW - padW);
        const w1 = Math.min(width, ow * strideW - padW + kernelW);
        let sum = 0;
        for (let ih = h0; ih < h1; ih++) {
          for (let iw = w0; iw < w1; iw++) sum += x[plane + ih * width + iw];
        }
        y[o] = sum / divisor;
      }
    }
  }
}

// Every pixel of a window contributed 1 / (kH * kW) of its output.
export function avgPool2dBackward(dy: Float32Array, dx: Float32Array, window: Window2d): void {
  const { channels, height, width, kernelH, kernelW, strideH, strideW, padH, padW, outHeight, outWidth } = window;
  const divisor = kernelH * kernelW;
  dx.fill(0);
  let o = 0;
  for (let p = 0; p < channels; p++) {
    const plane = p * height * width;
    for (let oh = 0; oh < outHeight; oh++) {
      const h0 = Math.max(0, oh * strideH - padH);
      const h1 = Math.min(height, oh * strideH - padH + kernelH);
      for (let ow = 0; ow < outWidth; ow++, o++) {
        const w0 = Math.max(0, ow * strideW - padW);
        const w1 = Math.min(width, ow * strideW - padW + kernelW);
        const share = dy[o] / divisor;
        for (let ih = h0; ih < h1; ih++) {
          for (let iw = w0; iw < w1; iw++) dx[plane + ih * width + iw] += share;
        }
      }
    }
  }
}
