// Reference max-pooling kernels (lessons 5 and 6), forward and backward. The forward records where
// each maximum came from, so the backward routes each gradient to that one pixel: no search twice.
import type { Window2d } from '../backend';
import { forEachWindow } from './pool-windows';

// Padding is never a candidate (PyTorch pads with -Infinity). Ties keep the first maximum in scan
// order, and a NaN wins as it does in PyTorch, so a NaN in the input is not silently pooled away.
export function maxPool2d(x: Float32Array, y: Float32Array, argmax: Int32Array, window: Window2d): void {
  const { width } = window;
  forEachWindow(window, (o, plane, h0, h1, w0, w1) => {
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
  });
}

// Only the winning pixel affected the output, so it alone gets the gradient; overlapping windows
// (stride < kernel) can pick the same pixel, hence += after clearing.
export function maxPool2dBackward(dy: Float32Array, argmax: Int32Array, dx: Float32Array): void {
  dx.fill(0);
  for (let o = 0; o < dy.length; o++) dx[argmax[o]] += dy[o];
}
