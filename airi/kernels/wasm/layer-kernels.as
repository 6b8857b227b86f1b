// airi's WASM SIMD versions of the loops around gemm, in AssemblyScript (built with gemm-kernel.as
// into one module by scripts/build-wasm.mjs): im2col / col2im (Conv2d, lessons 5 and 6), bias, ReLU,
// max pooling and batch normalization (lesson 6's BetterConvNet), and the SGD / Adam / AdamW updates.
// Each follows the contract of the Backend method of the same name in ../backend.ts and the
// readable reference kernel in ../reference/; wasm-backend.ts copies the operands in and out.
// Pointers are byte offsets into the one linear memory; sizes are element counts.

// ---- im2col / col2im --------------------------------------------------------------------------

/** The first output column whose input column ow * stride - pad + j is >= 0. */
// @ts-ignore: decorator
@inline
function validLo(j: i32, stride: i32, pad: i32, outWidth: i32): i32 {
  const need = max(0, pad - j);
  return min(outWidth, (need + stride - 1) / stride);
}

/** One past the last output column whose input column lies inside [0, width). */
// @ts-ignore: decorator
@inline
function validHi(lo: i32, j: i32, stride: i32, pad: i32, width: i32, outWidth: i32): i32 {
  const last = width - 1 + pad - j;
  if (last < 0) return lo;
  return max(lo, min(outWidth, last / stride + 1));
}

export function im2col(
  x: usize, cols: usize,
  channels: i32, height: i32, width: i32, kernelH: i32, kernelW: i32,
  strideH: i32, strideW: i32, padH: i32, padW: i32, outHeight: i32, outWidth: i32,
): void {
  let dst = cols;
  const rowBytes = <usize>(outWidth * 4);
  for (let c = 0; c < channels; c++) {
    const plane = x + <usize>(c * height * width * 4);
    for (let i = 0; i < kernelH; i++) {
      for (let j = 0; j < kernelW; j++) {
        const lo = validLo(j, strideW, padW, outWidth);
        const hi = validHi(lo, j, strideW, padW, width, outWidth);
        for (let oh = 0; oh < outHeight; oh++, dst += rowBytes) {
          const ih = oh * strideH - padH + i;
          if (ih < 0 || ih >= height || hi <= lo) {
            memory.fill(dst, 0, rowBytes);
            continue;
          }
          // Rows are short (tens of floats), so plain loops beat memory.copy / memory.fill, which V8
          // runs as calls into the runtime.
          for (let ow = 0; ow < lo; ow++) store<f32>(dst + <usize>(ow * 4), 0);
          const src = plane + <usize>((ih * width - padW + j + lo * strideW) * 4);
          if (strideW == 1) {
            const to = dst + <usize>(lo * 4);
            const count = hi - lo;
            let t = 0;
            for (; t + 4 <= count; t += 4) v128.store(to + <usize>(t * 4), v128.load(src + <usize>(t * 4)));
            for (; t < count; t++) store<f32>(to + <usize>(t * 4), load<f32>(src + <usize>(t * 4)));
          } else {
            for (let ow = lo; ow < hi; ow++) store<f32>(dst + <usize>(ow * 4), load<f32>(src + <usize>((ow - lo) * strideW * 4)));
          }
          for (let ow = hi; ow < outWidth; ow++) store<f32>(dst + <usize>(ow * 4), 0);
        }
      }
    }
  }
}

export function col2im(
  cols: usize, dx: usize,
  channels: i32, height: i32, width: i32, kernelH: i32, kernelW: i32,
  strideH: i32, strideW: i32, padH: i32, padW: i32, outHeight: i32, outWidth: i32,
): void {
  memory.fill(dx, 0, <usize>(channels * height * width * 4));
  let src = cols;
  const rowBytes = <usize>(outWidth * 4);
  for (let c = 0; c < channels; c++) {
    const plane = dx + <usize>(c * height * width * 4);
    for (let i = 0; i < kernelH; i++) {
      for (let j = 0; j < kernelW; j++) {
        const lo = validLo(j, strideW, padW, outWidth);
        const hi = validHi(lo, j, strideW, padW, width, outWidth);
        for (let oh = 0; oh < outHeight; oh++, src += rowBytes) {
          const ih = oh * strideH - padH + i;
          if (ih < 0 || ih >= height || hi <= lo) continue;
          const dst = plane + <usize>((ih * width - padW + j + lo * strideW) * 4);
          const from = src + <usize>(lo * 4);
          const count = hi - lo;
          if (strideW == 1) {
            let t = 0;
            for (; t + 4 <= count; t += 4) {
              const p = dst + <usize>(t * 4);
              v128.store(p, f32x4.add(v128.load(p), v128.load(from + <usize>(t * 4))));
            }
            for (; t < count; t++) {
              const p = dst + <usize>(t * 4);
              store<f32>(p, load<f32>(p) + load<f32>(from + <usize>(t * 4)));
            }
          } else {
            for (let t = 0; t < count; t++) {
              const p = dst + <usize>(t * strideW * 4);
              store<f32>(p, load<f32>(p) + load<f32>(from + <usize>(t * 4)));
            }
          }
        }
      }
    }
  }
}

// ---- element-wise and per-channel --------------------------------------------------------------

export function relu(x: usize, y: usize, n: i32): void {
  const zero = f32x4.splat(0);
  let i = 0;
  for (; i + 4 <= n; i += 4) {
    const v = v128.load(x + <usize>(i * 4));
    // x > 0 ? x : 0, lane by lane (a NaN compares false and gives 0, as the reference does)
    v128.store(y + <usize>(i * 4), v128.and(v, f32x4.gt(v, zero)));
  }
  for (; i < n; i++) {
    const v = load<f32>(x + <usize>(i * 4));
    store<f32>(y + <usize>(i * 4), v > 0 ? v : 0);
  }
}

export function reluBackward(x: usize, dy: usize, dx: usize, n: i32): void {
  const zero = f32x4.splat(0);
  let i = 0;
  for (; i + 4 <= n; i += 4) {
    const o = <usize>(i * 4);
    v128.store(dx + o, v128.and(v128.load(dy + o), f32x4.gt(v128.load(x + o), zero)));
  }
  for (; i < n; i++) {
    const o = <usize>(i * 4);
    store<f32>(dx + o, load<f32>(x + o) > 0 ? load<f32>(dy + o) : 0);
  }
}

/** Adds s to n floats at p. */
// @ts-ignore: decorator
@inline
function addScalar(p: usize, n: i32, s: f32): void {
  const sv = f32x4.splat(s);
  let i = 0;
  for (; i + 4 <= n; i += 4) {
    const q = p + <usize>(i * 4);
    v128.store(q, f32x4.add(v128.load(q), sv));
  }
  for (; i < n; i++) {
    const q = p + <usize>(i * 4);
    store<f32>(q, load<f32>(q) + s);
  }
}

/** The sum of n floats at p: f32x4 partial sums within a row, the row total in f64. */
// @ts-ignore: decorator
@inline
function sumRow(p: usize, n: i32): f64 {
  let acc = f32x4.splat(0);
  let i = 0;
  for (; i + 4 <= n; i += 4) acc = f32x4.add(acc, v128.load(p + <usize>(i * 4)));
  let sum: f64 = <f64>f32x4.extract_lane(acc, 0) + <f64>f32x4.extract_lane(acc, 1) + <f64>f32x4.extract_lane(acc, 2) + <f64>f32x4.extract_lane(acc, 3);
  for (; i < n; i++) sum += <f64>load<f32>(p + <usize>(i * 4));
  return sum;
}

export function biasAdd(y: usize, bias: usize, outer: i32, channels: i32, inner: i32): void {
  let p = y;
  for (let o = 0; o < outer; o++) {
    for (let c = 0; c < channels; c++, p += <usize>(inner * 4)) addScalar(p, inner, load<f32>(bias + <usize>(c * 4)));
  }
}

export function biasAddBackward(dy: usize, dbias: usize, outer: i32, channels: i32, inner: i32): void {
  for (let c = 0; c < channels; c++) {
    let sum: f64 = 0;
    for (let o = 0; o < outer; o++) sum += sumRow(dy + <usize>((o * channels + c) * inner * 4), inner);
    const q = dbias + <usize>(c * 4);
    store<f32>(q, <f32>(<f64>load<f32>(q) + sum));
  }
}

// ---- max pooling ----------------------------------------------------------------------------------

export function maxPool2d(
  x: usize, y: usize, argmax: usize,
  planes: i32, height: i32, width: i32, kernelH: i32, kernelW: i32,
  strideH: i32, strideW: i32, padH: i32, padW: i32, outHeight: i32, outWidth: i32,
): void {
  if (kernelH == 2 && kernelW == 2 && strideH == 2 && strideW == 2 && padH == 0 && padW == 0) {
    maxPool2x2(x, y, argmax, planes, height, width, outHeight, outWidth);
    return;
  }
  let o: usize = 0;
  for (let p = 0; p < planes; p++) {
    const plane = p * height * width;
    for (let oh = 0; oh < outHeight; oh++) {
      const h0 = max(0, oh * strideH - padH);
      const h1 = min(height, oh * strideH - padH + kernelH);
      for (let ow = 0; ow < outWidth; ow++, o++) {
        const w0 = max(0, ow * strideW - padW);
        const w1 = min(width, ow * strideW - padW + kernelW);
        let best: f32 = -Infinity;
        let bestIndex = plane + h0 * width + w0;
        for (let ih = h0; ih < h1; ih++) {
          for (let iw = w0; iw < w1; iw++) {
            const index = plane + ih * width + iw;
            const v = load<f32>(x + <usize>(index * 4));
            if (v > best || v != v) {
              best = v;
              bestIndex = index;
            }
          }
        }
        store<f32>(y + o * 4, best);
        store<i32>(argmax + o * 4, bestIndex);
      }
    }
  }
}

/** The 2x2, stride 2, unpadded case (every CNN lesson's MaxPool2d(2)), without the window loops. */
function maxPool2x2(x: usize, y: usize, argmax: usize, planes: i32, height: i32, width: i32, outHeight: i32, outWidth: i32): void {
  let o: usize = 0;
  for (let p = 0; p < planes; p++) {
    const plane = p * height * width;
    for (let oh = 0; oh < outHeight; oh++) {
      const row = plane + 2 * oh * width;
      let ow = 0;
      // Four outputs at a time: de-interleave two rows of 8 pixels into the windows' 4 corners, then
      // the same test lane by lane, as bit-selects.
      for (; ow + 4 <= outWidth; ow += 4, o += 4) {
        const i0 = row + 2 * ow;
        const top0 = v128.load(x + <usize>(i0 * 4));
        const top1 = v128.load(x + <usize>(i0 * 4 + 16));
        const bottom0 = v128.load(x + <usize>((i0 + width) * 4));
        const bottom1 = v128.load(x + <usize>((i0 + width) * 4 + 16));
        const c0 = v128.shuffle<f32>(top0, top1, 0, 2, 4, 6);
        const c1 = v128.shuffle<f32>(top0, top1, 1, 3, 5, 7);
        const c2 = v128.shuffle<f32>(bottom0, bottom1, 0, 2, 4, 6);
        const c3 = v128.shuffle<f32>(bottom0, bottom1, 1, 3, 5, 7);
        // c0 against -Infinity: it wins unless it is -Infinity itself, and then keeping -Infinity and
        // offset 0 is the same thing, so start from it.
        let best = c0;
        let offset = i32x4.splat(0);
        let wins = v128.or(f32x4.gt(c1, best), f32x4.ne(c1, c1));
        best = v128.bitselect(c1, best, wins);
        offset = v128.bitselect(i32x4.splat(1), offset, wins);
        wins = v128.or(f32x4.gt(c2, best), f32x4.ne(c2, c2));
        best = v128.bitselect(c2, best, wins);
        offset = v128.bitselect(i32x4.splat(width), offset, wins);
        wins = v128.or(f32x4.gt(c3, best), f32x4.ne(c3, c3));
        best = v128.bitselect(c3, best, wins);
        offset = v128.bitselect(i32x4.splat(width + 1), offset, wins);
        v128.store(y + o * 4, best);
        v128.store(argmax + o * 4, i32x4.add(offset, i32x4.add(i32x4.splat(i0), i32x4(0, 2, 4, 6))));
      }
      for (; ow < outWidth; ow++, o++) {
        // the window's pixels in scan order, with the generic loop's test (first maximum, NaN wins),
        // as selects rather than branches: on real activations the winner is a coin toss
        const i0 = row + 2 * ow;
        const i2 = i0 + width;
        let best: f32 = -Infinity;
        let bestIndex = i0;
        const v0 = load<f32>(x + <usize>(i0 * 4));
        const w0 = v0 > best || v0 != v0;
        best = select<f32>(v0, best, w0);
        bestIndex = select<i32>(i0, bestIndex, w0);
        const v1 = load<f32>(x + <usize>(i0 * 4 + 4));
        const w1 = v1 > best || v1 != v1;
        best = select<f32>(v1, best, w1);
        bestIndex = select<i32>(i0 + 1, bestIndex, w1);
        const v2 = load<f32>(x + <usize>(i2 * 4));
        const w2 = v2 > best || v2 != v2;
        best = select<f32>(v2, best, w2);
        bestIndex = select<i32>(i2, bestIndex, w2);
        const v3 = load<f32>(x + <usize>(i2 * 4 + 4));
        const w3 = v3 > best || v3 != v3;
        best = select<f32>(v3, best, w3);
        bestIndex = select<i32>(i2 + 1, bestIndex, w3);
        store<f32>(y + o * 4, best);
        store<i32>(argmax + o * 4, bestIndex);
      }
    }
  }
}

export function maxPool2dBackward(dy: usize, argmax: usize, dx: usize, outCount: i32, inCount: i32): void {
  memory.fill(dx, 0, <usize>(inCount * 4));
  for (let o = 0; o < outCount; o++) {
    const q = dx + <usize>(load<i32>(argmax + <usize>(o * 4)) * 4);
    store<f32>(q, load<f32>(q) + load<f32>(dy + <usize>(o * 4)));
  }
}

// ---- batch normalization ------------------------------------------------------------------------

/** Two passes (mean, then squared deviations), row partials in f32x4, totals in f64. */
export function batchNormStats(x: usize, mean: usize, variance: usize, outer: i32, channels: i32, inner: i32): void {
  const count = <f64>outer * <f64>inner;
  for (let c = 0; c < channels; c++) {
    let sum: f64 = 0;
    for (let o = 0; o < outer; o++) sum += sumRow(x + <usize>((o * channels + c) * inner * 4), inner);
    const mu = sum / count;
    const mu32 = <f32>mu;
    const muv = f32x4.splat(mu32);
    let squares: f64 = 0;
    for (let o = 0; o < outer; o++) {
      const p = x + <usize>((o * channels + c) * inner * 4);
      let acc = f32x4.splat(0);
      let i = 0;
      for (; i + 4 <= inner; i += 4) {
        const d = f32x4.sub(v128.load(p + <usize>(i * 4)), muv);
        acc = f32x4.add(acc, f32x4.mul(d, d));
      }
      squares += <f64>f32x4.extract_lane(acc, 0) + <f64>f32x4.extract_lane(acc, 1) + <f64>f32x4.extract_lane(acc, 2) + <f64>f32x4.extract_lane(acc, 3);
      for (; i < inner; i++) {
        const d = <f64>load<f32>(p + <usize>(i * 4)) - mu;
        squares += d * d;
      }
    }
    store<f32>(mean + <usize>(c * 4), mu32);
    store<f32>(variance + <usize>(c * 4), <f32>(squares / count));
  }
}

export function batchNorm(
  x: usize, mean: usize, invStd: usize, gamma: usize, beta: usize, y: usize,
  outer: i32, channels: i32, inner: i32,
): void {
  for (let c = 0; c < channels; c++) {
    const scale = <f64>load<f32>(gamma + <usize>(c * 4)) * <f64>load<f32>(invStd + <usize>(c * 4));
    // (x - mean) * scale + beta: folding mean into the shift would cancel in f32 when mean is large
    const mu = load<f32>(mean + <usize>(c * 4));
    const shift = load<f32>(beta + <usize>(c * 4));
    const muv = f32x4.splat(mu);
    const sv = f32x4.splat(<f32>scale);
    const tv = f32x4.splat(shift);
    for (let o = 0; o < outer; o++) {
      const start = <usize>((o * channels + c) * inner * 4);
      const src = x + start;
      const dst = y + start;
      let i = 0;
      for (; i + 4 <= inner; i += 4) {
        const q = <usize>(i * 4);
        v128.store(dst + q, f32x4.add(f32x4.mul(f32x4.sub(v128.load(src + q), muv), sv), tv));
      }
      for (; i < inner; i++) {
        const q = <usize>(i * 4);
        store<f32>(dst + q, (load<f32>(src + q) - mu) * <f32>scale + shift);
      }
    }
  }
}

export function batchNormBackward(
  x: usize, dy: usize, mean: usize, invStd: usize, gamma: usize, dx: usize, dgamma: usize, dbeta: usize,
  outer: i32, channels: i32, inner: i32, batchStats: i32,
): void {
  const count = <f64>outer * <f64>inner;
  for (let c = 0; c < channels; c++) {
    const mu = load<f32>(mean + <usize>(c * 4));
    const is = load<f32>(invStd + <usize>(c * 4));
    const muv = f32x4.splat(mu);
    // sum dy * xHat = invStd * sum dy * (x - mean)
    let sumDy: f64 = 0;
    let sumDyXc: f64 = 0;
    for (let o = 0; o < outer; o++) {
      const start = <usize>((o * channels + c) * inner * 4);
      const px = x + start;
      const pd = dy + start;
      let a = f32x4.splat(0);
      let b = f32x4.splat(0);
      let i = 0;
      for (; i + 4 <= inner; i += 4) {
        const q = <usize>(i * 4);
        const g = v128.load(pd + q);
        a = f32x4.add(a, g);
        b = f32x4.add(b, f32x4.mul(g, f32x4.sub(v128.load(px + q), muv)));
      }
      sumDy += <f64>f32x4.extract_lane(a, 0) + <f64>f32x4.extract_lane(a, 1) + <f64>f32x4.extract_lane(a, 2) + <f64>f32x4.extract_lane(a, 3);
      sumDyXc += <f64>f32x4.extract_lane(b, 0) + <f64>f32x4.extract_lane(b, 1) + <f64>f32x4.extract_lane(b, 2) + <f64>f32x4.extract_lane(b, 3);
      for (; i < inner; i++) {
        const q = <usize>(i * 4);
        const g = <f64>load<f32>(pd + q);
        sumDy += g;
        sumDyXc += g * (<f64>load<f32>(px + q) - <f64>mu);
      }
    }
    const sumDyXHat = sumDyXc * <f64>is;
    const dg = dgamma + <usize>(c * 4);
    const db = dbeta + <usize>(c * 4);
    store<f32>(dg, <f32>(<f64>load<f32>(dg) + sumDyXHat));
    store<f32>(db, <f32>(<f64>load<f32>(db) + sumDy));
    const scale = <f64>load<f32>(gamma + <usize>(c * 4)) * <f64>is;
    const meanDy = batchStats ? sumDy / count : 0;
    const meanDyXHat = batchStats ? sumDyXHat / count : 0;
    // dx = scale * (dy - meanDy - (x - mean) * invStd * meanDyXHat) = scale * dy + k1 * (x - mean) + k0
    const k1 = <f32>(-scale * <f64>is * meanDyXHat);
    const k0 = <f32>(-scale * meanDy);
    const s32 = <f32>scale;
    const sv = f32x4.splat(s32);
    const k1v = f32x4.splat(k1);
    const k0v = f32x4.splat(k0);
    for (let o = 0; o < outer; o++) {
      const start = <usize>((o * channels + c) * inner * 4);
      const px = x + start;
      const pd = dy + start;
      const pdx = dx + start;
      let i = 0;
      for (; i + 4 <= inner; i += 4) {
        const q = <usize>(i * 4);
        const xc = f32x4.sub(v128.load(px + q), muv);
        v128.store(pdx + q, f32x4.add(f32x4.add(f32x4.mul(v128.load(pd + q), sv), f32x4.mul(xc, k1v)), k0v));
      }
      for (; i < inner; i++) {
        const q = <usize>(i * 4);
        store<f32>(pdx + q, load<f32>(pd + q) * s32 + (load<f32>(px + q) - mu) * k1 + k0);
      }
    }
  }
}

// ---- optimizer updates ------------------------------------------------------------------------

/** torch.optim.SGD (see optim/sgd.ts); buffer is 0 when there is no momentum buffer. */
export function sgdStep(
  param: usize, grad: usize, buffer: usize, n: i32,
  lr: f32, momentum: f32, dampening: f32, nesterov: i32, weightDecay: f32, firstStep: i32,
): void {
  const lrv = f32x4.splat(lr);
  const wdv = f32x4.splat(weightDecay);
  const mv = f32x4.splat(momentum);
  const dv = f32x4.splat(1 - dampening);
  let i = 0;
  for (; i + 4 <= n; i += 4) {
    const q = <usize>(i * 4);
    const p = v128.load(param + q);
    let g = f32x4.add(v128.load(grad + q), f32x4.mul(wdv, p));
    if (buffer != 0) {
      const b = firstStep ? g : f32x4.add(f32x4.mul(mv, v128.load(buffer + q)), f32x4.mul(dv, g));
      v128.store(buffer + q, b);
      g = nesterov ? f32x4.add(g, f32x4.mul(mv, b)) : b;
    }
    v128.store(param + q, f32x4.sub(p, f32x4.mul(lrv, g)));
  }
  for (; i < n; i++) {
    const q = <usize>(i * 4);
    const p = load<f32>(param + q);
    let g = load<f32>(grad + q) + weightDecay * p;
    if (buffer != 0) {
      const b = firstStep ? g : momentum * load<f32>(buffer + q) + (1 - dampening) * g;
      store<f32>(buffer + q, b);
      g = nesterov ? g + momentum * b : b;
    }
    store<f32>(param + q, p - lr * g);
  }
}

/**
 * torch.optim.Adam (decay = 1, weightDecay joins the gradient) and AdamW (decay = 1 - lr * weightDecay
 * and weightDecay = 0); see optim/adam.ts and optim/adamw.ts. The caller passes the bias corrections
 * stepSize = lr / (1 - beta1^t) and invCorrection = 1 / sqrt(1 - beta2^t): AssemblyScript's Math.pow
 * reads tables from static data, which this module's memory layout does not keep (see wasm-backend.ts).
 */
export function adamStep(
  param: usize, grad: usize, m: usize, v: usize, n: i32,
  stepSize: f32, invCorrection: f32, b1: f32, b2: f32, e: f32, wd: f32, decay: f32,
): void {
  const c1 = <f32>(1 - <f64>b1);
  const c2 = <f32>(1 - <f64>b2);
  const b1v = f32x4.splat(b1);
  const b2v = f32x4.splat(b2);
  const c1v = f32x4.splat(c1);
  const c2v = f32x4.splat(c2);
  const ev = f32x4.splat(e);
  const wdv = f32x4.splat(wd);
  const sv = f32x4.splat(stepSize);
  const icv = f32x4.splat(invCorrection);
  const dv = f32x4.splat(decay);
  let i = 0;
  for (; i + 4 <= n; i += 4) {
    const q = <usize>(i * 4);
    const p = v128.load(param + q);
    const g = f32x4.add(v128.load(grad + q), f32x4.mul(wdv, p));
    const mi = f32x4.add(f32x4.mul(b1v, v128.load(m + q)), f32x4.mul(c1v, g));
    const vi = f32x4.add(f32x4.mul(b2v, v128.load(v + q)), f32x4.mul(c2v, f32x4.mul(g, g)));
    v128.store(m + q, mi);
    v128.store(v + q, vi);
    const denom = f32x4.add(f32x4.mul(f32x4.sqrt(vi), icv), ev);
    v128.store(param + q, f32x4.sub(f32x4.mul(p, dv), f32x4.div(f32x4.mul(sv, mi), denom)));
  }
  for (; i < n; i++) {
    const q = <usize>(i * 4);
    const p = load<f32>(param + q);
    const g = load<f32>(grad + q) + wd * p;
    const mi = b1 * load<f32>(m + q) + c1 * g;
    const vi = b2 * load<f32>(v + q) + c2 * g * g;
    store<f32>(m + q, mi);
    store<f32>(v + q, vi);
    store<f32>(param + q, p * decay - (stepSize * mi) / (sqrt<f32>(vi) * invCorrection + e));
  }
}
