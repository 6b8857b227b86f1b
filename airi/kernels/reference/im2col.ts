// Reference im2col and col2im: how Conv2d becomes one gemm per image (lessons 5 and 6). im2col copies
// every kH x kW patch of an image into a column, so that convolving with all filters at once is
// W [outC, C*kH*kW] times cols [C*kH*kW, outH*outW]; col2im is its adjoint, which carries the
// columns' gradient back to the image. A faster gemm therefore speeds every convolution.
import type { Window2d } from '../backend';

// Row (c, i, j) of cols holds, for each output pixel (oh, ow), x[c, oh*sH - pH + i, ow*sW - pW + j],
// or 0 where that falls in the padding. The loops walk cols in memory order and work out, once per
// row, which output columns read real pixels, so the inner loop has no bounds test.
export function im2col(x: Float32Array, cols: Float32Array, window: Window2d): void {
  const { channels, height, width, kernelH, kernelW, strideH, strideW, padH, padW, outHeight, outWidth } = window;
  let dst = 0;
  for (let c = 0; c < channels; c++) {
    const plane = c * height * width;
    for (let i = 0; i < kernelH; i++) {
      for (let j = 0; j < kernelW; j++) {
        const [owLo, owHi] = validOutputRange(j, strideW, padW, width, outWidth);
        for (let oh = 0; oh < outHeight; oh++, dst += outWidth) {
          const ih = oh * strideH - padH + i;
          if (ih < 0 || ih >= height) {
            cols.fill(0, dst, dst + outWidth);
            continue;
          }
          const src = plane + ih * width - padW + j; // x index of output column 0, before bounds
          for (let ow = 0; ow < owLo; ow++) cols[dst + ow] = 0;
          for (let ow = owLo; ow < owHi; ow++) cols[dst + ow] = x[src + ow * strideW];
          for (let ow = owHi; ow < outWidth; ow++) cols[dst + ow] = 0;
        }
      }
    }
  }
}

// The same walk with the copy reversed into a sum: a pixel read by several overlapping patches
// receives the gradient of each. Padding entries had no pixel, so their gradient is dropped.
export function col2im(cols: Float32Array, dx: Float32Array, window: Window2d): void {
  const { channels, height, width, kernelH, kernelW, strideH, strideW, padH, padW, outHeight, outWidth } = window;
  dx.fill(0);
  let src = 0;
  for (let c = 0; c < channels; c++) {
    const plane = c * height * width;
    for (let i = 0; i < kernelH; i++) {
      for (let j = 0; j < kernelW; j++) {
        const [owLo, owHi] = validOutputRange(j, strideW, padW, width, outWidth);
        for (let oh = 0; oh < outHeight; oh++, src += outWidth) {
          const ih = oh * strideH - padH + i;
          if (ih < 0 || ih >= height) continue;
          const dst = plane + ih * width - padW + j;
          for (let ow = owLo; ow < owHi; ow++) dx[dst + ow * strideW] += cols[src + ow];
        }
      }
    }
  }
}

/** The output columns [lo, hi) whose input column ow*stride - pad + j lies inside [0, width). */
function validOutputRange(j: number, stride: number, pad: number, width: number, outWidth: number): [number, number] {
  const lo = Math.min(outWidth, Math.ceil(Math.max(0, pad - j) / stride));
  const hi = Math.max(lo, Math.min(outWidth, Math.floor((width - 1 + pad - j) / stride) + 1));
  return [lo, hi];
}
