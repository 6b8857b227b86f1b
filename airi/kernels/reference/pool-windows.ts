// The one loop every reference pooling kernel walks: each output position of each plane, with its
// window clipped to the image (the padding holds no pixels, so it is simply left out).
import type { Window2d } from '../backend';

/**
 * Calls visit(o, plane, h0, h1, w0, w1) for output o = 0, 1, ... in NCHW order: the window covers
 * rows h0 .. h1 - 1 and columns w0 .. w1 - 1 of the plane that starts at flat index `plane`.
 */
export function forEachWindow(
  window: Window2d,
  visit: (o: number, plane: number, h0: number, h1: number, w0: number, w1: number) => void,
): void {
  const { channels, height, width, kernelH, kernelW, strideH, strideW, padH, padW, outHeight, outWidth } = window;
  let o = 0;
  for (let p = 0; p < channels; p++) {
    const plane = p * height * width;
    for (let oh = 0; oh < outHeight; oh++) {
      const h0 = Math.max(0, oh * strideH - padH);
      const h1 = Math.min(height, oh * strideH - padH + kernelH);
      for (let ow = 0; ow < outWidth; ow++, o++) {
        const w0 = Math.max(0, ow * strideW - padW);
        const w1 = Math.min(width, ow * strideW - padW + kernelW);
        visit(o, plane, h0, h1, w0, w1);
      }
    }
  }
}
