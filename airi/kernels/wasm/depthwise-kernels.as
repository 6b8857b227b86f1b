// Depthwise convolution (groups = input channels: MobileNet's and EfficientNet's), built with the
// other kernels into one module by scripts/build-wasm.mjs. Each filter sees one input channel, so the
// im2col + gemm lowering would make products of a single row, which the gemm kernel's 4x8 tiles waste;
// these loops compute each output pixel's k x k window sum directly. Output channel o reads input
// channel o / multiplier (multiplier = outChannels / channels, usually 1). They follow the contract of
// Backend.conv2dForward / conv2dBackward with groups = channels (the reference is
// ../reference/conv2d.ts); the fused ReLU is applied by the caller around them.

/**
 * y[n, o] = bias[o] + the k x k window sums of x[n, o / multiplier] weighted by w[o], for every
 * image n and output channel o; padding reads zeros. bias 0 means none.
 */
export function depthwiseForward(
  x: usize, w: usize, bias: usize, y: usize, images: i32, channels: i32, multiplier: i32,
  height: i32, width: i32, kernelH: i32, kernelW: i32,
  strideH: i32, strideW: i32, padH: i32, padW: i32, outHeight: i32, outWidth: i32,
): void {
  const outChannels = channels * multiplier;
  for (let n = 0; n < images; n++) {
    for (let o = 0; o < outChannels; o++) {
      const xp = x + <usize>((n * channels + o / multiplier) * height * width) * 4;
      const wp = w + <usize>(o * kernelH * kernelW) * 4;
      const b: f32 = bias != 0 ? load<f32>(bias + <usize>o * 4) : 0;
      let yp = y + <usize>((n * outChannels + o) * outHeight * outWidth) * 4;
      for (let oh = 0; oh < outHeight; oh++) {
        const top = oh * strideH - padH;
        const i0 = max(0, -top);
        const i1 = min(kernelH, height - top);
        for (let ow = 0; ow < outWidth; ow++, yp += 4) {
          const left = ow * strideW - padW;
          const j0 = max(0, -left);
          const j1 = min(kernelW, width - left);
          let sum: f32 = b;
          for (let i = i0; i < i1; i++) {
            const row = xp + <usize>((top + i) * width + left) * 4;
            const taps = wp + <usize>(i * kernelW) * 4;
            for (let j = j0; j < j1; j++) sum += load<f32>(taps + <usize>j * 4) * load<f32>(row + <usize>j * 4);
          }
          store<f32>(yp, sum);
        }
      }
    }
  }
}

/**
 * dw[o] += the window sums of dy[n, o] times x (accumulated over images), dbias[o] += sum of dy[n, o]
 * (bias 0: none), and, unless dx is 0, dx is written: every dy spread back over the window it came from.
 */
export function depthwiseBackward(
  x: usize, w: usize, dy: usize, dx: usize, dw: usize, dbias: usize, images: i32, channels: i32, multiplier: i32,
  height: i32, width: i32, kernelH: i32, kernelW: i32,
  strideH: i32, strideW: i32, padH: i32, padW: i32, outHeight: i32, outWidth: i32,
): void {
  const outChannels = channels * multiplier;
  if (dx != 0) memory.fill(dx, 0, <usize>(images * channels * height * width) * 4);
  for (let n = 0; n < images; n++) {
    for (let o = 0; o < outChannels; o++) {
      const plane = <usize>((n * channels + o / multiplier) * height * width) * 4;
      const wp = w + <usize>(o * kernelH * kernelW) * 4;
      const dwp = dw + <usize>(o * kernelH * kernelW) * 4;
      const dyp = dy + <usize>((n * outChannels + o) * outHeight * outWidth) * 4;
      let biasSum: f64 = 0;
      let q = dyp;
      for (let oh = 0; oh < outHeight; oh++) {
        const top = oh * strideH - padH;
        const i0 = max(0, -top);
        const i1 = min(kernelH, height - top);
        for (let ow = 0; ow < outWidth; ow++, q += 4) {
          const g = load<f32>(q);
          biasSum += g;
          const left = ow * strideW - padW;
          const j0 = max(0, -left);
          const j1 = min(kernelW, width - left);
          for (let i = i0; i < i1; i++) {
            const offset = <usize>((top + i) * width + left) * 4;
            const row = x + plane + offset;
            const taps = <usize>(i * kernelW) * 4;
            for (let j = j0; j < j1; j++) {
              const tap = dwp + taps + <usize>j * 4;
              store<f32>(tap, load<f32>(tap) + g * load<f32>(row + <usize>j * 4));
            }
            if (dx == 0) continue;
            const back = dx + plane + offset;
            for (let j = j0; j < j1; j++) {
              const at = back + <usize>j * 4;
              store<f32>(at, load<f32>(at) + g * load<f32>(wp + taps + <usize>j * 4));
            }
          }
        }
      }
      if (dbias != 0) store<f32>(dbias + <usize>o * 4, load<f32>(dbias + <usize>o * 4) + <f32>biasSum);
    }
  }
}
