// Reference max-pooling kernels (lessons 5 and 6), forward and backward. The forward records where
// each maximum came from, so the backward routes each gradient to that one pixel: no search twice.
import type { Window2d } from '../backend';

// Padding is never a candidate (PyTorch pads with -Infinity). Ties keep the first maximum in scan
// order, and a NaN wins as it does in PyTorch, so a NaN in the input is not silently pooled away.
export function maxPool2d(x: Float32Array, y: Float32Array, argmax: Int32Array, window: Window2d): void {
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
        let best = -Infinity;
        let bestIndex = plane + h0 * width + w0; // as PyTorch: the window's first pixel if all are -Infinity
        for (let ih = h0; ih < h1; ih++) {
          for (let iw = w0; iw < w1; iw++) {
            const index = plane + ih * width + iw;
            const v = x[index];
            if (v > best || Number.isNaN(v)) {
              best = v;
              bestIndex = index;
            }
          }
        }
        y[o] = best;
        argmax[o] = bestIndex;
      }
    }
  }
}

// Only the winning pixel affected the output, so it alone gets the gradient; overlapping windows
// (stride < kernel) can pick the same pixel, hence += after clearing.
export function maxPool2dBackward(dy: Float32Array, argmax: Int32Array, dx: Float32Array): void {
  dx.fill(0);
  for (let o = 0; o < dy.length; o++) dx[argmax[o]] += dy[o];
}
