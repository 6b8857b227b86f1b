// Reference average-pooling kernels, forward and backward. Padding counts as zeros and the divisor is
// always kH * kW, PyTorch's default (count_include_pad=True), so goldens match without options.
import type { Window2d } from '../backend';
import { forEachWindow } from './pool-windows';

export function avgPool2d(x: Float32Array, y: Float32Array, window: Window2d): void {
  const { width, kernelH, kernelW } = window;
  const divisor = kernelH * kernelW;
  forEachWindow(window, (o, plane, h0, h1, w0, w1) => {
    let sum = 0;
    for (let ih = h0; ih < h1; ih++) {
      for (let iw = w0; iw < w1; iw++) sum += x[plane + ih * width + iw];
    }
    y[o] = sum / divisor;
  });
}

// Every pixel of a window contributed 1 / (kH * kW) of its output.
export function avgPool2dBackward(dy: Float32Array, dx: Float32Array, window: Window2d): void {
  const { width, kernelH, kernelW } = window;
  const divisor = kernelH * kernelW;
  dx.fill(0);
  forEachWindow(window, (o, plane, h0, h1, w0, w1) => {
    const share = dy[o] / divisor;
    for (let ih = h0; ih < h1; ih++) {
      for (let iw = w0; iw < w1; iw++) dx[plane + ih * width + iw] += share;
    }
  });
}
