// airi/tensor.ts
var Tensor = class _Tensor {
  shape;
  data;
  /** Wraps `data` without copying; `data.length` must equal the product of `shape`. */
  constructor(data, shape) {
    const size = sizeOf(shape);
    if (data.length !== size) {
      throw new Error(`Tensor: ${data.length} values do not fill shape ${formatShape(shape)} (${size} elements)`);
    }
    this.shape = [...shape];
    this.data = data;
  }
  /** Number of elements (the product of the shape; 1 for a scalar of shape []). */
  get size() {
    return this.data.length;
  }
  static zeros(shape) {
    return new _Tensor(new Float32Array(sizeOf(shape)), shape);
  }
  /** Copies `values` (rounded to float32) into a new tensor of the given shape. */
  static fromArray(values, shape) {
    const size = sizeOf(shape);
    if (values.length !== size) {
      throw new Error(`Tensor.fromArray: ${values.length} values do not fill shape ${formatShape(shape)} (${size} elements)`);
    }
    return new _Tensor(Float32Array.from(values), shape);
  }
  /** A new tensor with the same shape and a copy of the values. */
  clone() {
    return new _Tensor(this.data.slice(), this.shape);
  }
  toString() {
    return `Tensor${formatShape(this.shape)}`;
  }
};
function formatShape(shape) {
  return `[${shape.join(", ")}]`;
}
function sameShape(a, b) {
  return a.length === b.length && a.every((d, i) => d === b[i]);
}
function assertSameShape(where, what, actual, expected) {
  if (!sameShape(actual, expected)) {
    throw new Error(`${where}: ${what} has shape ${formatShape(actual)}, expected ${formatShape(expected)}`);
  }
}
function sizeOf(shape) {
  let size = 1;
  for (const d of shape) {
    if (!Number.isInteger(d) || d < 0) throw new Error(`Tensor: invalid shape ${formatShape(shape)}`);
    size *= d;
  }
  return size;
}

// airi/rng.ts
var TWO_POW_32 = 4294967296;
var Rng = class _Rng {
  s0;
  s1;
  s2;
  s3;
  /** `seed` is any integer in [-2^31, 2^32); it is read as an unsigned 32-bit value. */
  constructor(seed) {
    if (!Number.isInteger(seed) || seed < -(2 ** 31) || seed >= TWO_POW_32) {
      throw new Error(`Rng: seed must be a 32-bit integer, got ${seed}`);
    }
    let counter = seed >>> 0;
    const next = () => {
      counter = counter + 2654435769 >>> 0;
      let z = counter;
      z = Math.imul(z ^ z >>> 16, 2246822507);
      z = Math.imul(z ^ z >>> 13, 3266489909);
      return (z ^ z >>> 16) >>> 0;
    };
    this.s0 = next();
    this.s1 = next();
    this.s2 = next();
    this.s3 = next();
    if ((this.s0 | this.s1 | this.s2 | this.s3) === 0) this.s0 = 1;
  }
  /** Restores a generator from `state()`, e.g. to resume a run; also lets tests use published vectors. */
  static fromState(state) {
    const rng2 = new _Rng(0);
    rng2.setState(state);
    return rng2;
  }
  /**
   * Puts this generator back to a `state()`, in place: layers that hold it (Dropout, StochasticDepth)
   * and the data shuffle then draw on exactly as the run that saved it would have.
   */
  setState(state) {
    if (state.length !== 4 || Array.from(state).every((w) => w >>> 0 === 0)) {
      throw new Error("Rng.setState: expected four 32-bit words, not all zero");
    }
    this.s0 = state[0] >>> 0;
    this.s1 = state[1] >>> 0;
    this.s2 = state[2] >>> 0;
    this.s3 = state[3] >>> 0;
  }
  /** The four 32-bit words of the generator's state. */
  state() {
    return Uint32Array.of(this.s0, this.s1, this.s2, this.s3);
  }
  /** The next raw 32-bit output, an unsigned integer in [0, 2^32). */
  nextUint32() {
    const result = Math.imul(rotl(Math.imul(this.s1, 5), 7), 9) >>> 0;
    const t = this.s1 << 9;
    this.s2 ^= this.s0;
    this.s3 ^= this.s1;
    this.s1 ^= this.s2;
    this.s0 ^= this.s3;
    this.s2 ^= t;
    this.s3 = rotl(this.s3, 11);
    return result;
  }
  /** Uniform in [0, 1), with 32 bits of resolution (plenty once values are stored as float32). */
  uniform() {
    return this.nextUint32() / TWO_POW_32;
  }
  /** Uniform in [lo, hi). */
  uniformRange(lo, hi) {
    return lo + (hi - lo) * this.uniform();
  }
  /**
   * Normal(mean, std) by the Box-Muller transform. Each call draws two uniforms and uses one result:
   * keeping the spare would make the generator's state more than its four words.
   */
  normal(mean = 0, std = 1) {
    const u1 = 1 - this.uniform();
    const u2 = this.uniform();
    return mean + std * Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
  }
  /** Uniform integer in [0, n), without the modulo bias of floor(uniform() * n). */
  int(n) {
    if (!Number.isInteger(n) || n < 1 || n > TWO_POW_32) throw new Error(`Rng.int: n must be an integer in [1, 2^32], got ${n}`);
    const limit = TWO_POW_32 - TWO_POW_32 % n;
    let x2 = this.nextUint32();
    while (x2 >= limit) x2 = this.nextUint32();
    return x2 % n;
  }
  /** A uniformly random ordering of 0..n-1 (an epoch's sample order). */
  permutation(n) {
    const order = new Uint32Array(n);
    for (let i = 0; i < n; i++) order[i] = i;
    return this.shuffleInPlace(order);
  }
  /** Fisher-Yates shuffle of an array or typed array; returns the same array. */
  shuffleInPlace(array) {
    for (let i = array.length - 1; i > 0; i--) {
      const j = this.int(i + 1);
      const tmp = array[i];
      array[i] = array[j];
      array[j] = tmp;
    }
    return array;
  }
};
function rotl(x2, k) {
  return x2 << k | x2 >>> 32 - k;
}

// airi/nn/module.ts
function createParameter(name, value) {
  return { name, value, grad: Tensor.zeros(value.shape) };
}

// airi/init/initialize.ts
function initWeight(weight, name, { fanIn, fanOut }, rng2) {
  switch (name) {
    // nn.Linear's reset_parameters: kaiming_uniform_(a = sqrt(5)), whose bound works out to 1/sqrt(fanIn).
    case "pytorch-default":
      return fillUniform(weight, 1 / Math.sqrt(fanIn), rng2);
    // Glorot & Bengio 2010: keep the variance equal forwards and backwards, Var = 2 / (fanIn + fanOut).
    case "xavier-uniform":
      return fillUniform(weight, Math.sqrt(6 / (fanIn + fanOut)), rng2);
    case "xavier-normal":
      return fillNormal(weight, Math.sqrt(2 / (fanIn + fanOut)), rng2);
    // He et al. 2015: ReLU zeroes half the signal, so double the variance: Var = 2 / fanIn (gain sqrt(2)).
    case "kaiming-uniform":
      return fillUniform(weight, Math.sqrt(6 / fanIn), rng2);
    case "kaiming-normal":
      return fillNormal(weight, Math.sqrt(2 / fanIn), rng2);
    // LeCun et al. 1998: Var = 1 / fanIn (plain normal here, not JAX's truncated one).
    case "lecun-normal":
      return fillNormal(weight, 1 / Math.sqrt(fanIn), rng2);
    // The course notebooks' torch.randn(...) * 0.0001: nearly zero, to show a network that barely learns.
    case "small-random":
      return fillNormal(weight, 1e-4, rng2);
    case "zeros":
      weight.data.fill(0);
      return;
    default:
      throw new Error(`unknown initializer ${String(name)}`);
  }
}
function initBias(bias, name, { fanIn }, rng2) {
  if (name === "pytorch-default") fillUniform(bias, 1 / Math.sqrt(fanIn), rng2);
  else bias.data.fill(0);
}
function fillUniform(tensor, bound, rng2) {
  for (let i = 0; i < tensor.size; i++) tensor.data[i] = rng2.uniformRange(-bound, bound);
}
function fillNormal(tensor, std, rng2) {
  for (let i = 0; i < tensor.size; i++) tensor.data[i] = rng2.normal(0, std);
}

// airi/kernels/reference/adagrad-step.ts
function adagradStep(param, grad, sum, { lr, eps, weightDecay }) {
  for (let i = 0; i < param.length; i++) {
    const g = grad[i] + weightDecay * param[i];
    const s = sum[i] + g * g;
    sum[i] = s;
    param[i] -= lr * g / (Math.sqrt(s) + eps);
  }
}

// airi/kernels/reference/adam-step.ts
function adamStep(param, grad, m, v, { lr, beta1, beta2, eps, weightDecay, step }) {
  const stepSize = lr / (1 - beta1 ** step);
  const sqrtCorrection2 = Math.sqrt(1 - beta2 ** step);
  for (let i = 0; i < param.length; i++) {
    const g = grad[i] + weightDecay * param[i];
    const mi = beta1 * m[i] + (1 - beta1) * g;
    const vi = beta2 * v[i] + (1 - beta2) * g * g;
    m[i] = mi;
    v[i] = vi;
    param[i] -= stepSize * mi / (Math.sqrt(vi) / sqrtCorrection2 + eps);
  }
}

// airi/kernels/reference/adamw-step.ts
function adamwStep(param, grad, m, v, { lr, beta1, beta2, eps, weightDecay, step }) {
  const decay = 1 - lr * weightDecay;
  const stepSize = lr / (1 - beta1 ** step);
  const sqrtCorrection2 = Math.sqrt(1 - beta2 ** step);
  for (let i = 0; i < param.length; i++) {
    const g = grad[i];
    const mi = beta1 * m[i] + (1 - beta1) * g;
    const vi = beta2 * v[i] + (1 - beta2) * g * g;
    m[i] = mi;
    v[i] = vi;
    param[i] = param[i] * decay - stepSize * mi / (Math.sqrt(vi) / sqrtCorrection2 + eps);
  }
}

// airi/kernels/reference/add.ts
function add(a, b, y) {
  for (let i = 0; i < y.length; i++) y[i] = a[i] + b[i];
}

// airi/kernels/reference/pool-windows.ts
function forEachWindow(window, visit) {
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

// airi/kernels/reference/avg-pool2d.ts
function avgPool2d(x2, y, window) {
  const { width, kernelH, kernelW } = window;
  const divisor = kernelH * kernelW;
  forEachWindow(window, (o, plane, h0, h1, w0, w1) => {
    let sum = 0;
    for (let ih = h0; ih < h1; ih++) {
      for (let iw = w0; iw < w1; iw++) sum += x2[plane + ih * width + iw];
    }
    y[o] = sum / divisor;
  });
}
function avgPool2dBackward(dy, dx, window) {
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

// airi/kernels/reference/batch-norm.ts
function batchNormStats(x2, mean, variance, { outer, channels, inner }) {
  const count = outer * inner;
  for (let c = 0; c < channels; c++) {
    let sum = 0;
    for (let o = 0; o < outer; o++) {
      const start = (o * channels + c) * inner;
      for (let i = 0; i < inner; i++) sum += x2[start + i];
    }
    const mu = sum / count;
    let squares = 0;
    for (let o = 0; o < outer; o++) {
      const start = (o * channels + c) * inner;
      for (let i = 0; i < inner; i++) {
        const d = x2[start + i] - mu;
        squares += d * d;
      }
    }
    mean[c] = mu;
    variance[c] = squares / count;
  }
}
function batchNorm(x2, mean, invStd, gamma, beta, y, { outer, channels, inner }) {
  for (let c = 0; c < channels; c++) {
    const scale = gamma[c] * invStd[c];
    const shift = beta[c] - mean[c] * scale;
    for (let o = 0; o < outer; o++) {
      const start = (o * channels + c) * inner;
      for (let i = 0; i < inner; i++) y[start + i] = x2[start + i] * scale + shift;
    }
  }
}
function batchNormBackward(x2, dy, mean, invStd, gamma, dx, dgamma, dbeta, { outer, channels, inner }, batchStats) {
  const count = outer * inner;
  for (let c = 0; c < channels; c++) {
    const mu = mean[c];
    const is = invStd[c];
    let sumDy = 0;
    let sumDyXHat = 0;
    for (let o = 0; o < outer; o++) {
      const start = (o * channels + c) * inner;
      for (let i = 0; i < inner; i++) {
        const g = dy[start + i];
        sumDy += g;
        sumDyXHat += g * (x2[start + i] - mu) * is;
      }
    }
    dgamma[c] += sumDyXHat;
    dbeta[c] += sumDy;
    const scale = gamma[c] * is;
    const meanDy = batchStats ? sumDy / count : 0;
    const meanDyXHat = batchStats ? sumDyXHat / count : 0;
    for (let o = 0; o < outer; o++) {
      const start = (o * channels + c) * inner;
      for (let i = 0; i < inner; i++) {
        const xHat = (x2[start + i] - mu) * is;
        dx[start + i] = scale * (dy[start + i] - meanDy - xHat * meanDyXHat);
      }
    }
  }
}

// airi/kernels/reference/bias-add.ts
function biasAdd(y, bias, { outer, channels, inner }) {
  let index = 0;
  for (let o = 0; o < outer; o++) {
    for (let c = 0; c < channels; c++) {
      const value = bias[c];
      for (let i = 0; i < inner; i++) y[index++] += value;
    }
  }
}
function biasAddBackward(dy, dbias, { outer, channels, inner }) {
  for (let c = 0; c < channels; c++) {
    let sum = 0;
    for (let o = 0; o < outer; o++) {
      const start = (o * channels + c) * inner;
      for (let i = 0; i < inner; i++) sum += dy[start + i];
    }
    dbias[c] += sum;
  }
}

// airi/kernels/reference/gemm.ts
function gemm(a, b, c, options) {
  const { transA, transB, m, n, k, alpha = 1, beta = 0 } = options;
  const aRow = transA ? 1 : k;
  const aCol = transA ? m : 1;
  const bRow = transB ? 1 : n;
  const bCol = transB ? k : 1;
  for (let i = 0; i < m; i++) {
    const aStart = i * aRow;
    for (let j = 0; j < n; j++) {
      const bStart = j * bCol;
      let sum = 0;
      for (let p = 0; p < k; p++) sum += a[aStart + p * aCol] * b[bStart + p * bRow];
      const index = i * n + j;
      c[index] = beta === 0 ? alpha * sum : alpha * sum + beta * c[index];
    }
  }
}

// airi/kernels/reference/im2col.ts
function im2col(x2, cols, window) {
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
          const src = plane + ih * width - padW + j;
          for (let ow = 0; ow < owLo; ow++) cols[dst + ow] = 0;
          for (let ow = owLo; ow < owHi; ow++) cols[dst + ow] = x2[src + ow * strideW];
          for (let ow = owHi; ow < outWidth; ow++) cols[dst + ow] = 0;
        }
      }
    }
  }
}
function col2im(cols, dx, window) {
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
function validOutputRange(j, stride, pad, width, outWidth) {
  const lo = Math.min(outWidth, Math.ceil(Math.max(0, pad - j) / stride));
  const hi = Math.max(lo, Math.min(outWidth, Math.floor((width - 1 + pad - j) / stride) + 1));
  return [lo, hi];
}

// airi/kernels/reference/relu.ts
function relu(x2, y) {
  for (let i = 0; i < x2.length; i++) y[i] = x2[i] > 0 ? x2[i] : 0;
}
function reluBackward(x2, dy, dx) {
  for (let i = 0; i < x2.length; i++) dx[i] = x2[i] > 0 ? dy[i] : 0;
}

// airi/kernels/reference/conv2d.ts
function groupSizes({ window, outChannels, groups }) {
  const channels = window.channels / groups;
  const pixels = window.outHeight * window.outWidth;
  return {
    groupWindow: { ...window, channels },
    inPlanes: channels * window.height * window.width,
    filters: outChannels / groups,
    patch: channels * window.kernelH * window.kernelW,
    pixels
  };
}
function block(a, index, size) {
  return a.subarray(index * size, (index + 1) * size);
}
function conv2dForward(x2, weight, bias, y, shape, fuseRelu) {
  const { outChannels, images, groups } = shape;
  const { groupWindow, inPlanes, filters, patch, pixels } = groupSizes(shape);
  const cols = new Float32Array(patch * pixels);
  for (let i = 0; i < images; i++) {
    for (let g = 0; g < groups; g++) {
      const item = i * groups + g;
      im2col(block(x2, item, inPlanes), cols, groupWindow);
      gemm(block(weight, g, filters * patch), cols, block(y, item, filters * pixels), { transA: false, transB: false, m: filters, n: pixels, k: patch });
    }
  }
  if (bias) biasAdd(y, bias, { outer: images, channels: outChannels, inner: pixels });
  if (fuseRelu) relu(y, y);
}
function conv2dBackward(x2, weight, dyGiven, reluOutput, dx, dweight, dbias, shape) {
  const { outChannels, images, groups } = shape;
  const { groupWindow, inPlanes, filters, patch, pixels } = groupSizes(shape);
  let dy = dyGiven;
  if (reluOutput) {
    dy = new Float32Array(dyGiven.length);
    reluBackward(reluOutput, dyGiven, dy);
  }
  const cols = new Float32Array(patch * pixels);
  const dcols = new Float32Array(patch * pixels);
  for (let i = 0; i < images; i++) {
    for (let g = 0; g < groups; g++) {
      const item = i * groups + g;
      const dyi = block(dy, item, filters * pixels);
      const [w, dw] = [block(weight, g, filters * patch), block(dweight, g, filters * patch)];
      im2col(block(x2, item, inPlanes), cols, groupWindow);
      gemm(dyi, cols, dw, { transA: false, transB: true, m: filters, n: patch, k: pixels, beta: 1 });
      if (!dx) continue;
      gemm(w, dyi, dcols, { transA: true, transB: false, m: patch, n: pixels, k: filters });
      col2im(dcols, block(dx, item, inPlanes), groupWindow);
    }
  }
  if (dbias) biasAddBackward(dy, dbias, { outer: images, channels: outChannels, inner: pixels });
}

// airi/kernels/reference/global-avg-pool2d.ts
function globalAvgPool2d(x2, y, { outer, channels, inner }) {
  for (let o = 0; o < outer * channels; o++) {
    let sum = 0;
    const start = o * inner;
    for (let i = 0; i < inner; i++) sum += x2[start + i];
    y[o] = sum / inner;
  }
}
function globalAvgPool2dBackward(dy, dx, { outer, channels, inner }) {
  for (let o = 0; o < outer * channels; o++) {
    dx.fill(dy[o] / inner, o * inner, (o + 1) * inner);
  }
}

// airi/kernels/reference/leaky-relu.ts
function leakyRelu(x2, y, negativeSlope) {
  for (let i = 0; i < x2.length; i++) {
    const v = x2[i];
    y[i] = v >= 0 ? v : negativeSlope * v;
  }
}
function leakyReluBackward(x2, dy, dx, negativeSlope) {
  for (let i = 0; i < x2.length; i++) dx[i] = x2[i] > 0 ? dy[i] : negativeSlope * dy[i];
}

// airi/kernels/reference/log-softmax.ts
function logSoftmax(x2, y, { outer, channels, inner }) {
  for (let o = 0; o < outer; o++) {
    for (let i = 0; i < inner; i++) {
      const start = o * channels * inner + i;
      let max = -Infinity;
      for (let c = 0; c < channels; c++) max = Math.max(max, x2[start + c * inner]);
      let sum = 0;
      for (let c = 0; c < channels; c++) sum += Math.exp(x2[start + c * inner] - max);
      const logSum = max + Math.log(sum);
      for (let c = 0; c < channels; c++) y[start + c * inner] = x2[start + c * inner] - logSum;
    }
  }
}
function logSoftmaxBackward(y, dy, dx, { outer, channels, inner }) {
  for (let o = 0; o < outer; o++) {
    for (let i = 0; i < inner; i++) {
      const start = o * channels * inner + i;
      let sum = 0;
      for (let c = 0; c < channels; c++) sum += dy[start + c * inner];
      for (let c = 0; c < channels; c++) {
        const index = start + c * inner;
        dx[index] = dy[index] - Math.exp(y[index]) * sum;
      }
    }
  }
}

// airi/kernels/reference/max-pool2d.ts
function maxPool2d(x2, y, argmax, window) {
  const { width } = window;
  forEachWindow(window, (o, plane, h0, h1, w0, w1) => {
    let best = -Infinity;
    let bestIndex = plane + h0 * width + w0;
    for (let ih = h0; ih < h1; ih++) {
      for (let iw = w0; iw < w1; iw++) {
        const index = plane + ih * width + iw;
        const v = x2[index];
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
function maxPool2dBackward(dy, argmax, dx) {
  dx.fill(0);
  for (let o = 0; o < dy.length; o++) dx[argmax[o]] += dy[o];
}

// airi/kernels/reference/multiply.ts
function multiply(a, b, y) {
  for (let i = 0; i < a.length; i++) y[i] = a[i] * b[i];
}

// airi/kernels/reference/nll-loss.ts
function nllLoss(logProbs, targets, { outer, channels, inner }, labelSmoothing) {
  let total = 0;
  for (let o = 0; o < outer; o++) {
    for (let i = 0; i < inner; i++) {
      const start = o * channels * inner + i;
      let loss = -logProbs[start + targets[o * inner + i] * inner];
      if (labelSmoothing > 0) {
        let sum = 0;
        for (let c = 0; c < channels; c++) sum += logProbs[start + c * inner];
        loss = (1 - labelSmoothing) * loss - labelSmoothing / channels * sum;
      }
      total += loss;
    }
  }
  return total;
}
function nllLossBackward(targets, dlogProbs, { outer, channels, inner }, labelSmoothing, scale) {
  dlogProbs.fill(labelSmoothing > 0 ? -scale * (labelSmoothing / channels) : 0);
  for (let o = 0; o < outer; o++) {
    for (let i = 0; i < inner; i++) {
      dlogProbs[o * channels * inner + targets[o * inner + i] * inner + i] -= scale * (1 - labelSmoothing);
    }
  }
}

// airi/kernels/reference/rmsprop-step.ts
function rmspropStep(param, grad, squareAvg, gradAvg, momentumBuffer, { lr, alpha, eps, weightDecay, momentum }) {
  for (let i = 0; i < param.length; i++) {
    const g = grad[i] + weightDecay * param[i];
    const v = alpha * squareAvg[i] + (1 - alpha) * g * g;
    squareAvg[i] = v;
    let variance = v;
    if (gradAvg !== null) {
      const a = alpha * gradAvg[i] + (1 - alpha) * g;
      gradAvg[i] = a;
      variance = Math.max(0, v - a * a);
    }
    const denominator = Math.sqrt(variance) + eps;
    if (momentumBuffer !== null) {
      const b = momentum * momentumBuffer[i] + g / denominator;
      momentumBuffer[i] = b;
      param[i] -= lr * b;
    } else {
      param[i] -= lr * g / denominator;
    }
  }
}

// airi/kernels/reference/scale-channels.ts
function scaleChannels(x2, scale, y, { outer, channels, inner }) {
  for (let plane = 0; plane < outer * channels; plane++) {
    const s = scale[plane];
    for (let i = plane * inner; i < (plane + 1) * inner; i++) y[i] = x2[i] * s;
  }
}
function scaleChannelsBackward(x2, scale, dy, dx, dscale, { outer, channels, inner }) {
  for (let plane = 0; plane < outer * channels; plane++) {
    const s = scale[plane];
    let sum = 0;
    for (let i = plane * inner; i < (plane + 1) * inner; i++) {
      dx[i] = dy[i] * s;
      sum += dy[i] * x2[i];
    }
    dscale[plane] = sum;
  }
}

// airi/kernels/reference/sgd-step.ts
function sgdStep(param, grad, momentumBuffer, { lr, momentum, dampening, nesterov, weightDecay, firstStep }) {
  for (let i = 0; i < param.length; i++) {
    let g = grad[i] + weightDecay * param[i];
    if (momentumBuffer !== null) {
      const b = firstStep ? g : momentum * momentumBuffer[i] + (1 - dampening) * g;
      momentumBuffer[i] = b;
      g = nesterov ? g + momentum * b : b;
    }
    param[i] -= lr * g;
  }
}

// airi/kernels/reference/sigmoid.ts
function sigmoid(x2, y) {
  for (let i = 0; i < x2.length; i++) y[i] = 1 / (1 + Math.exp(-x2[i]));
}
function sigmoidBackward(y, dy, dx) {
  for (let i = 0; i < y.length; i++) dx[i] = dy[i] * y[i] * (1 - y[i]);
}

// airi/kernels/reference/silu.ts
function silu(x2, y) {
  for (let i = 0; i < x2.length; i++) {
    const v = x2[i];
    y[i] = v / (1 + Math.exp(-v));
  }
}
function siluBackward(x2, dy, dx) {
  for (let i = 0; i < x2.length; i++) {
    const v = x2[i];
    const s = 1 / (1 + Math.exp(-v));
    dx[i] = dy[i] * s * (1 + v * (1 - s));
  }
}

// airi/kernels/reference/softmax.ts
function softmax(x2, y, { outer, channels, inner }) {
  for (let o = 0; o < outer; o++) {
    for (let i = 0; i < inner; i++) {
      const start = o * channels * inner + i;
      let max = -Infinity;
      for (let c = 0; c < channels; c++) max = Math.max(max, x2[start + c * inner]);
      let sum = 0;
      for (let c = 0; c < channels; c++) {
        const e = Math.exp(x2[start + c * inner] - max);
        y[start + c * inner] = e;
        sum += e;
      }
      for (let c = 0; c < channels; c++) y[start + c * inner] /= sum;
    }
  }
}
function softmaxBackward(y, dy, dx, { outer, channels, inner }) {
  for (let o = 0; o < outer; o++) {
    for (let i = 0; i < inner; i++) {
      const start = o * channels * inner + i;
      let dot = 0;
      for (let c = 0; c < channels; c++) dot += dy[start + c * inner] * y[start + c * inner];
      for (let c = 0; c < channels; c++) {
        const index = start + c * inner;
        dx[index] = y[index] * (dy[index] - dot);
      }
    }
  }
}

// airi/kernels/reference/squared-error.ts
function squaredError(p, t) {
  let sum = 0;
  for (let i = 0; i < p.length; i++) {
    const d = p[i] - t[i];
    sum += d * d;
  }
  return sum;
}
function squaredErrorBackward(p, t, scale, dp) {
  for (let i = 0; i < p.length; i++) dp[i] = scale * (p[i] - t[i]);
}

// airi/kernels/reference/tanh.ts
function tanh(x2, y) {
  for (let i = 0; i < x2.length; i++) y[i] = Math.tanh(x2[i]);
}
function tanhBackward(y, dy, dx) {
  for (let i = 0; i < y.length; i++) dx[i] = dy[i] * (1 - y[i] * y[i]);
}

// airi/kernels/reference/reference-backend.ts
var referenceBackend = {
  name: "reference",
  gemm,
  biasAdd,
  biasAddBackward,
  tanh,
  tanhBackward,
  relu,
  reluBackward,
  sigmoid,
  sigmoidBackward,
  squaredError,
  squaredErrorBackward,
  sgdStep,
  adamStep,
  adamwStep,
  adagradStep,
  rmspropStep,
  // Layers and losses of lessons 2 to 8.
  leakyRelu,
  leakyReluBackward,
  silu,
  siluBackward,
  multiply,
  add,
  scaleChannels,
  scaleChannelsBackward,
  softmax,
  softmaxBackward,
  logSoftmax,
  logSoftmaxBackward,
  nllLoss,
  nllLossBackward,
  im2col,
  col2im,
  conv2dForward,
  conv2dBackward,
  maxPool2d,
  maxPool2dBackward,
  avgPool2d,
  avgPool2dBackward,
  globalAvgPool2d,
  globalAvgPool2dBackward,
  batchNormStats,
  batchNorm,
  batchNormBackward
};

// airi/kernels/current-backend.ts
var current = referenceBackend;
function setBackend(backend) {
  current = backend;
}
function getBackend() {
  return current;
}

// airi/nn/linear.ts
var Linear = class {
  constructor(inFeatures, outFeatures, options) {
    this.inFeatures = inFeatures;
    this.outFeatures = outFeatures;
    for (const [key, value] of [["inFeatures", inFeatures], ["outFeatures", outFeatures]]) {
      if (!Number.isInteger(value) || value < 1) throw new Error(`Linear: ${key} must be a positive integer, got ${value}`);
    }
    const init = options.init ?? "pytorch-default";
    const fans = { fanIn: inFeatures, fanOut: outFeatures };
    this.weight = createParameter("weight", Tensor.zeros([outFeatures, inFeatures]));
    initWeight(this.weight.value, init, fans, options.rng);
    this.bias = options.bias === false ? null : createParameter("bias", Tensor.zeros([outFeatures]));
    if (this.bias) initBias(this.bias.value, init, fans, options.rng);
  }
  inFeatures;
  outFeatures;
  weight;
  bias;
  input = null;
  forward(x2, _training) {
    if (x2.shape.length !== 2 || x2.shape[1] !== this.inFeatures) {
      throw new Error(`${this.describe()}: input has shape ${formatShape(x2.shape)}, expected [N, ${this.inFeatures}]`);
    }
    const n = x2.shape[0];
    const y = Tensor.zeros([n, this.outFeatures]);
    const backend = getBackend();
    backend.gemm(x2.data, this.weight.value.data, y.data, { transA: false, transB: true, m: n, n: this.outFeatures, k: this.inFeatures });
    if (this.bias) backend.biasAdd(y.data, this.bias.value.data, { outer: n, channels: this.outFeatures, inner: 1 });
    this.input = x2;
    return y;
  }
  backward(dout) {
    const x2 = this.backwardParametersOf(dout);
    const dx = Tensor.zeros(x2.shape);
    getBackend().gemm(dout.data, this.weight.value.data, dx.data, { transA: false, transB: false, m: x2.shape[0], n: this.inFeatures, k: this.outFeatures });
    return dx;
  }
  /** The parameter gradients alone: for a first layer, whose input (the images) needs no gradient. */
  backwardParameters(dout) {
    this.backwardParametersOf(dout);
  }
  /** Accumulates dW and db; returns the cached input. */
  backwardParametersOf(dout) {
    const x2 = this.input;
    if (x2 === null) throw new Error(`${this.describe()}: backward called before forward`);
    const n = x2.shape[0];
    assertSameShape(`${this.describe()}.backward`, "dout", dout.shape, [n, this.outFeatures]);
    const backend = getBackend();
    backend.gemm(dout.data, x2.data, this.weight.grad.data, { transA: true, transB: false, m: this.outFeatures, n: this.inFeatures, k: n, beta: 1 });
    if (this.bias) backend.biasAddBackward(dout.data, this.bias.grad.data, { outer: n, channels: this.outFeatures, inner: 1 });
    return x2;
  }
  parameters() {
    return this.bias ? [this.weight, this.bias] : [this.weight];
  }
  describe() {
    return `Linear(${this.inFeatures} \u2192 ${this.outFeatures}${this.bias ? "" : ", bias=false"})`;
  }
};

// airi/nn/relu.ts
var ReLU = class {
  input = null;
  forward(x2, _training) {
    const y = Tensor.zeros(x2.shape);
    getBackend().relu(x2.data, y.data);
    this.input = x2;
    return y;
  }
  backward(dout) {
    const x2 = this.input;
    if (x2 === null) throw new Error("ReLU(): backward called before forward");
    assertSameShape("ReLU().backward", "dout", dout.shape, x2.shape);
    const dx = Tensor.zeros(x2.shape);
    getBackend().reluBackward(x2.data, dout.data, dx.data);
    return dx;
  }
  parameters() {
    return [];
  }
  describe() {
    return "ReLU()";
  }
};

// airi/nn/sigmoid.ts
var Sigmoid = class {
  output = null;
  forward(x2, _training) {
    const y = Tensor.zeros(x2.shape);
    getBackend().sigmoid(x2.data, y.data);
    this.output = y;
    return y;
  }
  backward(dout) {
    const y = this.output;
    if (y === null) throw new Error("Sigmoid(): backward called before forward");
    assertSameShape("Sigmoid().backward", "dout", dout.shape, y.shape);
    const dx = Tensor.zeros(y.shape);
    getBackend().sigmoidBackward(y.data, dout.data, dx.data);
    return dx;
  }
  parameters() {
    return [];
  }
  describe() {
    return "Sigmoid()";
  }
};

// airi/nn/children.ts
function childParameters(children) {
  return children.flatMap(([child, module]) => module.parameters().map((p) => ({ name: `${child}.${p.name}`, value: p.value, grad: p.grad })));
}

// airi/nn/sequential.ts
function fusesRelu(module) {
  const maybe = module;
  return typeof maybe.forwardRelu === "function" && typeof maybe.backwardRelu === "function";
}
var Sequential = class _Sequential {
  modules;
  layerNames;
  /** fusedWithNext[i]: module i runs with the ReLU at i + 1 fused into it. */
  fusedWithNext;
  constructor(...modules) {
    this.modules = modules;
    this.layerNames = modules.map((_, index) => `${index}`);
    this.fusedWithNext = modules.map((module, i) => fusesRelu(module) && modules[i + 1] instanceof ReLU);
  }
  /** A chain whose layers have names (keys in order), as Sequential(OrderedDict(...)) in PyTorch. */
  static named(layers) {
    const chain2 = new _Sequential(...Object.values(layers));
    const names = Object.keys(layers);
    for (const name of names) {
      if (name === "" || name.includes(".")) throw new Error(`Sequential.named: a layer name must be non-empty without ".", got "${name}"`);
    }
    chain2.layerNames = names;
    return chain2;
  }
  /** The layers' names: "0", "1", ... unless built with Sequential.named. */
  get names() {
    return this.layerNames;
  }
  /**
   * The same layers (the same objects) with the child `name`, itself a Sequential, replaced by its
   * own layers: EfficientNet's features.0 .. features.8 side by side with its head, for tools that walk
   * one chain (a Grad-CAM at every stage). The inlined layers are named "<name>_<their name>"; save
   * the original model, not this view.
   */
  inlined(name) {
    const at = this.layerNames.indexOf(name);
    const inner = this.modules[at];
    if (!(inner instanceof _Sequential)) throw new Error(`Sequential.inlined: "${name}" is not a Sequential layer of this model`);
    const layers = {};
    this.modules.forEach((module, index) => {
      if (index !== at) layers[this.layerNames[index]] = module;
      else inner.modules.forEach((layer, i) => layers[`${name}_${inner.layerNames[i]}`] = layer);
    });
    return _Sequential.named(layers);
  }
  namedChildren() {
    return this.modules.map((module, index) => [this.names[index], module]);
  }
  forward(x2, training = false) {
    let out = x2;
    for (let i = 0; i < this.modules.length; i++) {
      const module = this.modules[i];
      if (this.fusedWithNext[i] && fusesRelu(module)) {
        out = module.forwardRelu(out, training);
        i++;
      } else {
        out = module.forward(out, training);
      }
    }
    return out;
  }
  backward(dout) {
    return this.backwardDownTo(0, dout, true);
  }
  /**
   * Backward for training, when nothing needs d loss / d input: layers before the first one with
   * parameters are skipped, and that one computes its parameter gradients alone when it can
   * (PyTorch gets the same saving because the input does not require grad). Same parameter gradients
   * as backward().
   */
  backwardParameters(dout) {
    const first = this.modules.findIndex((module) => module.parameters().length > 0);
    if (first >= 0) this.backwardDownTo(first, dout, false);
  }
  /** Backward through modules last .. first; the input gradient of `first` only when inputGrad. */
  backwardDownTo(first, dout, inputGrad) {
    let grad = dout;
    for (let i = this.modules.length - 1; i >= first && grad; i--) {
      const owner = this.fusedWithNext[i - 1] ? this.modules[i - 1] : null;
      if (owner && fusesRelu(owner)) {
        i--;
        grad = owner.backwardRelu(grad, inputGrad || i > first);
        continue;
      }
      const module = this.modules[i];
      if (i === first && !inputGrad) {
        if (module.backwardParameters) module.backwardParameters(grad);
        else module.backward(grad);
        return null;
      }
      grad = module.backward(grad);
    }
    return grad;
  }
  /** Each layer's parameters, prefixed by its name (nested containers give "1.0.weight"). */
  parameters() {
    return childParameters(this.namedChildren());
  }
  describe() {
    const lines = this.modules.map((module, index) => {
      const text = module.describe?.() ?? "Module";
      return `  (${this.names[index]}): ${text.replace(/\n/g, "\n  ")}`;
    });
    return `Sequential(
${lines.join("\n")}
)`;
  }
};

// airi/nn/window2d.ts
function toPair(where, name, value, min) {
  const pair = typeof value === "number" ? [value, value] : [value[0], value[1]];
  if (!pair.every((v) => Number.isInteger(v) && v >= min)) {
    throw new Error(`${where}: ${name} must be an integer >= ${min} or a pair of them, got ${JSON.stringify(value)}`);
  }
  return pair;
}
function formatPair([h, w]) {
  return h === w ? `${h}` : `[${h}, ${w}]`;
}
function windowOver(where, shape, channels, kernel, stride, padding) {
  if (shape.length !== 4 || channels !== null && shape[1] !== channels) {
    throw new Error(`${where}: input has shape ${formatShape(shape)}, expected [N, ${channels ?? "C"}, H, W]`);
  }
  const [, c, height, width] = shape;
  const [kernelH, kernelW] = kernel;
  const [padH, padW] = padding;
  if (height + 2 * padH < kernelH || width + 2 * padW < kernelW) {
    throw new Error(
      `${where}: input has shape ${formatShape(shape)}, smaller than the kernel: expected H + 2 * ${padH} >= ${kernelH} and W + 2 * ${padW} >= ${kernelW}`
    );
  }
  const [strideH, strideW] = stride;
  return {
    channels: c,
    height,
    width,
    kernelH,
    kernelW,
    strideH,
    strideW,
    padH,
    padW,
    outHeight: Math.floor((height + 2 * padH - kernelH) / strideH) + 1,
    outWidth: Math.floor((width + 2 * padW - kernelW) / strideW) + 1
  };
}

// airi/nn/conv2d.ts
var Conv2d = class {
  constructor(inChannels, outChannels, kernelSize, options) {
    this.inChannels = inChannels;
    this.outChannels = outChannels;
    for (const [key, value] of [["inChannels", inChannels], ["outChannels", outChannels]]) {
      if (!Number.isInteger(value) || value < 1) throw new Error(`Conv2d: ${key} must be a positive integer, got ${value}`);
    }
    this.kernelSize = toPair("Conv2d", "kernelSize", kernelSize, 1);
    this.stride = toPair("Conv2d", "stride", options.stride ?? 1, 1);
    this.padding = toPair("Conv2d", "padding", options.padding ?? 0, 0);
    const groups = this.groups = options.groups ?? 1;
    if (!Number.isInteger(groups) || groups < 1 || inChannels % groups !== 0 || outChannels % groups !== 0) {
      throw new Error(`Conv2d: groups must be a positive integer dividing inChannels (${inChannels}) and outChannels (${outChannels}), got ${groups}`);
    }
    const [kh, kw] = this.kernelSize;
    const init = options.init ?? "pytorch-default";
    const fans = { fanIn: inChannels / groups * kh * kw, fanOut: outChannels / groups * kh * kw };
    this.weight = createParameter("weight", Tensor.zeros([outChannels, inChannels / groups, kh, kw]));
    initWeight(this.weight.value, init, fans, options.rng);
    this.bias = options.bias === false ? null : createParameter("bias", Tensor.zeros([outChannels]));
    if (this.bias) initBias(this.bias.value, init, fans, options.rng);
  }
  inChannels;
  outChannels;
  weight;
  bias;
  kernelSize;
  stride;
  padding;
  groups;
  /** The last forward's input and shape, which the backward needs. */
  last = null;
  /** The output of the last forwardRelu (its ReLU's mask), or null after a plain forward. */
  reluOutput = null;
  forward(x2, _training) {
    return this.run(x2, false);
  }
  /**
   * max(0, conv(x)) in one pass: Sequential runs a Conv2d followed by a ReLU this way, so the output
   * is clamped while it is still in cache instead of being read and written again by the ReLU layer.
   * The matching backward is backwardRelu.
   */
  forwardRelu(x2, _training) {
    return this.run(x2, true);
  }
  run(x2, fuseRelu) {
    const window = windowOver(this.describe(), x2.shape, this.inChannels, this.kernelSize, this.stride, this.padding);
    const shape = { window, outChannels: this.outChannels, images: x2.shape[0], groups: this.groups };
    const y = Tensor.zeros([shape.images, this.outChannels, window.outHeight, window.outWidth]);
    const bias = this.bias?.value.data ?? null;
    getBackend().conv2dForward(x2.data, this.weight.value.data, bias, y.data, shape, fuseRelu);
    this.last = { input: x2, shape };
    this.reluOutput = fuseRelu ? y : null;
    return y;
  }
  backward(dout) {
    if (this.reluOutput) throw new Error(`${this.describe()}: the last forward was forwardRelu; call backwardRelu`);
    const dx = Tensor.zeros(this.lastForward().input.shape);
    this.backwardInto(dout, dx);
    return dx;
  }
  /** The parameter gradients alone: for a first layer, whose input (the images) needs no gradient. */
  backwardParameters(dout) {
    if (this.reluOutput) throw new Error(`${this.describe()}: the last forward was forwardRelu; call backwardRelu`);
    this.backwardInto(dout, null);
  }
  /**
   * Backward through forwardRelu: dout is d loss / d (ReLU output); it passes where that output is
   * positive. Returns d loss / d input, or null when inputGrad is false (a first layer).
   */
  backwardRelu(dout, inputGrad) {
    if (!this.reluOutput) throw new Error(`${this.describe()}: backwardRelu called without forwardRelu`);
    const dx = inputGrad ? Tensor.zeros(this.lastForward().input.shape) : null;
    this.backwardInto(dout, dx);
    return dx;
  }
  lastForward() {
    if (this.last === null) throw new Error(`${this.describe()}: backward called before forward`);
    return this.last;
  }
  /**
   * Accumulates dweight and dbias and, unless dx is null, writes the input gradient into it; after
   * forwardRelu, dout is first masked by the ReLU (dout itself is left as it was).
   */
  backwardInto(dout, dx) {
    const { input: x2, shape } = this.lastForward();
    const { window, outChannels, images } = shape;
    assertSameShape(`${this.describe()}.backward`, "dout", dout.shape, [images, outChannels, window.outHeight, window.outWidth]);
    const [weight, dweight] = [this.weight.value.data, this.weight.grad.data];
    const dbias = this.bias?.grad.data ?? null;
    const reluOutput = this.reluOutput?.data ?? null;
    getBackend().conv2dBackward(x2.data, weight, dout.data, reluOutput, dx?.data ?? null, dweight, dbias, shape);
  }
  parameters() {
    return this.bias ? [this.weight, this.bias] : [this.weight];
  }
  describe() {
    const sizes = `kernelSize=${formatPair(this.kernelSize)}, stride=${formatPair(this.stride)}, padding=${formatPair(this.padding)}`;
    const groups = this.groups === 1 ? "" : `, groups=${this.groups}`;
    return `Conv2d(${this.inChannels} \u2192 ${this.outChannels}, ${sizes}${groups}${this.bias ? "" : ", bias=false"})`;
  }
};

// airi/nn/batch-norm.ts
var BatchNorm = class {
  constructor(numFeatures, options) {
    this.numFeatures = numFeatures;
    if (!Number.isInteger(numFeatures) || numFeatures < 1) {
      throw new Error(`${this.name()}: numFeatures must be a positive integer, got ${numFeatures}`);
    }
    this.eps = options.eps ?? 1e-5;
    this.momentum = options.momentum ?? 0.1;
    if (!(this.eps > 0)) throw new Error(`${this.name()}: eps must be positive, got ${this.eps}`);
    if (!(this.momentum >= 0 && this.momentum <= 1)) throw new Error(`${this.name()}: momentum must be in [0, 1], got ${this.momentum}`);
    this.weight = createParameter("weight", Tensor.fromArray(new Float32Array(numFeatures).fill(1), [numFeatures]));
    this.bias = createParameter("bias", Tensor.zeros([numFeatures]));
    this.runningMean = Tensor.zeros([numFeatures]);
    this.runningVar = Tensor.fromArray(new Float32Array(numFeatures).fill(1), [numFeatures]);
  }
  numFeatures;
  /** gamma, initialized to 1 ("weight" in PyTorch's state_dict). */
  weight;
  /** beta, initialized to 0. */
  bias;
  runningMean;
  runningVar;
  eps;
  momentum;
  cache = null;
  forward(x2, training = false) {
    const layout = this.layoutOf(x2.shape);
    if (layout === null || layout.channels !== this.numFeatures) {
      throw new Error(`${this.describe()}: input has shape ${formatShape(x2.shape)}, expected ${this.expectedShapes()}`);
    }
    const channels = this.numFeatures;
    const backend = getBackend();
    const mean = new Float32Array(channels);
    const invStd = new Float32Array(channels);
    if (training) {
      const count = layout.outer * layout.inner;
      if (count < 2) {
        throw new Error(`${this.describe()}: training needs more than 1 value per channel, got input shape ${formatShape(x2.shape)}`);
      }
      const variance = new Float32Array(channels);
      backend.batchNormStats(x2.data, mean, variance, layout);
      const rm = this.runningMean.data;
      const rv = this.runningVar.data;
      const m = this.momentum;
      for (let c = 0; c < channels; c++) {
        invStd[c] = 1 / Math.sqrt(variance[c] + this.eps);
        rm[c] = (1 - m) * rm[c] + m * mean[c];
        rv[c] = (1 - m) * rv[c] + m * variance[c] * (count / (count - 1));
      }
    } else {
      mean.set(this.runningMean.data);
      for (let c = 0; c < channels; c++) invStd[c] = 1 / Math.sqrt(this.runningVar.data[c] + this.eps);
    }
    const y = Tensor.zeros(x2.shape);
    backend.batchNorm(x2.data, mean, invStd, this.weight.value.data, this.bias.value.data, y.data, layout);
    this.cache = { x: x2, layout, mean, invStd, batchStats: training };
    return y;
  }
  backward(dout) {
    const cache = this.cache;
    if (cache === null) throw new Error(`${this.describe()}: backward called before forward`);
    const { x: x2, layout, mean, invStd, batchStats } = cache;
    assertSameShape(`${this.describe()}.backward`, "dout", dout.shape, x2.shape);
    const dx = Tensor.zeros(x2.shape);
    getBackend().batchNormBackward(
      x2.data,
      dout.data,
      mean,
      invStd,
      this.weight.value.data,
      dx.data,
      this.weight.grad.data,
      this.bias.grad.data,
      layout,
      batchStats
    );
    return dx;
  }
  parameters() {
    return [this.weight, this.bias];
  }
  /** running_mean and running_var, PyTorch's buffer names (num_batches_tracked is not kept: momentum is fixed). */
  buffers() {
    return [
      { name: "running_mean", value: this.runningMean },
      { name: "running_var", value: this.runningVar }
    ];
  }
  describe() {
    return `${this.name()}(${this.numFeatures}, eps=${this.eps}, momentum=${this.momentum})`;
  }
};

// airi/nn/batch-norm2d.ts
var BatchNorm2d = class extends BatchNorm {
  constructor(numFeatures, options = {}) {
    super(numFeatures, options);
  }
  name() {
    return "BatchNorm2d";
  }
  layoutOf(shape) {
    return shape.length === 4 ? { outer: shape[0], channels: shape[1], inner: shape[2] * shape[3] } : null;
  }
  expectedShapes() {
    return `[N, ${this.numFeatures}, H, W]`;
  }
};

// airi/nn/dropout.ts
var Dropout = class {
  constructor(p, options) {
    this.p = p;
    if (!(p >= 0 && p <= 1)) throw new Error(`Dropout: p must be a probability in [0, 1], got ${p}`);
    this.rng = options.rng;
  }
  p;
  rng;
  /** The scaled keep-mask of the last training forward (0 or 1 / (1 - p)); null after an evaluation forward. */
  mask = null;
  inputShape = null;
  forward(x2, training = false) {
    this.inputShape = x2.shape;
    if (!training || this.p === 0) {
      this.mask = null;
      return x2;
    }
    const scale = this.p === 1 ? 0 : 1 / (1 - this.p);
    const mask = new Float32Array(x2.size);
    for (let i = 0; i < mask.length; i++) mask[i] = this.rng.uniform() < this.p ? 0 : scale;
    const y = Tensor.zeros(x2.shape);
    getBackend().multiply(x2.data, mask, y.data);
    this.mask = mask;
    return y;
  }
  // y = x * mask, so dx = dout * mask: dropped units pass no gradient, kept ones pass it scaled.
  backward(dout) {
    if (this.inputShape === null) throw new Error(`${this.describe()}: backward called before forward`);
    assertSameShape(`${this.describe()}.backward`, "dout", dout.shape, this.inputShape);
    if (this.mask === null) return dout;
    const dx = Tensor.zeros(dout.shape);
    getBackend().multiply(dout.data, this.mask, dx.data);
    return dx;
  }
  parameters() {
    return [];
  }
  describe() {
    return `Dropout(p=${this.p})`;
  }
};

// airi/nn/flatten.ts
var Flatten = class {
  /** Dimensions startDim..endDim (inclusive; negative counts from the end) become one. */
  constructor(startDim = 1, endDim = -1) {
    this.startDim = startDim;
    this.endDim = endDim;
    for (const [key, value] of [["startDim", startDim], ["endDim", endDim]]) {
      if (!Number.isInteger(value)) throw new Error(`Flatten: ${key} must be an integer, got ${value}`);
    }
  }
  startDim;
  endDim;
  inputShape = null;
  outputShape = null;
  forward(x2, _training) {
    const rank = x2.shape.length;
    const start = this.startDim < 0 ? this.startDim + rank : this.startDim;
    const end = this.endDim < 0 ? this.endDim + rank : this.endDim;
    if (start < 0 || end >= rank || start > end) {
      throw new Error(`${this.describe()}: input has shape ${formatShape(x2.shape)}, which has no dimensions ${this.startDim} to ${this.endDim}`);
    }
    const merged = x2.shape.slice(start, end + 1).reduce((a, b) => a * b, 1);
    const shape = [...x2.shape.slice(0, start), merged, ...x2.shape.slice(end + 1)];
    this.inputShape = x2.shape;
    this.outputShape = shape;
    return new Tensor(x2.data, shape);
  }
  backward(dout) {
    if (this.inputShape === null || this.outputShape === null) throw new Error(`${this.describe()}: backward called before forward`);
    assertSameShape(`${this.describe()}.backward`, "dout", dout.shape, this.outputShape);
    return new Tensor(dout.data, this.inputShape);
  }
  parameters() {
    return [];
  }
  describe() {
    return `Flatten(startDim=${this.startDim}, endDim=${this.endDim})`;
  }
};

// airi/nn/silu.ts
var SiLU = class {
  input = null;
  forward(x2, _training) {
    const y = Tensor.zeros(x2.shape);
    getBackend().silu(x2.data, y.data);
    this.input = x2;
    return y;
  }
  backward(dout) {
    const x2 = this.input;
    if (x2 === null) throw new Error(`${this.describe()}: backward called before forward`);
    assertSameShape(`${this.describe()}.backward`, "dout", dout.shape, x2.shape);
    const dx = Tensor.zeros(x2.shape);
    getBackend().siluBackward(x2.data, dout.data, dx.data);
    return dx;
  }
  parameters() {
    return [];
  }
  describe() {
    return "SiLU()";
  }
};

// airi/nn/adaptive-avg-pool2d.ts
var AdaptiveAvgPool2d = class {
  outputSize;
  last = null;
  constructor(outputSize) {
    this.outputSize = toPair("AdaptiveAvgPool2d", "outputSize", outputSize, 1);
  }
  forward(x2, _training) {
    if (x2.shape.length !== 4) throw new Error(`${this.describe()}: input has shape ${formatShape(x2.shape)}, expected [N, C, H, W]`);
    const [n, c, height, width] = x2.shape;
    const [outHeight, outWidth] = this.outputSize;
    if (height % outHeight !== 0 || width % outWidth !== 0) {
      throw new Error(`${this.describe()}: input ${height}x${width} does not divide evenly into ${outHeight}x${outWidth}; airi supports sizes that do`);
    }
    const [kernelH, kernelW] = [height / outHeight, width / outWidth];
    const window = {
      channels: n * c,
      height,
      width,
      kernelH,
      kernelW,
      strideH: kernelH,
      strideW: kernelW,
      padH: 0,
      padW: 0,
      outHeight,
      outWidth
    };
    const y = Tensor.zeros([n, c, outHeight, outWidth]);
    getBackend().avgPool2d(x2.data, y.data, window);
    this.last = { window, inputShape: x2.shape, outputShape: y.shape };
    return y;
  }
  backward(dout) {
    if (this.last === null) throw new Error(`${this.describe()}: backward called before forward`);
    assertSameShape(`${this.describe()}.backward`, "dout", dout.shape, this.last.outputShape);
    const dx = Tensor.zeros(this.last.inputShape);
    getBackend().avgPool2dBackward(dout.data, dx.data, this.last.window);
    return dx;
  }
  parameters() {
    return [];
  }
  /** One addition per input element (model-summary.ts's convention for pooling). */
  flops(inputShape) {
    return inputShape.slice(1).reduce((a, b) => a * b, 1);
  }
  describe() {
    return `AdaptiveAvgPool2d(outputSize=${formatPair(this.outputSize)})`;
  }
};

// airi/nn/residual.ts
var Residual = class {
  /** `layers` in order (names as keys); `label` is what describe() calls the block. */
  constructor(layers, label = "Residual") {
    this.label = label;
    this.body = Sequential.named(layers);
  }
  label;
  body;
  inputShape = null;
  forward(x2, training = false) {
    const fx = this.body.forward(x2, training);
    if (!sameShape(fx.shape, x2.shape)) {
      throw new Error(`${this.label}: its layers turn ${formatShape(x2.shape)} into ${formatShape(fx.shape)}; the skip needs the same shape`);
    }
    const y = Tensor.zeros(x2.shape);
    getBackend().add(fx.data, x2.data, y.data);
    this.inputShape = x2.shape;
    return y;
  }
  // The sum passes dout unchanged to both terms: dx = dout (the skip) + the layers' backward of dout.
  backward(dout) {
    if (this.inputShape === null) throw new Error(`${this.label}: backward called before forward`);
    assertSameShape(`${this.label}.backward`, "dout", dout.shape, this.inputShape);
    const through = this.body.backward(dout);
    const dx = Tensor.zeros(this.inputShape);
    getBackend().add(through.data, dout.data, dx.data);
    return dx;
  }
  namedChildren() {
    return this.body.namedChildren();
  }
  parameters() {
    return this.body.parameters();
  }
  describe() {
    return this.body.describe().replace(/^Sequential/, `${this.label}`).replace(/\n\)$/, "\n  + input\n)");
  }
};

// airi/nn/stochastic-depth.ts
var StochasticDepth = class {
  constructor(p, mode, options) {
    this.p = p;
    this.mode = mode;
    if (!(p >= 0 && p <= 1)) throw new Error(`StochasticDepth: p must be a probability in [0, 1], got ${p}`);
    if (mode !== "row" && mode !== "batch") throw new Error(`StochasticDepth: mode must be "row" or "batch", got ${JSON.stringify(mode)}`);
    this.rng = options.rng;
  }
  p;
  mode;
  rng;
  /** The last training forward's per-image scale (0 or 1 / (1 - p)); null after an identity forward. */
  scale = null;
  inputShape = null;
  forward(x2, training = false) {
    this.inputShape = x2.shape;
    if (!training || this.p === 0) {
      this.scale = null;
      return x2;
    }
    const images = x2.shape[0];
    const survivor = this.p === 1 ? 0 : 1 / (1 - this.p);
    const draw = () => this.rng.uniform() < this.p ? 0 : survivor;
    const batchDraw = this.mode === "batch" ? draw() : 0;
    const scale = Float32Array.from({ length: images }, () => this.mode === "batch" ? batchDraw : draw());
    const y = Tensor.zeros(x2.shape);
    getBackend().scaleChannels(x2.data, scale, y.data, this.layout(x2.shape));
    this.scale = scale;
    return y;
  }
  // y = x * scale[n], so dx = dout * scale[n]: a dropped image passes no gradient through the branch.
  backward(dout) {
    if (this.inputShape === null) throw new Error(`${this.describe()}: backward called before forward`);
    assertSameShape(`${this.describe()}.backward`, "dout", dout.shape, this.inputShape);
    if (this.scale === null) return dout;
    const dx = Tensor.zeros(dout.shape);
    getBackend().scaleChannels(dout.data, this.scale, dx.data, this.layout(dout.shape));
    return dx;
  }
  parameters() {
    return [];
  }
  describe() {
    return `StochasticDepth(p=${this.p}, mode=${this.mode})`;
  }
  /** Each image is one "channel" of all its values. */
  layout(shape) {
    return { outer: 1, channels: shape[0], inner: shape.slice(1).reduce((a, b) => a * b, 1) };
  }
};

// airi/nn/squeeze-excitation.ts
var SqueezeExcitation = class {
  constructor(inputChannels, squeezeChannels, { rng: rng2 }) {
    this.inputChannels = inputChannels;
    this.squeezeChannels = squeezeChannels;
    this.fc1 = new Conv2d(inputChannels, squeezeChannels, 1, { rng: rng2 });
    this.fc2 = new Conv2d(squeezeChannels, inputChannels, 1, { rng: rng2 });
  }
  inputChannels;
  squeezeChannels;
  avgpool = new AdaptiveAvgPool2d(1);
  fc1;
  fc2;
  activation = new SiLU();
  scaleActivation = new Sigmoid();
  last = null;
  forward(x2, training = false) {
    if (x2.shape.length !== 4 || x2.shape[1] !== this.inputChannels) {
      throw new Error(`${this.describe()}: input has shape ${formatShape(x2.shape)}, expected [N, ${this.inputChannels}, H, W]`);
    }
    const squeezed = this.avgpool.forward(x2, training);
    const gates = this.scaleActivation.forward(this.fc2.forward(this.activation.forward(this.fc1.forward(squeezed, training), training), training), training);
    const y = Tensor.zeros(x2.shape);
    getBackend().scaleChannels(x2.data, gates.data, y.data, this.layout(x2.shape));
    this.last = { x: x2, gates };
    return y;
  }
  // y = x * gate(x): the gradient reaches x directly (scaled by the gates) and through the gates.
  backward(dout) {
    if (this.last === null) throw new Error(`${this.describe()}: backward called before forward`);
    const { x: x2, gates } = this.last;
    assertSameShape(`${this.describe()}.backward`, "dout", dout.shape, x2.shape);
    const direct = Tensor.zeros(x2.shape);
    const dgates = Tensor.zeros(gates.shape);
    const backend = getBackend();
    backend.scaleChannelsBackward(x2.data, gates.data, dout.data, direct.data, dgates.data, this.layout(x2.shape));
    const dsqueezed = this.fc1.backward(this.activation.backward(this.fc2.backward(this.scaleActivation.backward(dgates))));
    const throughGates = this.avgpool.backward(dsqueezed);
    const dx = Tensor.zeros(x2.shape);
    backend.add(direct.data, throughGates.data, dx.data);
    return dx;
  }
  namedChildren() {
    return [["avgpool", this.avgpool], ["fc1", this.fc1], ["fc2", this.fc2], ["activation", this.activation], ["scale_activation", this.scaleActivation]];
  }
  parameters() {
    return childParameters(this.namedChildren());
  }
  /** The pooling and the two 1x1 convolutions (the scaling itself is one multiply per element, not counted, like activations). */
  flops(inputShape) {
    const [, c, h, w] = inputShape;
    return c * h * w + 2 * 2 * c * this.squeezeChannels;
  }
  describe() {
    return `SqueezeExcitation(${this.inputChannels} \u2192 ${this.squeezeChannels} \u2192 ${this.inputChannels})`;
  }
  layout([n, c, h, w]) {
    return { outer: n, channels: c, inner: h * w };
  }
};

// airi/models/efficientnet-b0.ts
var B0_STAGES = [
  { expand: 1, kernel: 3, stride: 1, inChannels: 32, outChannels: 16, blocks: 1 },
  { expand: 6, kernel: 3, stride: 2, inChannels: 16, outChannels: 24, blocks: 2 },
  { expand: 6, kernel: 5, stride: 2, inChannels: 24, outChannels: 40, blocks: 2 },
  { expand: 6, kernel: 3, stride: 2, inChannels: 40, outChannels: 80, blocks: 3 },
  { expand: 6, kernel: 5, stride: 1, inChannels: 80, outChannels: 112, blocks: 3 },
  { expand: 6, kernel: 5, stride: 2, inChannels: 112, outChannels: 192, blocks: 4 },
  { expand: 6, kernel: 3, stride: 1, inChannels: 192, outChannels: 320, blocks: 1 }
];
var STOCHASTIC_DEPTH_PROB = 0.2;
var STEM_CHANNELS = 32;
var HEAD_CHANNELS = 1280;
var CLASSIFIER_DROPOUT = 0.2;
function convNormActivation(inChannels, outChannels, kernel, rng2, { stride = 1, groups = 1, activation }) {
  const conv = new Conv2d(inChannels, outChannels, kernel, { rng: rng2, stride, padding: (kernel - 1) / 2, groups, bias: false, init: "kaiming-normal" });
  return activation ? new Sequential(conv, new BatchNorm2d(outChannels), new SiLU()) : new Sequential(conv, new BatchNorm2d(outChannels));
}
function mbConvBlock(inChannels, outChannels, expand, kernel, stride, dropProbability, rng2) {
  const expanded = inChannels * expand;
  const layers = [];
  if (expanded !== inChannels) layers.push(convNormActivation(inChannels, expanded, 1, rng2, { activation: true }));
  layers.push(convNormActivation(expanded, expanded, kernel, rng2, { stride, groups: expanded, activation: true }));
  layers.push(new SqueezeExcitation(expanded, Math.max(1, Math.floor(inChannels / 4)), { rng: rng2 }));
  layers.push(convNormActivation(expanded, outChannels, 1, rng2, { activation: false }));
  const block2 = new Sequential(...layers);
  if (stride === 1 && inChannels === outChannels) {
    return new Residual({ block: block2, stochastic_depth: new StochasticDepth(dropProbability, "row", { rng: rng2 }) }, "MBConv");
  }
  return Sequential.named({ block: block2 });
}
function efficientNetB0({ numClasses = 1e3, rng: rng2 }) {
  const totalBlocks = B0_STAGES.reduce((sum, stage) => sum + stage.blocks, 0);
  let blockId = 0;
  const stages2 = B0_STAGES.map(({ expand, kernel, stride, inChannels, outChannels, blocks }) => {
    const stage = [];
    for (let i = 0; i < blocks; i++) {
      const dropProbability = STOCHASTIC_DEPTH_PROB * blockId++ / totalBlocks;
      stage.push(mbConvBlock(i === 0 ? inChannels : outChannels, outChannels, expand, kernel, i === 0 ? stride : 1, dropProbability, rng2));
    }
    return new Sequential(...stage);
  });
  const lastChannels = B0_STAGES[B0_STAGES.length - 1].outChannels;
  const features = new Sequential(
    convNormActivation(3, STEM_CHANNELS, 3, rng2, { stride: 2, activation: true }),
    ...stages2,
    convNormActivation(lastChannels, HEAD_CHANNELS, 1, rng2, { activation: true })
  );
  return Sequential.named({
    features,
    avgpool: new AdaptiveAvgPool2d(1),
    flatten: new Flatten(),
    classifier: new Sequential(new Dropout(CLASSIFIER_DROPOUT, { rng: rng2 }), new Linear(HEAD_CHANNELS, numClasses, { rng: rng2 }))
  });
}

// airi/optim/optimizer-state.ts
var MAX_STEP = 2 ** 24;

// airi/io/safetensors.ts
var HOST_IS_LITTLE_ENDIAN = new Uint8Array(Float32Array.of(1).buffer)[3] === 63;
var bitsScratch = new DataView(new ArrayBuffer(4));

// airi/kernels/wasm/kernel-bytes.generated.ts
var GEMM_WASM_PLAIN_BASE64 = "AGFzbQEAAAABhgITYAV/f39/fwBgDX9/f39/f39/f39/f38AYAZ/f39/f38AYA5/f39/f39/f39/f319fwBgBX9/f399AGAHf39/f399fwBgCn9/f399fX1/fX8AYAR/f39/AGADf39/AGAIf39/f39/f38AYA5/f39/f39/f39/f39/fwBgDH9/f39/f39/f39/fwBgCX9/f39/f39/fwBgDH9/f39/fX19fX19fQBgAAF/YBF/f39/f39/f39/f39/f39/fwBgE39/f39/f39/f39/f39/f39/f38AYBV/f39/f39/f39/f39/f39/f39/f38AYBh/f39/f39/f39/f39/f39/f39/f39/f38AAg8BA2VudgZtZW1vcnkCAAEDGBcDAQEAAAQFAgYHCAkACgILDA0ODxAREgeQAhQOd29ya3NwYWNlQnl0ZXMAEgRnZW1tAAAGaW0yY29sAAEGY29sMmltAAIEcmVsdQAKDHJlbHVCYWNrd2FyZAAJB2JpYXNBZGQABA9iaWFzQWRkQmFja3dhcmQAAwltYXhQb29sMmQADRFtYXhQb29sMmRCYWNrd2FyZAAMDmJhdGNoTm9ybVN0YXRzAA4JYmF0Y2hOb3JtABARYmF0Y2hOb3JtQmFja3dhcmQADwdzZ2RTdGVwAAgIYWRhbVN0ZXAAEQtjb252Rm9yd2FyZAAVDGNvbnZCYWNrd2FyZAAWEGRlcHRod2lzZUZvcndhcmQAExFkZXB0aHdpc2VCYWNrd2FyZAAUBm1lbW9yeQIACrlWF+EWAxJ/C3sBfSAJQQBMIAhBAExyBEAPCyAMQwAAgD9cIAxDAAAAAFxxBEAgBiAHIAggCSAMEAULIApBAEwgC0MAAAAAW3IEQCAMQwAAAABbBEAgBiAHIAggCUMAAAAAEAULDwsgDSIQQYDABGoiD0GAgEBrIRMDQCAJIBpKBEBBgAggCSAaayINIA1BgAhKGyEbQQAhGQNAIAogGUoEQEGAAiAKIBlrIg0gDUGAAkobIRcgGUEASiINBH8gDQUgDEMAAAAAXAshESADIAQgGWwgBSAabGpBAnRqIRwCQCAIQcgATARAIAAgAiAZbEECdGogASACIAggFyALIBAQBkEAIRIDQCASIBtIBEAgHCAFIBJsQQJ0aiAEIAUgF0EIIBsgEmsiDSANQQhKGyIdIA8QB0EAIRYDQCAIIBZKBEAgECAWIBdsQQJ0aiEUIAYgByAWbCAaaiASakECdGohHkEEIAggFmsiDSANQQRKGyINQQRGIB1BCEZxBEAgDyEN/QwAAAAAAAAAAAAAAAAAAAAAISD9DAAAAAAAAAAAAAAAAAAAAAAhIf0MAAAAAAAAAAAAAAAAAAAAACEi/QwAAAAAAAAAAAAAAAAAAAAAISP9DAAAAAAAAAAAAAAAAAAAAAAhJP0MAAAAAAAAAAAAAAAAAAAAACEl/QwAAAAAAAAAAAAAAAAAAAAAISb9DAAAAAAAAAAAAAAAAAAAAAAhJ0EAIQ4DQCAOIBdIBEAgICAU/QkCACIoIA39AAQAIin95gH95AEhICAhICggDf0ABBAiKP3mAf3kASEhICIgFP0JAgQiKiAp/eYB/eQBISIgIyAqICj95gH95AEhIyAkIBT9CQIIIiogKf3mAf3kASEkICUgKiAo/eYB/eQBISUgJiAU/QkCDCIqICn95gH95AEhJiAnICogKP3mAf3kASEnIBRBEGohFCANQSBqIQ0gDkEBaiEODAELCyAHQQJ0IQ0gHiARBHsgISAe/QAEEP3kASEhICIgDSAeaiIO/QAEAP3kASEiICMgDv0ABBD95AEhIyAkIB4gDUEBdGoiDv0ABAD95AEhJCAlIA79AAQQ/eQBISUgJiAeIA1BA2xqIg79AAQA/eQBISYgJyAO/QAEEP3kASEnICAgHv0ABAD95AEFICAL/QsEACAeICH9CwQQIA0gHmoiDiAi/QsEACAOICP9CwQQIB4gDUEBdGoiDiAk/QsEACAOICX9CwQQIB4gDUEDbGoiDSAm/QsEACANICf9CwQQBSAPIQ79DAAAAAAAAAAAAAAAAAAAAAAhIP0MAAAAAAAAAAAAAAAAAAAAACEh/QwAAAAAAAAAAAAAAAAAAAAAISL9DAAAAAAAAAAAAAAAAAAAAAAhI/0MAAAAAAAAAAAAAAAAAAAAACEk/QwAAAAAAAAAAAAAAAAAAAAAISX9DAAAAAAAAAAAAAAAAAAAAAAhJv0MAAAAAAAAAAAAAAAAAAAAACEnQQAhFQNAIBUgF0gEQCAgIBT9CQIAIiggDv0ABAAiKf3mAf3kASEgICEgKCAO/QAEECIo/eYB/eQBISEgIiAU/QkCBCIqICn95gH95AEhIiAjICogKP3mAf3kASEjICQgFP0JAggiKiAp/eYB/eQBISQgJSAqICj95gH95AEhJSAmIBT9CQIMIiogKf3mAf3kASEmICcgKiAo/eYB/eQBIScgFEEQaiEUIA5BIGohDiAVQQFqIRUMAQsLIBMgIP0LBAAgEyAh/QsEECATQSBqICL9CwQAIBMgI/0LBDAgE0FAayIOICT9CwQAIA4gJf0LBBAgE0HgAGogJv0LBAAgEyAn/QsEcEEAIRgDQCANIBhKBEBBACEVA0AgFSAdSARAIBMgGEEDdCAVakECdGoqAgAhKyAeIAcgGGwgFWpBAnRqIg4gEQR9IA4qAgAgK5IFICsLOAIAIBVBAWohFQwBCwsgGEEBaiEYDAELCwsgFkEEaiEWDAELCyASQQhqIRIMAQsLDAELQQAhDQNAIA0gG0gEQCAcIAUgDWxBAnRqIAQgBSAXQQggGyANayIOIA5BCEobIA8gDSAXbEECdGoQByANQQhqIQ0MAQsLQQAhFgNAIAggFkoEQCAAIAEgFmwgAiAZbGpBAnRqIAEgAkHIACAIIBZrIg0gDUHIAEobIh0gFyALIBAQBkEAIRUDQCAVIBtIBEBBCCAbIBVrIg0gDUEIShshHiAPIBUgF2xBAnRqIRJBACEYA0AgGCAdSARAIBAgFyAYbEECdGohFCASIQ0gBiAWIBhqIAdsIBpqIBVqQQJ0aiEfQQQgHSAYayIOIA5BBEobIhxBBEYgHkEIRnEEQP0MAAAAAAAAAAAAAAAAAAAAACEg/QwAAAAAAAAAAAAAAAAAAAAAISH9DAAAAAAAAAAAAAAAAAAAAAAhIv0MAAAAAAAAAAAAAAAAAAAAACEj/QwAAAAAAAAAAAAAAAAAAAAAIST9DAAAAAAAAAAAAAAAAAAAAAAhJf0MAAAAAAAAAAAAAAAAAAAAACEm/QwAAAAAAAAAAAAAAAAAAAAAISdBACEOA0AgDiAXSARAICAgFP0JAgAiKCAN/QAEACIp/eYB/eQBISAgISAoIA39AAQQIij95gH95AEhISAiIBT9CQIEIiogKf3mAf3kASEiICMgKiAo/eYB/eQBISMgJCAU/QkCCCIqICn95gH95AEhJCAlICogKP3mAf3kASElICYgFP0JAgwiKiAp/eYB/eQBISYgJyAqICj95gH95AEhJyAUQRBqIRQgDUEgaiENIA5BAWohDgwBCwsgB0ECdCENIB8gEQR7ICEgH/0ABBD95AEhISAiIA0gH2oiDv0ABAD95AEhIiAjIA79AAQQ/eQBISMgJCAfIA1BAXRqIg79AAQA/eQBISQgJSAO/QAEEP3kASElICYgHyANQQNsaiIO/QAEAP3kASEmICcgDv0ABBD95AEhJyAgIB/9AAQA/eQBBSAgC/0LBAAgHyAh/QsEECANIB9qIg4gIv0LBAAgDiAj/QsEECAfIA1BAXRqIg4gJP0LBAAgDiAl/QsEECAfIA1BA2xqIg0gJv0LBAAgDSAn/QsEEAUgDSEO/QwAAAAAAAAAAAAAAAAAAAAAISD9DAAAAAAAAAAAAAAAAAAAAAAhIf0MAAAAAAAAAAAAAAAAAAAAACEi/QwAAAAAAAAAAAAAAAAAAAAAISP9DAAAAAAAAAAAAAAAAAAAAAAhJP0MAAAAAAAAAAAAAAAAAAAAACEl/QwAAAAAAAAAAAAAAAAAAAAAISb9DAAAAAAAAAAAAAAAAAAAAAAhJ0EAIQ0DQCANIBdIBEAgICAU/QkCACIoIA79AAQAIin95gH95AEhICAhICggDv0ABBAiKP3mAf3kASEhICIgFP0JAgQiKiAp/eYB/eQBISIgIyAqICj95gH95AEhIyAkIBT9CQIIIiogKf3mAf3kASEkICUgKiAo/eYB/eQBISUgJiAU/QkCDCIqICn95gH95AEhJiAnICogKP3mAf3kASEnIBRBEGohFCAOQSBqIQ4gDUEBaiENDAELCyATICD9CwQAIBMgIf0LBBAgE0EgaiAi/QsEACATICP9CwQwIBNBQGsiDSAk/QsEACANICX9CwQQIBNB4ABqICb9CwQAIBMgJ/0LBHBBACEOA0AgDiAcSARAQQAhDQNAIA0gHkgEQCATIA5BA3QgDWpBAnRqKgIAISsgHyAHIA5sIA1qQQJ0aiIUIBEEfSAUKgIAICuSBSArCzgCACANQQFqIQ0MAQsLIA5BAWohDgwBCwsLIBhBBGohGAwBCwsgFUEIaiEVDAELCyAWQcgAaiEWDAELCwsgGUGAAmohGQwBCwsgGkGACGohGgwBCwsLmAQBDX8gASEOIAxBAnQhFgNAIAIgFEoEQCAAIAMgFGwgBGxBAnRqIRlBACESA0AgBSASSgRAQQAhEQNAIAYgEUoEQAJ/IAwgCiARayIBQQAgAUEAThsgCGpBAWsgCG0iASABIAxKGyIPIARBAWsgCmogEWsiAUEASA0AGiAPIAwgASAIbUEBaiIBIAEgDEobIgEgASAPSBsLIRBBACETA0AgCyATSgRAAkAgByATbCAJayASaiINQQBIIAMgDUxyIA8gEE5yBEAgDkEAIBb8CwAMAQtBACEBA0AgASAPSARAIA4gAUECdGpDAAAAADgCACABQQFqIQEMAQsLIBkgBCANbCAKayARaiAIIA9sakECdGohFSAIQQFGBEAgDiAPQQJ0aiEXIBAgD2shGEEAIQEDQCABQQRqIg0gGEwEQCABQQJ0IgEgF2ogASAVav0ABAD9CwQAIA0hAQwBCwsDQCABIBhIBEAgAUECdCINIBdqIA0gFWoqAgA4AgAgAUEBaiEBDAELCwUgDyEBA0AgASAQSARAIA4gAUECdGogFSABIA9rIAhsQQJ0aioCADgCACABQQFqIQEMAQsLCyAQIQEDQCABIAxIBEAgDiABQQJ0akMAAAAAOAIAIAFBAWohAQwBCwsLIBNBAWohEyAOIBZqIQ4MAQsLIBFBAWohEQwBCwsgEkEBaiESDAELCyAUQQFqIRQMAQsLC+UDAQ5/IAFBACACIANsIARsQQJ0/AsAIAAhDiAMQQJ0IRgDQCACIBNKBEAgASADIBNsIARsQQJ0aiEZQQAhEQNAIAUgEUoEQEEAIQ8DQCAGIA9KBEACfyAMIAogD2siAEEAIABBAE4bIAhqQQFrIAhtIgAgACAMShsiECAEQQFrIApqIA9rIgBBAEgNABogECAMIAAgCG1BAWoiACAAIAxKGyIAIAAgEEgbCyEXQQAhEgNAIAsgEkoEQCAHIBJsIAlrIBFqIgBBAEggACADTnIgECAXTnJFBEAgGSAAIARsIAprIA9qIAggEGxqQQJ0aiEUIA4gEEECdGohFSAXIBBrIRYgCEEBRgRAQQAhAANAIABBBGoiDSAWTARAIABBAnQiACAUaiIaIBr9AAQAIAAgFWr9AAQA/eQB/QsEACANIQAMAQsLA0AgACAWSARAIABBAnQiDSAUaiIaIBoqAgAgDSAVaioCAJI4AgAgAEEBaiEADAELCwVBACEAA0AgACAWSARAIBQgACAIbEECdGoiDSANKgIAIBUgAEECdGoqAgCSOAIAIABBAWohAAwBCwsLCyASQQFqIRIgDiAYaiEODAELCyAPQQFqIQ8MAQsLIBFBAWohEQwBCwsgE0EBaiETDAELCwvzAQMFfwJ8AXsDQCADIAlKBEBEAAAAAAAAAAAhC0EAIQgDQCACIAhKBEAgACADIAhsIAlqIARsQQJ0aiEH/QwAAAAAAAAAAAAAAAAAAAAAIQxBACEFA0AgBUEEaiIGIARMBEAgDCAHIAVBAnRq/QAEAP3kASEMIAYhBQwBCwsgDP0fALsgDP0fAbugIAz9HwK7oCAM/R8Du6AhCgNAIAQgBUoEQCAKIAcgBUECdGoqAgC7oCEKIAVBAWohBQwBCwsgCyAKoCELIAhBAWohCAwBCwsgASAJQQJ0aiIFIAUqAgC7IAugtjgCACAJQQFqIQkMAQsLC68BAwR/AX0BewNAIAIgCEoEQEEAIQcDQCADIAdKBEAgACEGIAEgB0ECdGoqAgAiCf0TIQpBACEAA0AgAEEEaiIFIARMBEAgBiAAQQJ0aiIAIAD9AAQAIAr95AH9CwQAIAUhAAwBCwsDQCAAIARIBEAgBiAAQQJ0aiIFIAUqAgAgCZI4AgAgAEEBaiEADAELCyAHQQFqIQcgBiAEQQJ0aiEADAELCyAIQQFqIQgMAQsLC+0BAgR/AXsgBP0TIQkDQCACIAhKBEAgACABIAhsQQJ0aiEHQQAhBSAEQwAAAABbBEADQCAFQQRqIgYgA0wEQCAHIAVBAnRq/QwAAAAAAAAAAAAAAAAAAAAA/QsEACAGIQUMAQsLA0AgAyAFSgRAIAcgBUECdGpDAAAAADgCACAFQQFqIQUMAQsLBQNAIAVBBGoiBiADTARAIAcgBUECdGoiBSAF/QAEACAJ/eYB/QsEACAGIQUMAQsLA0AgAyAFSgRAIAcgBUECdGoiBiAGKgIAIASUOAIAIAVBAWohBQwBCwsLIAhBAWohCAwBCwsL9QIBB38DQCADIAlKBEAgBiAEIAlsQQJ0aiEKIAAgASAJbEECdGohCyABQQFGQQQgAyAJayIHIAdBBEobIgxBBEZxBEBBACEHA0AgBCAHSgRAIAogB0EEdGogCyACIAdsQQJ0av0ABAAgBf0T/eYB/QsEACAHQQFqIQcMAQsLBSACQQFGIAxBBEZxBEAgAUECdCEIQQAhBwNAIAQgB0oEQCAKIAdBBHRqIgwgCyAHQQJ0aiINKgIAIAWUOAIAIAwgCCANaioCACAFlDgCBCAMIA0gCEEBdGoqAgAgBZQ4AgggDCANIAhBA2xqKgIAIAWUOAIMIAdBAWohBwwBCwsFQQAhCANAIAQgCEoEQCAKIAhBBHRqIQ1BACEHA0AgB0EESARAIA0gB0ECdGogByAMSAR9IAsgASAHbCACIAhsakECdGoqAgAgBZQFQwAAAAALOAIAIAdBAWohBwwBCwsgCEEBaiEIDAELCwsLIAlBBGohCQwBCwsL5AQCA38GeyACQQFGIARBCEZxBEBBACECA0AgAiADSARAIAUgAkEFdGoiBCAAIAEgAmxBAnRqIgb9AAQA/QsEACAEIAb9AAQQ/QsEECACQQFqIQIMAQsLBSABQQFGIARBCEZxBEAgAkECdCEEQQAhAQNAIAFBBGogA0wEQEEAIQIDQCACQQJIBEAgBSABQQV0IAJBBHRqaiIGIAAgAkECdCAEbGogAUECdGoiB/0ABAAiCyAEIAdq/QAEACIM/Q0AAQIDEBESEwQFBgcUFRYXIg0gByAEQQF0av0ABAAiDiAHIARBA2xq/QAEACIJ/Q0AAQIDEBESEwQFBgcUFRYXIgr9DQABAgMEBQYHEBESExQVFhf9CwQAIAYgDSAK/Q0ICQoLDA0ODxgZGhscHR4f/QsEICAGIAsgDP0NCAkKCxgZGhsMDQ4PHB0eHyIKIA4gCf0NCAkKCxgZGhsMDQ4PHB0eHyIJ/Q0AAQIDBAUGBxAREhMUFRYX/QsEQCAGIAogCf0NCAkKCwwNDg8YGRobHB0eH/0LBGAgAkEBaiECDAELCyABQQRqIQEMAQsLA0AgASADSARAIAUgAUEFdGohBkEAIQIDQCACQQhIBEAgBiACQQJ0aiAAIAIgBGxqIAFBAnRqKgIAOAIAIAJBAWohAgwBCwsgAUEBaiEBDAELCwUDQCADIAdKBEAgBSAHQQV0aiEIQQAhBgNAIAZBCEgEQCAIIAZBAnRqIAQgBkoEfSAAIAEgB2wgAiAGbGpBAnRqKgIABUMAAAAACzgCACAGQQFqIQYMAQsLIAdBAWohBwwBCwsLCwu4AgMGewJ9An8gBP0TIQ0gCP0TIQ4gBf0TIQxDAACAPyAGk/0TIQ8DQCASQQRqIANMBEAgEkECdCITIABq/QAEACELIAEgE2r9AAQAIA4gC/3mAf3kASEKIAAgE2ogCyANIAIEeyACIBNqIAkEeyAKBSAMIAIgE2r9AAQA/eYBIA8gCv3mAf3kAQsiC/0LBAAgCiAMIAv95gH95AEgCyAHGwUgCgv95gH95QH9CwQAIBJBBGohEgwBCwsDQCADIBJKBEAgEkECdCITIABqKgIAIREgASATaioCACAIIBGUkiEQIAAgE2ogESAEIAIEfSACIBNqIAkEfSAQBSAFIAIgE2oqAgCUQwAAgD8gBpMgEJSSCyIROAIAIBAgBSARlJIgESAHGwUgEAuUkzgCACASQQFqIRIMAQsLC5ABAQJ/A0AgBEEEaiIFIANMBEAgBEECdCIEIAJqIAEgBGr9AAQAIAAgBGr9AAQA/QwAAAAAAAAAAAAAAAAAAAAA/UT9Tv0LBAAgBSEEDAELCwNAIAMgBEoEQCAEQQJ0IgUgAmogACAFaioCAEMAAAAAXgR9IAEgBWoqAgAFQwAAAAALOAIAIARBAWohBAwBCwsLjAEDAn8BfQF7A0AgA0EEaiIEIAJMBEAgA0ECdCIDIABq/QAEACEGIAEgA2ogBiAG/QwAAAAAAAAAAAAAAAAAAAAA/UT9Tv0LBAAgBCEDDAELCwNAIAIgA0oEQCADQQJ0IgQgAGoqAgAhBSABIARqIAVDAAAAACAFQwAAAABeGzgCACADQQFqIQMMAQsLC6UFAwx/A30GewNAIAMgDkoEQCAEIA5sIAVsIQpBACEQA0AgBiAQSgRAIAogEEEBdCAFbGohDEEAIQgDQCAIQQRqIgkgB0wEQCAMIAhBAXRqIghBAnQiCyAAav0ABAAiFyAAIAtBEGpq/QAEACIY/Q0EBQYHDA0ODxQVFhccHR4fIhkgFyAY/Q0AAQIDCAkKCxAREhMYGRobIhr9RCAZIBn9Qv1QIRcgBSAIakECdCILIABq/QAEACIbIAAgC0EQamr9AAQAIhz9DQABAgMICQoLEBESExgZGhsiGCAZIBogF/1SIhn9RCAYIBj9Qv1QIRogGyAc/Q0EBQYHDA0ODxQVFhccHR4fIhsgGCAZIBr9UiIY/UQgGyAb/UL9UCEZIBFBAnQiCyABaiAbIBggGf1S/QsEACACIAtqIAVBAWr9ESAF/RH9DAEAAAABAAAAAQAAAAEAAAD9DAAAAAAAAAAAAAAAAAAAAAAgF/1SIBr9UiAZ/VIgCP0R/QwAAAAAAgAAAAQAAAAGAAAA/a4B/a4B/QsEACAJIQggEUEEaiERDAELCwNAIAcgCEoEQCAMIAhBAXRqIg8gBWohDSAAIA9BAnQiCWoqAgAiFEMAAID/XiILIBQgFFwgCxshCyAAIAlBBGpqKgIAIhUgFEMAAID/IAsbIhZeIgkgFSAVXCAJGyELIAAgDUECdCISaioCACIUIBUgFiALGyIVXiIJIBQgFFwgCRshCSAAIBJBBGpqKgIAIhYgFCAVIAkbIhReIhIgFiAWXCASGyESIBFBAnQiEyABaiAWIBQgEhs4AgAgAiATaiANQQFqIA0gD0EBaiAPIAsbIAkbIBIbNgIAIAhBAWohCCARQQFqIREMAQsLIBBBAWohEAwBCwsgDkEBaiEODAELCwtKAQJ/IAJBACAEQQJ0/AsAA0AgAyAFSgRAIAIgBUECdCIEIAFqKAIAQQJ0aiIGIAYqAgAgACAEaioCAJI4AgAgBUEBaiEFDAELCwvjAgICfQ1/IAtFIApFIAdBAkYgBkECRnEgCEECRnEgCUECRnFxcQRAIAAgASACIAMgBCAFIAwgDRALDwsDQCADIBhKBEAgBCAYbCAFbCEZQQAhFgNAIAwgFkoEQCAIIBZsIAprIhBBACAQQQBOGyETIAQgBiAQaiIQIAQgEEgbIRtBACEXA0AgDSAXSgRAIAkgF2wgC2siEEEAIBBBAE4bIRQgBSAHIBBqIhAgBSAQSBshHEMAAID/IQ4gGSAFIBNsaiAUaiESIBMhEANAIBAgG0gEQCAUIREDQCARIBxIBEAgACAZIAUgEGxqIBFqIhVBAnRqKgIAIg8gD1wgDiAPXXIEQCAVIRIgDyEOCyARQQFqIREMAQsLIBBBAWohEAwBCwsgGkECdCIQIAFqIA44AgAgAiAQaiASNgIAIBdBAWohFyAaQQFqIRoMAQsLIBZBAWohFgwBCwsgGEEBaiEYDAELCwviAwQFfwJ7A3wBfSADtyAFt6IhDwNAIAQgCUoEQEQAAAAAAAAAACENQQAhCANAIAMgCEoEQCAAIAQgCGwgCWogBWxBAnRqIQr9DAAAAAAAAAAAAAAAAAAAAAAhC0EAIQYDQCAGQQRqIgcgBUwEQCALIAogBkECdGr9AAQA/eQBIQsgByEGDAELCyAL/R8AuyAL/R8Bu6AgC/0fArugIAv9HwO7oCEOA0AgBSAGSgRAIA4gCiAGQQJ0aioCALugIQ4gBkEBaiEGDAELCyANIA6gIQ0gCEEBaiEIDAELCyANIA+jIg62IhD9EyEMRAAAAAAAAAAAIQ1BACEIA0AgAyAISgRAIAAgBCAIbCAJaiAFbEECdGohCv0MAAAAAAAAAAAAAAAAAAAAACELQQAhBgNAIAZBBGoiByAFTARAIAsgCiAGQQJ0av0ABAAgDP3lASILIAv95gH95AEhCyAHIQYMAQsLIA0gC/0fALsgC/0fAbugIAv9HwK7oCAL/R8Du6CgIQ0DQCAFIAZKBEAgDSAKIAZBAnRqKgIAuyAOoSINIA2ioCENIAZBAWohBgwBCwsgCEEBaiEIDAELCyAJQQJ0IgYgAWogEDgCACACIAZqIA0gD6O2OAIAIAlBAWohCQwBCwsL0wUEB38EewZ8BH0gCLcgCreiIRkDQCAJIA9KBEAgD0ECdCIMIAJqKgIAIR0gAyAMaioCACEeIB39EyEVRAAAAAAAAAAAIRhEAAAAAAAAAAAhF0EAIQ4DQCAIIA5KBEAgCSAObCAPaiAKbEECdCIMIABqIRAgASAMaiER/QwAAAAAAAAAAAAAAAAAAAAAIRP9DAAAAAAAAAAAAAAAAAAAAAAhFEEAIQwDQCAMQQRqIg0gCkwEQCATIAxBAnQiDCARav0ABAAiFv3kASETIBQgFiAMIBBq/QAEACAV/eUB/eYB/eQBIRQgDSEMDAELCyAYIBP9HwC7IBP9HwG7oCAT/R8Cu6AgE/0fA7ugoCEYIBcgFP0fALsgFP0fAbugIBT9HwK7oCAU/R8Du6CgIRcDQCAKIAxKBEAgGCAMQQJ0Ig0gEWoqAgC7IhqgIRggFyAaIA0gEGoqAgC7IB27oaKgIRcgDEEBaiEMDAELCyAOQQFqIQ4MAQsLIA9BAnQiDCAGaiINIA0qAgC7IBcgHrsiG6IiF6C2OAIAIAcgDGoiDSANKgIAuyAYoLY4AgAgBCAMaioCALsgG6IiGpoiHCAboiAXIBmjRAAAAAAAAAAAIAsborYhHyAatiIg/RMhEyAf/RMhFCAcIBggGaNEAAAAAAAAAAAgCxuitiIe/RMhFkEAIQ4DQCAIIA5KBEAgCSAObCAPaiAKbEECdCIMIABqIREgASAMaiEQIAUgDGohEkEAIQwDQCAMQQRqIg0gCkwEQCASIAxBAnQiDGogDCAQav0ABAAgE/3mASAMIBFq/QAEACAV/eUBIBT95gH95AEgFv3kAf0LBAAgDSEMDAELCwNAIAogDEoEQCASIAxBAnQiDWogDSAQaioCACAglCANIBFqKgIAIB2TIB+UkiAekjgCACAMQQFqIQwMAQsLIA5BAWohDgwBCwsgD0EBaiEPDAELCwuCAgQGfwN7An0BfANAIAcgDkoEQCAOQQJ0IgkgA2oqAgC7IAIgCWoqAgC7oiEUIAEgCWoqAgAiE/0TIREgFLb9EyEQIAQgCWoqAgAiEv0TIQ9BACENA0AgBiANSgRAIAcgDWwgDmogCGxBAnQiCSAAaiEMIAUgCWohC0EAIQoDQCAKQQRqIgkgCEwEQCAKQQJ0IgogC2ogCiAMav0ABAAgEf3lASAQ/eYBIA/95AH9CwQAIAkhCgwBCwsDQCAIIApKBEAgCkECdCIJIAtqIAkgDGoqAgAgE5MgFLaUIBKSOAIAIApBAWohCgwBCwsgDUEBaiENDAELCyAOQQFqIQ4MAQsLC5MDAwR/DHsFfSAH/RMhGCAI/RMhF0QAAAAAAADwPyAHu6G2Ih39EyEWRAAAAAAAAPA/IAi7obYiHP0TIRUgCf0TIRQgCv0TIRMgBf0TIRIgBv0TIREgC/0TIRADQCAMQQRqIg0gBEwEQCAMQQJ0IgwgAGoiDv0ABAAhGiAYIAIgDGoiD/0ABAD95gEgFiABIAxq/QAEACATIBr95gH95AEiG/3mAf3kASEZIBcgAyAMaiIM/QAEAP3mASAVIBsgG/3mAf3mAf3kASEbIA8gGf0LBAAgDCAb/QsEACAOIBogEP3mASASIBn95gEgG/3jASAR/eYBIBT95AH95wH95QH9CwQAIA0hDAwBCwsDQCAEIAxKBEAgDEECdCINIABqIg4qAgAhHyAHIAIgDWoiDyoCAJQgHSABIA1qKgIAIAogH5SSIiCUkiEeIAggAyANaiINKgIAlCAcICCUICCUkiEgIA8gHjgCACANICA4AgAgDiAfIAuUIAUgHpQgIJEgBpQgCZKVkzgCACAMQQFqIQwMAQsLCwcAQYDBxAALkQMCE38CfSAFIAZsIR4DQCAEICJKBEBBACEjA0AgHiAjSgRAIAAgBSAibCAjIAZtaiAHbCAIbEECdGohGyABIAkgI2wgCmxBAnRqIRogAgR9IAIgI0ECdGoqAgAFQwAAAAALISQgAyAeICJsICNqIA9sIBBsQQJ0aiEfQQAhIQNAIA8gIUoEQEEAIAsgIWwgDWsiHWsiEUEAIBFBAE4bIRIgCSAHIB1rIhEgCSARSBshGUEAISADQCAQICBKBEBBACAMICBsIA5rIhxrIhFBACARQQBOGyERIAogCCAcayITIAogE0gbIRggJCElIBIhFANAIBQgGUgEQCAbIBQgHWogCGwgHGpBAnRqIRcgGiAKIBRsQQJ0aiEWIBEhEwNAIBMgGEgEQCAlIBYgE0ECdCIVaioCACAVIBdqKgIAlJIhJSATQQFqIRMMAQsLIBRBAWohFAwBCwsgHyAlOAIAICBBAWohICAfQQRqIR8MAQsLICFBAWohIQwBCwsgI0EBaiEjDAELCyAiQQFqISIMAQsLC5cEAxZ/AX0BfCADBEAgA0EAIAYgB2wgCWwgCmxBAnT8CwALIAcgCGwhIwNAIAYgJ0oEQEEAISgDQCAjIChKBEAgByAnbCAoIAhtaiAJbCAKbEECdCEiIAsgKGwgDGxBAnQiEyABaiEdIAQgE2ohHEQAAAAAAAAAACEqIAIgIyAnbCAoaiARbCASbEECdGohJEEAISYDQCARICZKBEBBACANICZsIA9rIiFrIhNBACATQQBOGyEVIAsgCSAhayITIAsgE0gbIRtBACElA0AgEiAlSgRAICogJCoCACIpu6AhKkEAIA4gJWwgEGsiIGsiE0EAIBNBAE4bIRMgDCAKICBrIhQgDCAUSBshHyAVIRYDQCAWIBtIBEAgFiAhaiAKbCAgakECdCIZIAAgImpqIRggDCAWbEECdCEeIBMhFANAIBQgH0gEQCAUQQJ0IhcgHCAeamoiGiAaKgIAICkgFyAYaioCAJSSOAIAIBRBAWohFAwBCwsgAwRAIAMgImogGWohGSATIRQDQCAUIB9IBEAgGSAUQQJ0IhhqIhcgFyoCACApIB0gHmogGGoqAgCUkjgCACAUQQFqIRQMAQsLCyAWQQFqIRYMAQsLICVBAWohJSAkQQRqISQMAQsLICZBAWohJgwBCwsgBQRAIAUgKEECdGoiEyATKgIAICq2kjgCAAsgKEEBaiEoDAELCyAnQQFqIScMAQsLC6IDAwt/AX0BeyALIAxsQQJ0IRogDSAObCIcIApsIRkgEyAUbCIeIAdsQQJ0IRhBASAKQYCAECAcIB5sQQJ0bSIVIAogFUgbIhUgFUEATBshGyAIIRcDQCAXIAggCWpIBEAgBCAXIBhsaiEdIAAgCiAXbCAabGohFkEAIRUDQCAKIBVKBEAgFiAVIBpsaiAFIBsgCiAVayIfIBsgH0gbIh8gCyAMIA0gDiAPIBAgESASIBMgFBABIAEgFSAcbEECdGogGUEBIAUgHkEBIB0gHiAHIB4gHCAfbEMAAIA/QwAAgD9DAAAAACAVGyAGEAAgFSAbaiEVDAELCyACBEAgHSACQQEgByAeEAQLIAMEQCAHIB5sIR9BACEVA0AgFUEEaiIWIB9MBEAgHSAVQQJ0aiIV/QAEACEhIBUgISAh/QwAAAAAAAAAAAAAAAAAAAAA/UT9Tv0LBAAgFiEVDAELCwNAIBUgH0gEQCAdIBVBAnRqIhYqAgAhICAWICBDAAAAACAgQwAAAABeGzgCACAVQQFqIRUMAQsLCyAXQQFqIRcMAQsLC4UEAQ1/IA4gD2xBAnQhHyAQIBFsIh4gDWwhHCAWIBdsIiEgCmxBAnQhG0EBIA1BgIAQIB4gIWxBAnRtIhggDSAYSBsiGCAYQQBMGyEdIAshGgNAIBogCyAMakgEQCAaIBtsIhggAmohICADBEAgAyAYaiEiIAogIWwhI0EAIRgDQCAYQQRqIhkgI0wEQCAYQQJ0IhggIGoiJCAk/QAEACAYICJq/QAEAP0MAAAAAAAAAAAAAAAAAAAAAP1E/U79CwQAIBkhGAwBCwsDQCAYICNIBEAgGEECdCIZICBqIiQgGSAiaioCAEMAAAAAXgR9ICQqAgAFQwAAAAALOAIAIBhBAWohGAwBCwsLIAAgDSAabCAfbGohGUEAIRgDQCANIBhKBEAgHSANIBhrIiIgHSAiSBsiIiAebCEjIBkgGCAfbGogByAiIA4gDyAQIBEgEiATIBQgFSAWIBcQASAgICFBASAHQQEgISAYIB5sQQJ0IiQgBWogHCAKICMgIUMAAIA/QwAAgD8gCRAAIAQEQCABICRqQQEgHCAgICFBASAIICEgIyAhIApDAACAP0MAAAAAIAkQACAIIAQgDSAabCAYaiAfbGogIiAOIA8gECARIBIgEyAUIBUgFiAXEAILIBggHWohGAwBCwsgBgRAICAgBkEBIAogIRADCyAaQQFqIRoMAQsLCw==";
var GEMM_WASM_SHARED_BASE64 = "AGFzbQEAAAABhgITYAV/f39/fwBgDX9/f39/f39/f39/f38AYAZ/f39/f38AYA5/f39/f39/f39/f319fwBgBX9/f399AGAHf39/f399fwBgCn9/f399fX1/fX8AYAR/f39/AGADf39/AGAIf39/f39/f38AYA5/f39/f39/f39/f39/fwBgDH9/f39/f39/f39/fwBgCX9/f39/f39/fwBgDH9/f39/fX19fX19fQBgAAF/YBF/f39/f39/f39/f39/f39/fwBgE39/f39/f39/f39/f39/f39/f38AYBV/f39/f39/f39/f39/f39/f39/f38AYBh/f39/f39/f39/f39/f39/f39/f39/f38AAhIBA2VudgZtZW1vcnkCAwGAgAQDGBcDAQEAAAQFAgYHCAkACgILDA0ODxAREgeQAhQOd29ya3NwYWNlQnl0ZXMAEgRnZW1tAAAGaW0yY29sAAEGY29sMmltAAIEcmVsdQAKDHJlbHVCYWNrd2FyZAAJB2JpYXNBZGQABA9iaWFzQWRkQmFja3dhcmQAAwltYXhQb29sMmQADRFtYXhQb29sMmRCYWNrd2FyZAAMDmJhdGNoTm9ybVN0YXRzAA4JYmF0Y2hOb3JtABARYmF0Y2hOb3JtQmFja3dhcmQADwdzZ2RTdGVwAAgIYWRhbVN0ZXAAEQtjb252Rm9yd2FyZAAVDGNvbnZCYWNrd2FyZAAWEGRlcHRod2lzZUZvcndhcmQAExFkZXB0aHdpc2VCYWNrd2FyZAAUBm1lbW9yeQIACrlWF+EWAxJ/C3sBfSAJQQBMIAhBAExyBEAPCyAMQwAAgD9cIAxDAAAAAFxxBEAgBiAHIAggCSAMEAULIApBAEwgC0MAAAAAW3IEQCAMQwAAAABbBEAgBiAHIAggCUMAAAAAEAULDwsgDSIQQYDABGoiD0GAgEBrIRMDQCAJIBpKBEBBgAggCSAaayINIA1BgAhKGyEbQQAhGQNAIAogGUoEQEGAAiAKIBlrIg0gDUGAAkobIRcgGUEASiINBH8gDQUgDEMAAAAAXAshESADIAQgGWwgBSAabGpBAnRqIRwCQCAIQcgATARAIAAgAiAZbEECdGogASACIAggFyALIBAQBkEAIRIDQCASIBtIBEAgHCAFIBJsQQJ0aiAEIAUgF0EIIBsgEmsiDSANQQhKGyIdIA8QB0EAIRYDQCAIIBZKBEAgECAWIBdsQQJ0aiEUIAYgByAWbCAaaiASakECdGohHkEEIAggFmsiDSANQQRKGyINQQRGIB1BCEZxBEAgDyEN/QwAAAAAAAAAAAAAAAAAAAAAISD9DAAAAAAAAAAAAAAAAAAAAAAhIf0MAAAAAAAAAAAAAAAAAAAAACEi/QwAAAAAAAAAAAAAAAAAAAAAISP9DAAAAAAAAAAAAAAAAAAAAAAhJP0MAAAAAAAAAAAAAAAAAAAAACEl/QwAAAAAAAAAAAAAAAAAAAAAISb9DAAAAAAAAAAAAAAAAAAAAAAhJ0EAIQ4DQCAOIBdIBEAgICAU/QkCACIoIA39AAQAIin95gH95AEhICAhICggDf0ABBAiKP3mAf3kASEhICIgFP0JAgQiKiAp/eYB/eQBISIgIyAqICj95gH95AEhIyAkIBT9CQIIIiogKf3mAf3kASEkICUgKiAo/eYB/eQBISUgJiAU/QkCDCIqICn95gH95AEhJiAnICogKP3mAf3kASEnIBRBEGohFCANQSBqIQ0gDkEBaiEODAELCyAHQQJ0IQ0gHiARBHsgISAe/QAEEP3kASEhICIgDSAeaiIO/QAEAP3kASEiICMgDv0ABBD95AEhIyAkIB4gDUEBdGoiDv0ABAD95AEhJCAlIA79AAQQ/eQBISUgJiAeIA1BA2xqIg79AAQA/eQBISYgJyAO/QAEEP3kASEnICAgHv0ABAD95AEFICAL/QsEACAeICH9CwQQIA0gHmoiDiAi/QsEACAOICP9CwQQIB4gDUEBdGoiDiAk/QsEACAOICX9CwQQIB4gDUEDbGoiDSAm/QsEACANICf9CwQQBSAPIQ79DAAAAAAAAAAAAAAAAAAAAAAhIP0MAAAAAAAAAAAAAAAAAAAAACEh/QwAAAAAAAAAAAAAAAAAAAAAISL9DAAAAAAAAAAAAAAAAAAAAAAhI/0MAAAAAAAAAAAAAAAAAAAAACEk/QwAAAAAAAAAAAAAAAAAAAAAISX9DAAAAAAAAAAAAAAAAAAAAAAhJv0MAAAAAAAAAAAAAAAAAAAAACEnQQAhFQNAIBUgF0gEQCAgIBT9CQIAIiggDv0ABAAiKf3mAf3kASEgICEgKCAO/QAEECIo/eYB/eQBISEgIiAU/QkCBCIqICn95gH95AEhIiAjICogKP3mAf3kASEjICQgFP0JAggiKiAp/eYB/eQBISQgJSAqICj95gH95AEhJSAmIBT9CQIMIiogKf3mAf3kASEmICcgKiAo/eYB/eQBIScgFEEQaiEUIA5BIGohDiAVQQFqIRUMAQsLIBMgIP0LBAAgEyAh/QsEECATQSBqICL9CwQAIBMgI/0LBDAgE0FAayIOICT9CwQAIA4gJf0LBBAgE0HgAGogJv0LBAAgEyAn/QsEcEEAIRgDQCANIBhKBEBBACEVA0AgFSAdSARAIBMgGEEDdCAVakECdGoqAgAhKyAeIAcgGGwgFWpBAnRqIg4gEQR9IA4qAgAgK5IFICsLOAIAIBVBAWohFQwBCwsgGEEBaiEYDAELCwsgFkEEaiEWDAELCyASQQhqIRIMAQsLDAELQQAhDQNAIA0gG0gEQCAcIAUgDWxBAnRqIAQgBSAXQQggGyANayIOIA5BCEobIA8gDSAXbEECdGoQByANQQhqIQ0MAQsLQQAhFgNAIAggFkoEQCAAIAEgFmwgAiAZbGpBAnRqIAEgAkHIACAIIBZrIg0gDUHIAEobIh0gFyALIBAQBkEAIRUDQCAVIBtIBEBBCCAbIBVrIg0gDUEIShshHiAPIBUgF2xBAnRqIRJBACEYA0AgGCAdSARAIBAgFyAYbEECdGohFCASIQ0gBiAWIBhqIAdsIBpqIBVqQQJ0aiEfQQQgHSAYayIOIA5BBEobIhxBBEYgHkEIRnEEQP0MAAAAAAAAAAAAAAAAAAAAACEg/QwAAAAAAAAAAAAAAAAAAAAAISH9DAAAAAAAAAAAAAAAAAAAAAAhIv0MAAAAAAAAAAAAAAAAAAAAACEj/QwAAAAAAAAAAAAAAAAAAAAAIST9DAAAAAAAAAAAAAAAAAAAAAAhJf0MAAAAAAAAAAAAAAAAAAAAACEm/QwAAAAAAAAAAAAAAAAAAAAAISdBACEOA0AgDiAXSARAICAgFP0JAgAiKCAN/QAEACIp/eYB/eQBISAgISAoIA39AAQQIij95gH95AEhISAiIBT9CQIEIiogKf3mAf3kASEiICMgKiAo/eYB/eQBISMgJCAU/QkCCCIqICn95gH95AEhJCAlICogKP3mAf3kASElICYgFP0JAgwiKiAp/eYB/eQBISYgJyAqICj95gH95AEhJyAUQRBqIRQgDUEgaiENIA5BAWohDgwBCwsgB0ECdCENIB8gEQR7ICEgH/0ABBD95AEhISAiIA0gH2oiDv0ABAD95AEhIiAjIA79AAQQ/eQBISMgJCAfIA1BAXRqIg79AAQA/eQBISQgJSAO/QAEEP3kASElICYgHyANQQNsaiIO/QAEAP3kASEmICcgDv0ABBD95AEhJyAgIB/9AAQA/eQBBSAgC/0LBAAgHyAh/QsEECANIB9qIg4gIv0LBAAgDiAj/QsEECAfIA1BAXRqIg4gJP0LBAAgDiAl/QsEECAfIA1BA2xqIg0gJv0LBAAgDSAn/QsEEAUgDSEO/QwAAAAAAAAAAAAAAAAAAAAAISD9DAAAAAAAAAAAAAAAAAAAAAAhIf0MAAAAAAAAAAAAAAAAAAAAACEi/QwAAAAAAAAAAAAAAAAAAAAAISP9DAAAAAAAAAAAAAAAAAAAAAAhJP0MAAAAAAAAAAAAAAAAAAAAACEl/QwAAAAAAAAAAAAAAAAAAAAAISb9DAAAAAAAAAAAAAAAAAAAAAAhJ0EAIQ0DQCANIBdIBEAgICAU/QkCACIoIA79AAQAIin95gH95AEhICAhICggDv0ABBAiKP3mAf3kASEhICIgFP0JAgQiKiAp/eYB/eQBISIgIyAqICj95gH95AEhIyAkIBT9CQIIIiogKf3mAf3kASEkICUgKiAo/eYB/eQBISUgJiAU/QkCDCIqICn95gH95AEhJiAnICogKP3mAf3kASEnIBRBEGohFCAOQSBqIQ4gDUEBaiENDAELCyATICD9CwQAIBMgIf0LBBAgE0EgaiAi/QsEACATICP9CwQwIBNBQGsiDSAk/QsEACANICX9CwQQIBNB4ABqICb9CwQAIBMgJ/0LBHBBACEOA0AgDiAcSARAQQAhDQNAIA0gHkgEQCATIA5BA3QgDWpBAnRqKgIAISsgHyAHIA5sIA1qQQJ0aiIUIBEEfSAUKgIAICuSBSArCzgCACANQQFqIQ0MAQsLIA5BAWohDgwBCwsLIBhBBGohGAwBCwsgFUEIaiEVDAELCyAWQcgAaiEWDAELCwsgGUGAAmohGQwBCwsgGkGACGohGgwBCwsLmAQBDX8gASEOIAxBAnQhFgNAIAIgFEoEQCAAIAMgFGwgBGxBAnRqIRlBACESA0AgBSASSgRAQQAhEQNAIAYgEUoEQAJ/IAwgCiARayIBQQAgAUEAThsgCGpBAWsgCG0iASABIAxKGyIPIARBAWsgCmogEWsiAUEASA0AGiAPIAwgASAIbUEBaiIBIAEgDEobIgEgASAPSBsLIRBBACETA0AgCyATSgRAAkAgByATbCAJayASaiINQQBIIAMgDUxyIA8gEE5yBEAgDkEAIBb8CwAMAQtBACEBA0AgASAPSARAIA4gAUECdGpDAAAAADgCACABQQFqIQEMAQsLIBkgBCANbCAKayARaiAIIA9sakECdGohFSAIQQFGBEAgDiAPQQJ0aiEXIBAgD2shGEEAIQEDQCABQQRqIg0gGEwEQCABQQJ0IgEgF2ogASAVav0ABAD9CwQAIA0hAQwBCwsDQCABIBhIBEAgAUECdCINIBdqIA0gFWoqAgA4AgAgAUEBaiEBDAELCwUgDyEBA0AgASAQSARAIA4gAUECdGogFSABIA9rIAhsQQJ0aioCADgCACABQQFqIQEMAQsLCyAQIQEDQCABIAxIBEAgDiABQQJ0akMAAAAAOAIAIAFBAWohAQwBCwsLIBNBAWohEyAOIBZqIQ4MAQsLIBFBAWohEQwBCwsgEkEBaiESDAELCyAUQQFqIRQMAQsLC+UDAQ5/IAFBACACIANsIARsQQJ0/AsAIAAhDiAMQQJ0IRgDQCACIBNKBEAgASADIBNsIARsQQJ0aiEZQQAhEQNAIAUgEUoEQEEAIQ8DQCAGIA9KBEACfyAMIAogD2siAEEAIABBAE4bIAhqQQFrIAhtIgAgACAMShsiECAEQQFrIApqIA9rIgBBAEgNABogECAMIAAgCG1BAWoiACAAIAxKGyIAIAAgEEgbCyEXQQAhEgNAIAsgEkoEQCAHIBJsIAlrIBFqIgBBAEggACADTnIgECAXTnJFBEAgGSAAIARsIAprIA9qIAggEGxqQQJ0aiEUIA4gEEECdGohFSAXIBBrIRYgCEEBRgRAQQAhAANAIABBBGoiDSAWTARAIABBAnQiACAUaiIaIBr9AAQAIAAgFWr9AAQA/eQB/QsEACANIQAMAQsLA0AgACAWSARAIABBAnQiDSAUaiIaIBoqAgAgDSAVaioCAJI4AgAgAEEBaiEADAELCwVBACEAA0AgACAWSARAIBQgACAIbEECdGoiDSANKgIAIBUgAEECdGoqAgCSOAIAIABBAWohAAwBCwsLCyASQQFqIRIgDiAYaiEODAELCyAPQQFqIQ8MAQsLIBFBAWohEQwBCwsgE0EBaiETDAELCwvzAQMFfwJ8AXsDQCADIAlKBEBEAAAAAAAAAAAhC0EAIQgDQCACIAhKBEAgACADIAhsIAlqIARsQQJ0aiEH/QwAAAAAAAAAAAAAAAAAAAAAIQxBACEFA0AgBUEEaiIGIARMBEAgDCAHIAVBAnRq/QAEAP3kASEMIAYhBQwBCwsgDP0fALsgDP0fAbugIAz9HwK7oCAM/R8Du6AhCgNAIAQgBUoEQCAKIAcgBUECdGoqAgC7oCEKIAVBAWohBQwBCwsgCyAKoCELIAhBAWohCAwBCwsgASAJQQJ0aiIFIAUqAgC7IAugtjgCACAJQQFqIQkMAQsLC68BAwR/AX0BewNAIAIgCEoEQEEAIQcDQCADIAdKBEAgACEGIAEgB0ECdGoqAgAiCf0TIQpBACEAA0AgAEEEaiIFIARMBEAgBiAAQQJ0aiIAIAD9AAQAIAr95AH9CwQAIAUhAAwBCwsDQCAAIARIBEAgBiAAQQJ0aiIFIAUqAgAgCZI4AgAgAEEBaiEADAELCyAHQQFqIQcgBiAEQQJ0aiEADAELCyAIQQFqIQgMAQsLC+0BAgR/AXsgBP0TIQkDQCACIAhKBEAgACABIAhsQQJ0aiEHQQAhBSAEQwAAAABbBEADQCAFQQRqIgYgA0wEQCAHIAVBAnRq/QwAAAAAAAAAAAAAAAAAAAAA/QsEACAGIQUMAQsLA0AgAyAFSgRAIAcgBUECdGpDAAAAADgCACAFQQFqIQUMAQsLBQNAIAVBBGoiBiADTARAIAcgBUECdGoiBSAF/QAEACAJ/eYB/QsEACAGIQUMAQsLA0AgAyAFSgRAIAcgBUECdGoiBiAGKgIAIASUOAIAIAVBAWohBQwBCwsLIAhBAWohCAwBCwsL9QIBB38DQCADIAlKBEAgBiAEIAlsQQJ0aiEKIAAgASAJbEECdGohCyABQQFGQQQgAyAJayIHIAdBBEobIgxBBEZxBEBBACEHA0AgBCAHSgRAIAogB0EEdGogCyACIAdsQQJ0av0ABAAgBf0T/eYB/QsEACAHQQFqIQcMAQsLBSACQQFGIAxBBEZxBEAgAUECdCEIQQAhBwNAIAQgB0oEQCAKIAdBBHRqIgwgCyAHQQJ0aiINKgIAIAWUOAIAIAwgCCANaioCACAFlDgCBCAMIA0gCEEBdGoqAgAgBZQ4AgggDCANIAhBA2xqKgIAIAWUOAIMIAdBAWohBwwBCwsFQQAhCANAIAQgCEoEQCAKIAhBBHRqIQ1BACEHA0AgB0EESARAIA0gB0ECdGogByAMSAR9IAsgASAHbCACIAhsakECdGoqAgAgBZQFQwAAAAALOAIAIAdBAWohBwwBCwsgCEEBaiEIDAELCwsLIAlBBGohCQwBCwsL5AQCA38GeyACQQFGIARBCEZxBEBBACECA0AgAiADSARAIAUgAkEFdGoiBCAAIAEgAmxBAnRqIgb9AAQA/QsEACAEIAb9AAQQ/QsEECACQQFqIQIMAQsLBSABQQFGIARBCEZxBEAgAkECdCEEQQAhAQNAIAFBBGogA0wEQEEAIQIDQCACQQJIBEAgBSABQQV0IAJBBHRqaiIGIAAgAkECdCAEbGogAUECdGoiB/0ABAAiCyAEIAdq/QAEACIM/Q0AAQIDEBESEwQFBgcUFRYXIg0gByAEQQF0av0ABAAiDiAHIARBA2xq/QAEACIJ/Q0AAQIDEBESEwQFBgcUFRYXIgr9DQABAgMEBQYHEBESExQVFhf9CwQAIAYgDSAK/Q0ICQoLDA0ODxgZGhscHR4f/QsEICAGIAsgDP0NCAkKCxgZGhsMDQ4PHB0eHyIKIA4gCf0NCAkKCxgZGhsMDQ4PHB0eHyIJ/Q0AAQIDBAUGBxAREhMUFRYX/QsEQCAGIAogCf0NCAkKCwwNDg8YGRobHB0eH/0LBGAgAkEBaiECDAELCyABQQRqIQEMAQsLA0AgASADSARAIAUgAUEFdGohBkEAIQIDQCACQQhIBEAgBiACQQJ0aiAAIAIgBGxqIAFBAnRqKgIAOAIAIAJBAWohAgwBCwsgAUEBaiEBDAELCwUDQCADIAdKBEAgBSAHQQV0aiEIQQAhBgNAIAZBCEgEQCAIIAZBAnRqIAQgBkoEfSAAIAEgB2wgAiAGbGpBAnRqKgIABUMAAAAACzgCACAGQQFqIQYMAQsLIAdBAWohBwwBCwsLCwu4AgMGewJ9An8gBP0TIQ0gCP0TIQ4gBf0TIQxDAACAPyAGk/0TIQ8DQCASQQRqIANMBEAgEkECdCITIABq/QAEACELIAEgE2r9AAQAIA4gC/3mAf3kASEKIAAgE2ogCyANIAIEeyACIBNqIAkEeyAKBSAMIAIgE2r9AAQA/eYBIA8gCv3mAf3kAQsiC/0LBAAgCiAMIAv95gH95AEgCyAHGwUgCgv95gH95QH9CwQAIBJBBGohEgwBCwsDQCADIBJKBEAgEkECdCITIABqKgIAIREgASATaioCACAIIBGUkiEQIAAgE2ogESAEIAIEfSACIBNqIAkEfSAQBSAFIAIgE2oqAgCUQwAAgD8gBpMgEJSSCyIROAIAIBAgBSARlJIgESAHGwUgEAuUkzgCACASQQFqIRIMAQsLC5ABAQJ/A0AgBEEEaiIFIANMBEAgBEECdCIEIAJqIAEgBGr9AAQAIAAgBGr9AAQA/QwAAAAAAAAAAAAAAAAAAAAA/UT9Tv0LBAAgBSEEDAELCwNAIAMgBEoEQCAEQQJ0IgUgAmogACAFaioCAEMAAAAAXgR9IAEgBWoqAgAFQwAAAAALOAIAIARBAWohBAwBCwsLjAEDAn8BfQF7A0AgA0EEaiIEIAJMBEAgA0ECdCIDIABq/QAEACEGIAEgA2ogBiAG/QwAAAAAAAAAAAAAAAAAAAAA/UT9Tv0LBAAgBCEDDAELCwNAIAIgA0oEQCADQQJ0IgQgAGoqAgAhBSABIARqIAVDAAAAACAFQwAAAABeGzgCACADQQFqIQMMAQsLC6UFAwx/A30GewNAIAMgDkoEQCAEIA5sIAVsIQpBACEQA0AgBiAQSgRAIAogEEEBdCAFbGohDEEAIQgDQCAIQQRqIgkgB0wEQCAMIAhBAXRqIghBAnQiCyAAav0ABAAiFyAAIAtBEGpq/QAEACIY/Q0EBQYHDA0ODxQVFhccHR4fIhkgFyAY/Q0AAQIDCAkKCxAREhMYGRobIhr9RCAZIBn9Qv1QIRcgBSAIakECdCILIABq/QAEACIbIAAgC0EQamr9AAQAIhz9DQABAgMICQoLEBESExgZGhsiGCAZIBogF/1SIhn9RCAYIBj9Qv1QIRogGyAc/Q0EBQYHDA0ODxQVFhccHR4fIhsgGCAZIBr9UiIY/UQgGyAb/UL9UCEZIBFBAnQiCyABaiAbIBggGf1S/QsEACACIAtqIAVBAWr9ESAF/RH9DAEAAAABAAAAAQAAAAEAAAD9DAAAAAAAAAAAAAAAAAAAAAAgF/1SIBr9UiAZ/VIgCP0R/QwAAAAAAgAAAAQAAAAGAAAA/a4B/a4B/QsEACAJIQggEUEEaiERDAELCwNAIAcgCEoEQCAMIAhBAXRqIg8gBWohDSAAIA9BAnQiCWoqAgAiFEMAAID/XiILIBQgFFwgCxshCyAAIAlBBGpqKgIAIhUgFEMAAID/IAsbIhZeIgkgFSAVXCAJGyELIAAgDUECdCISaioCACIUIBUgFiALGyIVXiIJIBQgFFwgCRshCSAAIBJBBGpqKgIAIhYgFCAVIAkbIhReIhIgFiAWXCASGyESIBFBAnQiEyABaiAWIBQgEhs4AgAgAiATaiANQQFqIA0gD0EBaiAPIAsbIAkbIBIbNgIAIAhBAWohCCARQQFqIREMAQsLIBBBAWohEAwBCwsgDkEBaiEODAELCwtKAQJ/IAJBACAEQQJ0/AsAA0AgAyAFSgRAIAIgBUECdCIEIAFqKAIAQQJ0aiIGIAYqAgAgACAEaioCAJI4AgAgBUEBaiEFDAELCwvjAgICfQ1/IAtFIApFIAdBAkYgBkECRnEgCEECRnEgCUECRnFxcQRAIAAgASACIAMgBCAFIAwgDRALDwsDQCADIBhKBEAgBCAYbCAFbCEZQQAhFgNAIAwgFkoEQCAIIBZsIAprIhBBACAQQQBOGyETIAQgBiAQaiIQIAQgEEgbIRtBACEXA0AgDSAXSgRAIAkgF2wgC2siEEEAIBBBAE4bIRQgBSAHIBBqIhAgBSAQSBshHEMAAID/IQ4gGSAFIBNsaiAUaiESIBMhEANAIBAgG0gEQCAUIREDQCARIBxIBEAgACAZIAUgEGxqIBFqIhVBAnRqKgIAIg8gD1wgDiAPXXIEQCAVIRIgDyEOCyARQQFqIREMAQsLIBBBAWohEAwBCwsgGkECdCIQIAFqIA44AgAgAiAQaiASNgIAIBdBAWohFyAaQQFqIRoMAQsLIBZBAWohFgwBCwsgGEEBaiEYDAELCwviAwQFfwJ7A3wBfSADtyAFt6IhDwNAIAQgCUoEQEQAAAAAAAAAACENQQAhCANAIAMgCEoEQCAAIAQgCGwgCWogBWxBAnRqIQr9DAAAAAAAAAAAAAAAAAAAAAAhC0EAIQYDQCAGQQRqIgcgBUwEQCALIAogBkECdGr9AAQA/eQBIQsgByEGDAELCyAL/R8AuyAL/R8Bu6AgC/0fArugIAv9HwO7oCEOA0AgBSAGSgRAIA4gCiAGQQJ0aioCALugIQ4gBkEBaiEGDAELCyANIA6gIQ0gCEEBaiEIDAELCyANIA+jIg62IhD9EyEMRAAAAAAAAAAAIQ1BACEIA0AgAyAISgRAIAAgBCAIbCAJaiAFbEECdGohCv0MAAAAAAAAAAAAAAAAAAAAACELQQAhBgNAIAZBBGoiByAFTARAIAsgCiAGQQJ0av0ABAAgDP3lASILIAv95gH95AEhCyAHIQYMAQsLIA0gC/0fALsgC/0fAbugIAv9HwK7oCAL/R8Du6CgIQ0DQCAFIAZKBEAgDSAKIAZBAnRqKgIAuyAOoSINIA2ioCENIAZBAWohBgwBCwsgCEEBaiEIDAELCyAJQQJ0IgYgAWogEDgCACACIAZqIA0gD6O2OAIAIAlBAWohCQwBCwsL0wUEB38EewZ8BH0gCLcgCreiIRkDQCAJIA9KBEAgD0ECdCIMIAJqKgIAIR0gAyAMaioCACEeIB39EyEVRAAAAAAAAAAAIRhEAAAAAAAAAAAhF0EAIQ4DQCAIIA5KBEAgCSAObCAPaiAKbEECdCIMIABqIRAgASAMaiER/QwAAAAAAAAAAAAAAAAAAAAAIRP9DAAAAAAAAAAAAAAAAAAAAAAhFEEAIQwDQCAMQQRqIg0gCkwEQCATIAxBAnQiDCARav0ABAAiFv3kASETIBQgFiAMIBBq/QAEACAV/eUB/eYB/eQBIRQgDSEMDAELCyAYIBP9HwC7IBP9HwG7oCAT/R8Cu6AgE/0fA7ugoCEYIBcgFP0fALsgFP0fAbugIBT9HwK7oCAU/R8Du6CgIRcDQCAKIAxKBEAgGCAMQQJ0Ig0gEWoqAgC7IhqgIRggFyAaIA0gEGoqAgC7IB27oaKgIRcgDEEBaiEMDAELCyAOQQFqIQ4MAQsLIA9BAnQiDCAGaiINIA0qAgC7IBcgHrsiG6IiF6C2OAIAIAcgDGoiDSANKgIAuyAYoLY4AgAgBCAMaioCALsgG6IiGpoiHCAboiAXIBmjRAAAAAAAAAAAIAsborYhHyAatiIg/RMhEyAf/RMhFCAcIBggGaNEAAAAAAAAAAAgCxuitiIe/RMhFkEAIQ4DQCAIIA5KBEAgCSAObCAPaiAKbEECdCIMIABqIREgASAMaiEQIAUgDGohEkEAIQwDQCAMQQRqIg0gCkwEQCASIAxBAnQiDGogDCAQav0ABAAgE/3mASAMIBFq/QAEACAV/eUBIBT95gH95AEgFv3kAf0LBAAgDSEMDAELCwNAIAogDEoEQCASIAxBAnQiDWogDSAQaioCACAglCANIBFqKgIAIB2TIB+UkiAekjgCACAMQQFqIQwMAQsLIA5BAWohDgwBCwsgD0EBaiEPDAELCwuCAgQGfwN7An0BfANAIAcgDkoEQCAOQQJ0IgkgA2oqAgC7IAIgCWoqAgC7oiEUIAEgCWoqAgAiE/0TIREgFLb9EyEQIAQgCWoqAgAiEv0TIQ9BACENA0AgBiANSgRAIAcgDWwgDmogCGxBAnQiCSAAaiEMIAUgCWohC0EAIQoDQCAKQQRqIgkgCEwEQCAKQQJ0IgogC2ogCiAMav0ABAAgEf3lASAQ/eYBIA/95AH9CwQAIAkhCgwBCwsDQCAIIApKBEAgCkECdCIJIAtqIAkgDGoqAgAgE5MgFLaUIBKSOAIAIApBAWohCgwBCwsgDUEBaiENDAELCyAOQQFqIQ4MAQsLC5MDAwR/DHsFfSAH/RMhGCAI/RMhF0QAAAAAAADwPyAHu6G2Ih39EyEWRAAAAAAAAPA/IAi7obYiHP0TIRUgCf0TIRQgCv0TIRMgBf0TIRIgBv0TIREgC/0TIRADQCAMQQRqIg0gBEwEQCAMQQJ0IgwgAGoiDv0ABAAhGiAYIAIgDGoiD/0ABAD95gEgFiABIAxq/QAEACATIBr95gH95AEiG/3mAf3kASEZIBcgAyAMaiIM/QAEAP3mASAVIBsgG/3mAf3mAf3kASEbIA8gGf0LBAAgDCAb/QsEACAOIBogEP3mASASIBn95gEgG/3jASAR/eYBIBT95AH95wH95QH9CwQAIA0hDAwBCwsDQCAEIAxKBEAgDEECdCINIABqIg4qAgAhHyAHIAIgDWoiDyoCAJQgHSABIA1qKgIAIAogH5SSIiCUkiEeIAggAyANaiINKgIAlCAcICCUICCUkiEgIA8gHjgCACANICA4AgAgDiAfIAuUIAUgHpQgIJEgBpQgCZKVkzgCACAMQQFqIQwMAQsLCwcAQYDBxAALkQMCE38CfSAFIAZsIR4DQCAEICJKBEBBACEjA0AgHiAjSgRAIAAgBSAibCAjIAZtaiAHbCAIbEECdGohGyABIAkgI2wgCmxBAnRqIRogAgR9IAIgI0ECdGoqAgAFQwAAAAALISQgAyAeICJsICNqIA9sIBBsQQJ0aiEfQQAhIQNAIA8gIUoEQEEAIAsgIWwgDWsiHWsiEUEAIBFBAE4bIRIgCSAHIB1rIhEgCSARSBshGUEAISADQCAQICBKBEBBACAMICBsIA5rIhxrIhFBACARQQBOGyERIAogCCAcayITIAogE0gbIRggJCElIBIhFANAIBQgGUgEQCAbIBQgHWogCGwgHGpBAnRqIRcgGiAKIBRsQQJ0aiEWIBEhEwNAIBMgGEgEQCAlIBYgE0ECdCIVaioCACAVIBdqKgIAlJIhJSATQQFqIRMMAQsLIBRBAWohFAwBCwsgHyAlOAIAICBBAWohICAfQQRqIR8MAQsLICFBAWohIQwBCwsgI0EBaiEjDAELCyAiQQFqISIMAQsLC5cEAxZ/AX0BfCADBEAgA0EAIAYgB2wgCWwgCmxBAnT8CwALIAcgCGwhIwNAIAYgJ0oEQEEAISgDQCAjIChKBEAgByAnbCAoIAhtaiAJbCAKbEECdCEiIAsgKGwgDGxBAnQiEyABaiEdIAQgE2ohHEQAAAAAAAAAACEqIAIgIyAnbCAoaiARbCASbEECdGohJEEAISYDQCARICZKBEBBACANICZsIA9rIiFrIhNBACATQQBOGyEVIAsgCSAhayITIAsgE0gbIRtBACElA0AgEiAlSgRAICogJCoCACIpu6AhKkEAIA4gJWwgEGsiIGsiE0EAIBNBAE4bIRMgDCAKICBrIhQgDCAUSBshHyAVIRYDQCAWIBtIBEAgFiAhaiAKbCAgakECdCIZIAAgImpqIRggDCAWbEECdCEeIBMhFANAIBQgH0gEQCAUQQJ0IhcgHCAeamoiGiAaKgIAICkgFyAYaioCAJSSOAIAIBRBAWohFAwBCwsgAwRAIAMgImogGWohGSATIRQDQCAUIB9IBEAgGSAUQQJ0IhhqIhcgFyoCACApIB0gHmogGGoqAgCUkjgCACAUQQFqIRQMAQsLCyAWQQFqIRYMAQsLICVBAWohJSAkQQRqISQMAQsLICZBAWohJgwBCwsgBQRAIAUgKEECdGoiEyATKgIAICq2kjgCAAsgKEEBaiEoDAELCyAnQQFqIScMAQsLC6IDAwt/AX0BeyALIAxsQQJ0IRogDSAObCIcIApsIRkgEyAUbCIeIAdsQQJ0IRhBASAKQYCAECAcIB5sQQJ0bSIVIAogFUgbIhUgFUEATBshGyAIIRcDQCAXIAggCWpIBEAgBCAXIBhsaiEdIAAgCiAXbCAabGohFkEAIRUDQCAKIBVKBEAgFiAVIBpsaiAFIBsgCiAVayIfIBsgH0gbIh8gCyAMIA0gDiAPIBAgESASIBMgFBABIAEgFSAcbEECdGogGUEBIAUgHkEBIB0gHiAHIB4gHCAfbEMAAIA/QwAAgD9DAAAAACAVGyAGEAAgFSAbaiEVDAELCyACBEAgHSACQQEgByAeEAQLIAMEQCAHIB5sIR9BACEVA0AgFUEEaiIWIB9MBEAgHSAVQQJ0aiIV/QAEACEhIBUgISAh/QwAAAAAAAAAAAAAAAAAAAAA/UT9Tv0LBAAgFiEVDAELCwNAIBUgH0gEQCAdIBVBAnRqIhYqAgAhICAWICBDAAAAACAgQwAAAABeGzgCACAVQQFqIRUMAQsLCyAXQQFqIRcMAQsLC4UEAQ1/IA4gD2xBAnQhHyAQIBFsIh4gDWwhHCAWIBdsIiEgCmxBAnQhG0EBIA1BgIAQIB4gIWxBAnRtIhggDSAYSBsiGCAYQQBMGyEdIAshGgNAIBogCyAMakgEQCAaIBtsIhggAmohICADBEAgAyAYaiEiIAogIWwhI0EAIRgDQCAYQQRqIhkgI0wEQCAYQQJ0IhggIGoiJCAk/QAEACAYICJq/QAEAP0MAAAAAAAAAAAAAAAAAAAAAP1E/U79CwQAIBkhGAwBCwsDQCAYICNIBEAgGEECdCIZICBqIiQgGSAiaioCAEMAAAAAXgR9ICQqAgAFQwAAAAALOAIAIBhBAWohGAwBCwsLIAAgDSAabCAfbGohGUEAIRgDQCANIBhKBEAgHSANIBhrIiIgHSAiSBsiIiAebCEjIBkgGCAfbGogByAiIA4gDyAQIBEgEiATIBQgFSAWIBcQASAgICFBASAHQQEgISAYIB5sQQJ0IiQgBWogHCAKICMgIUMAAIA/QwAAgD8gCRAAIAQEQCABICRqQQEgHCAgICFBASAIICEgIyAhIApDAACAP0MAAAAAIAkQACAIIAQgDSAabCAYaiAfbGogIiAOIA8gECARIBIgEyAUIBUgFiAXEAILIBggHWohGAwBCwsgBgRAICAgBkEBIAogIRADCyAaQQFqIRoMAQsLCw==";

// airi/kernels/wasm/kernel-exports.generated.ts
var KERNEL_EXPORT_NAMES = ["workspaceBytes", "gemm", "im2col", "col2im", "relu", "reluBackward", "biasAdd", "biasAddBackward", "maxPool2d", "maxPool2dBackward", "batchNormStats", "batchNorm", "batchNormBackward", "sgdStep", "adamStep", "convForward", "convBackward", "depthwiseForward", "depthwiseBackward"];

// airi/kernels/wasm/kernel-module.ts
var BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
function decodeBase64(text) {
  const clean = text.replace(/=+$/, "");
  const out = new Uint8Array(Math.floor(clean.length * 3 / 4));
  let bits = 0;
  let value = 0;
  let index = 0;
  for (const char of clean) {
    const digit = BASE64.indexOf(char);
    if (digit < 0) throw new Error(`decodeBase64: invalid character ${JSON.stringify(char)}`);
    value = value << 6 | digit;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[index++] = value >> bits & 255;
    }
  }
  return out;
}
function compileKernelModule(shared) {
  return WebAssembly.compile(decodeBase64(shared ? GEMM_WASM_SHARED_BASE64 : GEMM_WASM_PLAIN_BASE64));
}
async function instantiateKernels(module, memory) {
  const { exports } = await WebAssembly.instantiate(module, { env: { memory } });
  if (!hasKernelExports(exports)) throw new Error("instantiateKernels: the module lacks some kernels; rebuild it with `node scripts/build-wasm.mjs`");
  return exports;
}
function hasKernelExports(exports) {
  return KERNEL_EXPORT_NAMES.every((name) => typeof exports[name] === "function");
}

// airi/kernels/wasm/thread-jobs.ts
var KINDS = ["gemm", "convForward", "convBackward"];
function convGradientBytes(weights, outChannels) {
  return Math.ceil(weights * 4 / 64) * 64 + outChannels * 4;
}
function convGradientsOf(job, thread, weights) {
  if (thread === 0) return { dw: job.dw, db: job.db };
  const dw = job.scratchBase + thread * job.scratchBytes + 2 * job.colsBytes;
  return { dw, db: job.db === 0 ? 0 : dw + Math.ceil(weights * 4 / 64) * 64 };
}
function runConvChunk(kernel, j, index, thread) {
  const first = index * j.chunk;
  const count = Math.min(j.chunk, j.images - first);
  const work = j.workBase + thread * j.workBytes;
  const cols = j.scratchBase + thread * j.scratchBytes;
  if (j.kind === "convForward") {
    kernel.convForward(j.x, j.w, j.bias, j.relu, j.y, cols, work, j.outChannels, first, count, ...j.window);
  } else {
    const [channels, , , kernelH, kernelW] = j.window;
    const { dw, db } = convGradientsOf(j, thread, j.outChannels * channels * kernelH * kernelW);
    kernel.convBackward(j.x, j.w, j.y, j.relu, j.dx, dw, db, cols, cols + j.colsBytes, work, j.outChannels, first, count, ...j.window);
  }
}
function runIndex(kernel, job, index, thread) {
  if (job.kind === "gemm") runChunk(kernel, job, index, job.workBase + thread * job.workBytes);
  else runConvChunk(kernel, job, index, thread);
}
function runJob(kernel, j, work) {
  kernel.gemm(j.a, j.rsA, j.csA, j.b, j.rsB, j.csB, j.c, j.ldc, j.m, j.n, j.k, j.alpha, j.beta, work);
}
function runChunk(kernel, j, index, work) {
  const start = index * j.chunk;
  if (j.byColumns) {
    const n = Math.min(j.chunk, j.n - start);
    runJob(kernel, { ...j, b: j.b + start * j.csB * 4, c: j.c + start * 4, n }, work);
  } else {
    const m = Math.min(j.chunk, j.m - start);
    runJob(kernel, { ...j, a: j.a + start * j.rsA * 4, c: j.c + start * j.ldc * 4, m }, work);
  }
}
function writeJob(words, floats, base, j) {
  words[base] = KINDS.indexOf(j.kind);
  const at = base + 1;
  if (j.kind === "gemm") {
    words[at] = j.a;
    words[at + 1] = j.rsA;
    words[at + 2] = j.csA;
    words[at + 3] = j.b;
    words[at + 4] = j.rsB;
    words[at + 5] = j.csB;
    words[at + 6] = j.c;
    words[at + 7] = j.ldc;
    words[at + 8] = j.m;
    words[at + 9] = j.n;
    words[at + 10] = j.k;
    floats[at + 11] = j.alpha;
    floats[at + 12] = j.beta;
    words[at + 13] = j.byColumns ? 1 : 0;
    words[at + 14] = j.chunk;
    words[at + 15] = j.chunks;
    words[at + 16] = j.workBase;
    words[at + 17] = j.workBytes;
    return;
  }
  words[at] = j.x;
  words[at + 1] = j.w;
  words[at + 2] = j.y;
  words[at + 3] = j.dx;
  words[at + 4] = j.dw;
  words[at + 5] = j.outChannels;
  words[at + 6] = j.images;
  words[at + 7] = j.chunk;
  words[at + 8] = j.chunks;
  words[at + 9] = j.workBase;
  words[at + 10] = j.workBytes;
  words[at + 11] = j.scratchBase;
  words[at + 12] = j.scratchBytes;
  words[at + 13] = j.colsBytes;
  for (let i = 0; i < 11; i++) words[at + 14 + i] = j.window[i];
  words[at + 25] = j.bias;
  words[at + 26] = j.db;
  words[at + 27] = j.relu;
}

// airi/kernels/wasm/thread-team.ts
var CONTROL_BYTES = 512;
var MAX_HELPERS = 15;
var GEN = 0;
var NEXT = 1;
var DONE = 2;
var QUIT = 3;
var AREA_WORDS = 32;
var AREA = [8, 8 + AREA_WORDS];
var TAG_BITS = 16;
var TAG_MASK = 32767;
var INDEX_MASK = (1 << TAG_BITS) - 1;
var SPIN_POLLS = 2e4;
function claimChunks(kernel, words, tag, job, thread) {
  for (; ; ) {
    const ticket = Atomics.load(words, NEXT);
    if (ticket >>> TAG_BITS !== tag || (ticket & INDEX_MASK) >= job.chunks) return;
    if (Atomics.compareExchange(words, NEXT, ticket, ticket + 1) !== ticket) continue;
    runIndex(kernel, job, ticket & INDEX_MASK, thread);
    Atomics.add(words, DONE, 1);
    Atomics.notify(words, DONE);
  }
}
function waitWhile(words, index, value) {
  for (let poll = 0; poll < SPIN_POLLS; poll++) {
    const now = Atomics.load(words, index);
    if (now !== value) return now;
  }
  for (; ; ) {
    Atomics.wait(words, index, value);
    const now = Atomics.load(words, index);
    if (now !== value) return now;
  }
}
function controlViews(memory) {
  return [new Int32Array(memory.buffer, 0, CONTROL_BYTES / 4), new Float32Array(memory.buffer, 0, CONTROL_BYTES / 4)];
}
var HelperThreads = class {
  constructor(memory, kernel) {
    this.kernel = kernel;
    [this.words, this.floats] = controlViews(memory);
  }
  kernel;
  words;
  floats;
  generation = 0;
  /** Posts `job`, works on it with the helpers, and returns when every chunk is done. */
  run(job) {
    const { words } = this;
    const tag = this.generation = this.generation + 1 & TAG_MASK;
    writeJob(words, this.floats, AREA[tag & 1], job);
    Atomics.store(words, DONE, 0);
    Atomics.store(words, NEXT, tag << TAG_BITS);
    Atomics.store(words, GEN, tag);
    Atomics.notify(words, GEN);
    claimChunks(this.kernel, words, tag, job, 0);
    for (let done = Atomics.load(words, DONE); done < job.chunks; done = Atomics.load(words, DONE)) {
      waitWhile(words, DONE, done);
    }
  }
  /** Tells every helper to return from runWasmGemmHelper. */
  quit() {
    Atomics.store(this.words, QUIT, 1);
    Atomics.add(this.words, GEN, 1 << TAG_BITS);
    Atomics.notify(this.words, GEN);
  }
};

// airi/kernels/wasm/wasm-staging.ts
var PAGE_BYTES = 65536;
function alignUp(value, to) {
  return Math.ceil(value / to) * to;
}
var MemoryViews = class {
  constructor(memory) {
    this.memory = memory;
    this.floats = new Float32Array(memory.buffer);
    this.ints = new Int32Array(memory.buffer);
  }
  memory;
  floats;
  ints;
  /** Grows the memory to at least `bytes` and refreshes the views. */
  ensureBytes(bytes) {
    const have = this.memory.buffer.byteLength;
    if (have < bytes) this.memory.grow(Math.ceil((bytes - have) / PAGE_BYTES));
    if (this.floats.byteLength !== this.memory.buffer.byteLength) {
      this.floats = new Float32Array(this.memory.buffer);
      this.ints = new Int32Array(this.memory.buffer);
    }
  }
  /** Copies the first `count` elements of `source` to byte offset `pointer`. */
  put(pointer, source, count) {
    const view = source instanceof Int32Array ? this.ints : this.floats;
    view.set(source.length === count ? source : source.subarray(0, count), pointer >> 2);
  }
  /** Copies `count` elements at byte offset `pointer` into the start of `target`. */
  get(pointer, target, count) {
    const view = target instanceof Int32Array ? this.ints : this.floats;
    target.set(view.subarray(pointer >> 2, (pointer >> 2) + count));
  }
};
function input(array, count = array?.length ?? 0) {
  return { array, count: array ? count : 0, copyIn: true, copyOut: false };
}
function output(array, count = array?.length ?? 0) {
  return { array, count: array ? count : 0, copyIn: false, copyOut: true };
}
function inout(array, count = array?.length ?? 0) {
  return { array, count: array ? count : 0, copyIn: true, copyOut: true };
}
function scratch(count) {
  return { array: null, count, copyIn: false, copyOut: false };
}
var Staging = class {
  constructor(views, base) {
    this.views = views;
    this.base = base;
  }
  views;
  base;
  /**
   * Places the operands, copies the inputs in, runs `kernel` with their byte pointers (0 for a null
   * array) and copies the outputs back out.
   */
  run(operands, kernel) {
    const pointers = [];
    let at = this.base;
    for (const { array, count } of operands) {
      pointers.push(array || count > 0 ? at : 0);
      at += alignUp(count * 4, 64);
    }
    this.views.ensureBytes(at);
    operands.forEach(({ array, count, copyIn }, i) => {
      if (array && copyIn) this.views.put(pointers[i], array, count);
    });
    kernel(pointers);
    operands.forEach(({ array, count, copyOut }, i) => {
      if (array && copyOut) this.views.get(pointers[i], array, count);
    });
  }
};

// airi/kernels/wasm/wasm-layers.ts
function windowArgs(w) {
  return [w.channels, w.height, w.width, w.kernelH, w.kernelW, w.strideH, w.strideW, w.padH, w.padW, w.outHeight, w.outWidth];
}
function sizeOf2({ outer, channels, inner }) {
  return outer * channels * inner;
}
function layerOverrides(k, staging) {
  const stage = staging.run.bind(staging);
  const adam = (param, grad, m, v, o, decoupled) => {
    const stepSize = o.lr / (1 - o.beta1 ** o.step);
    const invCorrection = 1 / Math.sqrt(1 - o.beta2 ** o.step);
    const decay = decoupled ? 1 - o.lr * o.weightDecay : 1;
    stage([inout(param), input(grad), inout(m), inout(v)], ([pp, pg, pm, pv]) => k.adamStep(pp, pg, pm, pv, param.length, stepSize, invCorrection, o.beta1, o.beta2, o.eps, decoupled ? 0 : o.weightDecay, decay));
  };
  return {
    im2col: (x2, cols, w) => {
      const inCount = w.channels * w.height * w.width;
      const colCount = w.channels * w.kernelH * w.kernelW * w.outHeight * w.outWidth;
      stage([input(x2, inCount), output(cols, colCount)], ([px, pc]) => k.im2col(px, pc, ...windowArgs(w)));
    },
    col2im: (cols, dx, w) => {
      const inCount = w.channels * w.height * w.width;
      const colCount = w.channels * w.kernelH * w.kernelW * w.outHeight * w.outWidth;
      stage([input(cols, colCount), output(dx, inCount)], ([pc, px]) => k.col2im(pc, px, ...windowArgs(w)));
    },
    relu: (x2, y) => stage([input(x2), output(y, x2.length)], ([px, py]) => k.relu(px, py, x2.length)),
    reluBackward: (x2, dy, dx) => {
      const n = x2.length;
      stage([input(x2), input(dy, n), output(dx, n)], ([px, pd, pdx]) => k.reluBackward(px, pd, pdx, n));
    },
    biasAdd: (y, bias, layout) => {
      const { outer, channels, inner } = layout;
      stage([inout(y, sizeOf2(layout)), input(bias, channels)], ([py, pb]) => k.biasAdd(py, pb, outer, channels, inner));
    },
    biasAddBackward: (dy, dbias, layout) => {
      const { outer, channels, inner } = layout;
      stage([input(dy, sizeOf2(layout)), inout(dbias, channels)], ([pd, pb]) => k.biasAddBackward(pd, pb, outer, channels, inner));
    },
    maxPool2d: (x2, y, argmax, w) => {
      const inCount = w.channels * w.height * w.width;
      const outCount = w.channels * w.outHeight * w.outWidth;
      stage([input(x2, inCount), output(y, outCount), output(argmax, outCount)], ([px, py, pa]) => k.maxPool2d(px, py, pa, ...windowArgs(w)));
    },
    maxPool2dBackward: (dy, argmax, dx) => {
      stage([input(dy), input(argmax, dy.length), output(dx)], ([pd, pa, px]) => k.maxPool2dBackward(pd, pa, px, dy.length, dx.length));
    },
    batchNormStats: (x2, mean, variance, layout) => {
      const { outer, channels, inner } = layout;
      stage([input(x2, sizeOf2(layout)), output(mean, channels), output(variance, channels)], ([px, pm, pv]) => k.batchNormStats(px, pm, pv, outer, channels, inner));
    },
    batchNorm: (x2, mean, invStd, gamma, beta, y, layout) => {
      const { outer, channels, inner } = layout;
      const n = sizeOf2(layout);
      const perChannel = [mean, invStd, gamma, beta].map((a) => input(a, channels));
      stage([input(x2, n), ...perChannel, output(y, n)], ([px, pm, pi, pg, pb, py]) => k.batchNorm(px, pm, pi, pg, pb, py, outer, channels, inner));
    },
    batchNormBackward: (x2, dy, mean, invStd, gamma, dx, dgamma, dbeta, layout, batchStats) => {
      const { outer, channels, inner } = layout;
      const n = sizeOf2(layout);
      const operands = [
        input(x2, n),
        input(dy, n),
        input(mean, channels),
        input(invStd, channels),
        input(gamma, channels),
        output(dx, n),
        inout(dgamma, channels),
        inout(dbeta, channels)
      ];
      stage(operands, ([px, pd, pm, pi, pg, pdx, pdg, pdb]) => k.batchNormBackward(px, pd, pm, pi, pg, pdx, pdg, pdb, outer, channels, inner, batchStats ? 1 : 0));
    },
    sgdStep: (param, grad, momentumBuffer, o) => {
      const n = param.length;
      stage([inout(param), input(grad, n), inout(momentumBuffer, n)], ([pp, pg, pb]) => k.sgdStep(pp, pg, pb, n, o.lr, o.momentum, o.dampening, o.nesterov ? 1 : 0, o.weightDecay, o.firstStep ? 1 : 0));
    },
    adamStep: (param, grad, m, v, o) => adam(param, grad, m, v, o, false),
    adamwStep: (param, grad, m, v, o) => adam(param, grad, m, v, o, true)
  };
}

// airi/kernels/wasm/wasm-conv.ts
var MAX_CONV_STAGING_BYTES = 256 * 1024 * 1024;
var CONV_CHUNKS_PER_THREAD = 8;
function addInto(f, target, source, count) {
  const t = target >> 2;
  const s = source >> 2;
  for (let i = 0; i < count; i++) f[t + i] += f[s + i];
}
function depthwiseWindow({ window: w }) {
  return [w.height, w.width, w.kernelH, w.kernelW, w.strideH, w.strideW, w.padH, w.padW, w.outHeight, w.outWidth];
}
function counts({ window: w, outChannels, images, groups }) {
  return {
    imageCount: images * w.channels * w.height * w.width,
    weights: outChannels * w.channels * w.kernelH * w.kernelW / groups,
    outCount: images * outChannels * w.outHeight * w.outWidth
  };
}
function imagesPerCall({ window: w, outChannels, images }) {
  const perImage = 2 * (w.channels * w.height * w.width + outChannels * w.outHeight * w.outWidth) * 4;
  return Math.max(1, Math.min(images, Math.floor(MAX_CONV_STAGING_BYTES / perImage)));
}
function inGroups(shape, group, part) {
  const { window: w, outChannels, images } = shape;
  const inSize = w.channels * w.height * w.width;
  const outSize = outChannels * w.outHeight * w.outWidth;
  for (let first = 0; first < images; first += group) {
    const count = Math.min(group, images - first);
    part((a) => a.subarray(first * inSize, (first + count) * inSize), (a) => a.subarray(first * outSize, (first + count) * outSize), count);
  }
}
function convOverrides(k, staging, work, team) {
  const scratchOf = ({ window: w, outChannels, images }) => {
    const patch = w.channels * w.kernelH * w.kernelW;
    const colsBytes = alignUp(patch * w.outHeight * w.outWidth * 4, 64);
    const threadTeam = images > 1 ? team() : null;
    const threads = threadTeam ? threadTeam.threads : 1;
    const scratchBytes = 2 * colsBytes + alignUp(convGradientBytes(outChannels * patch, outChannels), 64);
    return { threadTeam, colsBytes, scratchBytes, area: scratch(threads * scratchBytes / 4) };
  };
  const runConv = (threadTeam, p, shape) => {
    const window = windowArgs(shape.window);
    if (!threadTeam) {
      const cols = p.scratchBase;
      if (p.kind === "convForward") k.convForward(p.x, p.w, p.bias, p.relu, p.y, cols, work, p.outChannels, 0, p.images, ...window);
      else k.convBackward(p.x, p.w, p.y, p.relu, p.dx, p.dw, p.db, cols, cols + p.colsBytes, work, p.outChannels, 0, p.images, ...window);
      return;
    }
    const chunk = Math.max(1, Math.ceil(p.images / (threadTeam.threads * CONV_CHUNKS_PER_THREAD)));
    const job = { ...p, chunk, chunks: Math.ceil(p.images / chunk), window, workBase: work, workBytes: threadTeam.workBytes };
    const weights = p.outChannels * window[0] * window[3] * window[4];
    const f = staging.views.floats;
    const own = (t) => convGradientsOf(job, t, weights);
    if (p.kind === "convBackward") {
      for (let t = 1; t < threadTeam.threads; t++) {
        f.fill(0, own(t).dw >> 2, (own(t).dw >> 2) + weights);
        if (p.db) f.fill(0, own(t).db >> 2, (own(t).db >> 2) + p.outChannels);
      }
    }
    threadTeam.helpers.run(job);
    if (p.kind === "convBackward") {
      for (let t = 1; t < threadTeam.threads; t++) {
        addInto(f, p.dw, own(t).dw, weights);
        if (p.db) addInto(f, p.db, own(t).db, p.outChannels);
      }
    }
  };
  const conv2dForward2 = (x2, weight, bias, y, shape, fuseRelu) => {
    if (shape.groups !== 1 && shape.groups !== shape.window.channels) {
      conv2dForward(x2, weight, bias, y, shape, fuseRelu);
      return;
    }
    if (shape.groups !== 1) {
      const { imageCount: imageCount2, weights: weights2, outCount: outCount2 } = counts(shape);
      const operands2 = [input(x2, imageCount2), input(weight, weights2), input(bias, shape.outChannels), output(y, outCount2)];
      staging.run(operands2, ([px, pw, pb, py]) => {
        k.depthwiseForward(px, pw, pb, py, shape.images, shape.groups, shape.outChannels / shape.groups, ...depthwiseWindow(shape));
        if (fuseRelu) k.relu(py, py, outCount2);
      });
      return;
    }
    const group = imagesPerCall(shape);
    if (group < shape.images) {
      inGroups(shape, group, (xPart, yPart, count) => conv2dForward2(xPart(x2), weight, bias, yPart(y), { ...shape, images: count }, fuseRelu));
      return;
    }
    const { threadTeam, colsBytes, scratchBytes, area } = scratchOf(shape);
    const { imageCount, weights, outCount } = counts(shape);
    const operands = [input(x2, imageCount), input(weight, weights), input(bias, shape.outChannels), output(y, outCount), area];
    staging.run(operands, ([px, pw, pb, py, ps]) => {
      const plan = {
        kind: "convForward",
        x: px,
        w: pw,
        bias: pb,
        relu: fuseRelu ? 1 : 0,
        y: py,
        dx: 0,
        dw: 0,
        db: 0,
        outChannels: shape.outChannels,
        images: shape.images,
        scratchBase: ps,
        scratchBytes,
        colsBytes
      };
      runConv(threadTeam, plan, shape);
    });
  };
  const conv2dBackward2 = (x2, weight, dy, reluOutput, dx, dweight, dbias, shape) => {
    if (shape.groups !== 1 && shape.groups !== shape.window.channels) {
      conv2dBackward(x2, weight, dy, reluOutput, dx, dweight, dbias, shape);
      return;
    }
    if (shape.groups !== 1) {
      const { imageCount: imageCount2, weights: weights2, outCount: outCount2 } = counts(shape);
      const operands2 = [
        input(x2, imageCount2),
        input(weight, weights2),
        input(dy, outCount2),
        input(reluOutput, outCount2),
        output(dx, imageCount2),
        inout(dweight, weights2),
        inout(dbias, shape.outChannels)
      ];
      staging.run(operands2, ([px, pw, pd, pr, pdx, pdw, pdb]) => {
        if (pr) k.reluBackward(pr, pd, pd, outCount2);
        k.depthwiseBackward(px, pw, pd, pdx, pdw, pdb, shape.images, shape.groups, shape.outChannels / shape.groups, ...depthwiseWindow(shape));
      });
      return;
    }
    const group = imagesPerCall(shape);
    if (group < shape.images) {
      inGroups(shape, group, (xPart, yPart, count) => {
        const [reluPart, dxPart] = [reluOutput ? yPart(reluOutput) : null, dx ? xPart(dx) : null];
        conv2dBackward2(xPart(x2), weight, yPart(dy), reluPart, dxPart, dweight, dbias, { ...shape, images: count });
      });
      return;
    }
    const { threadTeam, colsBytes, scratchBytes, area } = scratchOf(shape);
    const { imageCount, weights, outCount } = counts(shape);
    const operands = [
      input(x2, imageCount),
      input(weight, weights),
      input(dy, outCount),
      input(reluOutput, outCount),
      output(dx, imageCount),
      inout(dweight, weights),
      inout(dbias, shape.outChannels),
      area
    ];
    staging.run(operands, ([px, pw, pd, pr, pdx, pdw, pdb, ps]) => {
      const plan = {
        kind: "convBackward",
        x: px,
        w: pw,
        bias: 0,
        relu: pr,
        y: pd,
        dx: pdx,
        dw: pdw,
        db: pdb,
        outChannels: shape.outChannels,
        images: shape.images,
        scratchBase: ps,
        scratchBytes,
        colsBytes
      };
      runConv(threadTeam, plan, shape);
    });
  };
  return { conv2dForward: conv2dForward2, conv2dBackward: conv2dBackward2 };
}

// airi/kernels/wasm/wasm-backend.ts
var SHARED_MAX_PAGES = 65536;
var MIN_PARALLEL_MNK = 128 * 128 * 128;
var CHUNKS_PER_THREAD = 2;
var MIN_CHUNK_LENGTH = 48;
var MR = 4;
var NR = 8;
var WasmGemm = class {
  constructor(kernel, memory, views, threads) {
    this.kernel = kernel;
    this.views = views;
    this.threads = threads;
    this.workspaceBytes = alignUp(kernel.workspaceBytes(), 64);
    this.operandsStart = CONTROL_BYTES + threads * this.workspaceBytes;
    this.helpers = threads > 1 ? new HelperThreads(memory, kernel) : null;
  }
  kernel;
  views;
  threads;
  workspaceBytes;
  operandsStart;
  helpers;
  /** Where the operands go: the layer kernels stage theirs there too, between gemm calls. */
  get operandsOffset() {
    return this.operandsStart;
  }
  /** The helpers and the workspace stride, while threads > 1 (the fused convolutions split batches with them). */
  get team() {
    return this.helpers ? { helpers: this.helpers, threads: this.threads, workBytes: this.workspaceBytes } : null;
  }
  get threadCount() {
    return this.threads;
  }
  dispose() {
    this.helpers?.quit();
    this.helpers = null;
    this.threads = 1;
  }
  gemm(a, b, c, options) {
    const { transA, transB, m, n, k, alpha = 1, beta = 0 } = options;
    if (m === 0 || n === 0) return;
    const aBytes = alignUp(m * k * 4, 64);
    const bBytes = alignUp(k * n * 4, 64);
    const aPtr = this.operandsStart;
    const bPtr = aPtr + aBytes;
    const cPtr = bPtr + bBytes;
    this.views.ensureBytes(cPtr + m * n * 4);
    const f = this.views.floats;
    f.set(a.length === m * k ? a : a.subarray(0, m * k), aPtr >> 2);
    f.set(b.length === k * n ? b : b.subarray(0, k * n), bPtr >> 2);
    if (beta !== 0) f.set(c.length === m * n ? c : c.subarray(0, m * n), cPtr >> 2);
    const job = {
      a: aPtr,
      rsA: transA ? 1 : k,
      csA: transA ? m : 1,
      b: bPtr,
      rsB: transB ? 1 : n,
      csB: transB ? k : 1,
      c: cPtr,
      ldc: n,
      m,
      n,
      k,
      alpha,
      beta
    };
    if (this.helpers && m * n * k >= MIN_PARALLEL_MNK) this.split(this.helpers, job);
    else runJob(this.kernel, job, CONTROL_BYTES);
    c.set(f.subarray(cPtr >> 2, (cPtr >> 2) + m * n));
  }
  /**
   * Cuts C into chunks along its longer side (so each chunk repacks only the smaller operand), in
   * multiples of the micro-tile, and runs them on every thread (thread-team.ts).
   */
  split(helpers, job) {
    const byColumns = job.n >= job.m;
    const length = byColumns ? job.n : job.m;
    const unit = byColumns ? NR : MR;
    let wanted = this.threads * CHUNKS_PER_THREAD;
    while (wanted > this.threads && length / wanted < MIN_CHUNK_LENGTH) wanted -= this.threads;
    const chunk = alignUp(Math.max(Math.ceil(length / wanted), MIN_CHUNK_LENGTH), unit);
    helpers.run({
      ...job,
      kind: "gemm",
      byColumns,
      chunk,
      chunks: Math.ceil(length / chunk),
      workBase: CONTROL_BYTES,
      workBytes: this.workspaceBytes
    });
  }
};
async function createWasmBackend(options = {}) {
  const threads = options.threads ?? 1;
  if (!Number.isInteger(threads) || threads < 1 || threads > MAX_HELPERS + 1) {
    throw new Error(`createWasmBackend: threads must be an integer from 1 to ${MAX_HELPERS + 1}, got ${threads}`);
  }
  const startHelper = options.startHelper;
  if (threads > 1) {
    if (!startHelper) throw new Error("createWasmBackend: threads > 1 needs a startHelper that starts helper workers");
    if (typeof SharedArrayBuffer === "undefined") {
      throw new Error("createWasmBackend: threads > 1 needs SharedArrayBuffer (in a browser, a cross-origin isolated page)");
    }
  }
  const shared = threads > 1;
  const module = await compileKernelModule(shared);
  const memory = new WebAssembly.Memory(shared ? { initial: 1, maximum: SHARED_MAX_PAGES, shared: true } : { initial: 1 });
  const kernel = await instantiateKernels(module, memory);
  const views = new MemoryViews(memory);
  const engine = new WasmGemm(kernel, memory, views, threads);
  const staging = new Staging(views, engine.operandsOffset);
  for (let slot = 0; slot < threads - 1; slot++) startHelper?.({ module, memory, slot });
  return {
    ...referenceBackend,
    ...layerOverrides(kernel, staging),
    ...convOverrides(kernel, staging, CONTROL_BYTES, () => engine.team),
    name: "wasm-simd",
    gemm: (a, b, c, gemmOptions) => engine.gemm(a, b, c, gemmOptions),
    get threads() {
      return engine.threadCount;
    },
    dispose: () => engine.dispose()
  };
}

// airi/surfaces/test-functions.ts
var rosenbrock = {
  id: "rosenbrock",
  formula: "f(x, y) = (1 \u2212 x)\xB2 + 100\xB7(y \u2212 x\xB2)\xB2",
  domain: { xMin: -2, xMax: 2, yMin: -1, yMax: 3 },
  start: { x: -1.5, y: 2.5 },
  minima: [{ x: 1, y: 1 }],
  fMin: 0,
  value: (x2, y) => (1 - x2) ** 2 + 100 * (y - x2 * x2) ** 2,
  gradient: (x2, y) => [-2 * (1 - x2) - 400 * x2 * (y - x2 * x2), 200 * (y - x2 * x2)]
};
var BEALE_C = [1.5, 2.25, 2.625];
var beale = {
  id: "beale",
  formula: "f(x, y) = (1.5 \u2212 x + x\xB7y)\xB2 + (2.25 \u2212 x + x\xB7y\xB2)\xB2 + (2.625 \u2212 x + x\xB7y\xB3)\xB2",
  domain: { xMin: -4.5, xMax: 4.5, yMin: -4.5, yMax: 4.5 },
  start: { x: 1, y: 1.5 },
  minima: [{ x: 3, y: 0.5 }],
  fMin: 0,
  value: (x2, y) => BEALE_C.reduce((sum, c, i) => sum + (c - x2 + x2 * y ** (i + 1)) ** 2, 0),
  gradient: (x2, y) => {
    let gx = 0;
    let gy = 0;
    BEALE_C.forEach((c, i) => {
      const power = i + 1;
      const r = c - x2 + x2 * y ** power;
      gx += 2 * r * (y ** power - 1);
      gy += 2 * r * x2 * power * y ** (power - 1);
    });
    return [gx, gy];
  }
};
var saddle = {
  id: "saddle",
  formula: "f(x, y) = x\xB2 + y\u2074/4 \u2212 y\xB2/2",
  domain: { xMin: -2, xMax: 2, yMin: -2, yMax: 2 },
  start: { x: -1.8, y: 1e-3 },
  minima: [{ x: 0, y: 1 }, { x: 0, y: -1 }],
  fMin: -0.25,
  value: (x2, y) => x2 * x2 + y ** 4 / 4 - y * y / 2,
  gradient: (x2, y) => [2 * x2, y ** 3 - y]
};
var himmelblau = {
  id: "himmelblau",
  formula: "f(x, y) = (x\xB2 + y \u2212 11)\xB2 + (x + y\xB2 \u2212 7)\xB2",
  domain: { xMin: -5, xMax: 5, yMin: -5, yMax: 5 },
  start: { x: -0.3, y: -0.9 },
  minima: [
    { x: 3, y: 2 },
    { x: -2.805118, y: 3.131312 },
    { x: -3.77931, y: -3.283186 },
    { x: 3.584428, y: -1.848126 }
  ],
  fMin: 0,
  value: (x2, y) => (x2 * x2 + y - 11) ** 2 + (x2 + y * y - 7) ** 2,
  gradient: (x2, y) => {
    const a = x2 * x2 + y - 11;
    const b = x2 + y * y - 7;
    return [4 * x2 * a + 2 * b, 2 * a + 4 * y * b];
  }
};
var ILL_CONDITIONING = 25;
var illConditioned = {
  id: "ill-conditioned",
  formula: "f(x, y) = \xBD\xB7(x\xB2 + 25\xB7y\xB2)",
  domain: { xMin: -3, xMax: 3, yMin: -2, yMax: 2 },
  start: { x: -2.8, y: 1.2 },
  minima: [{ x: 0, y: 0 }],
  fMin: 0,
  value: (x2, y) => 0.5 * (x2 * x2 + ILL_CONDITIONING * y * y),
  gradient: (x2, y) => [x2, ILL_CONDITIONING * y]
};
var SURFACES = [rosenbrock, beale, saddle, himmelblau, illConditioned];
var SURFACE_IDS = SURFACES.map((s) => s.id);

// airi/explain/layer-trace.ts
function traceLayers(model, x2) {
  const outputs = [];
  let out = x2;
  for (const module of model.modules) {
    out = module.forward(out, false);
    outputs.push(out);
  }
  return { model, input: x2, outputs };
}
function traceOutput(trace) {
  return trace.outputs[trace.outputs.length - 1];
}
function gradientsAtLayers(trace, layers, dOutput) {
  const modules = trace.model.modules;
  for (const layer of layers) checkLayer(trace, layer);
  const last = trace.outputs[modules.length - 1];
  if (dOutput.size !== last.size) {
    throw new Error(`gradientAtLayer: dOutput has shape ${formatShape(dOutput.shape)}, expected ${formatShape(last.shape)}`);
  }
  const lowest = Math.min(...layers);
  const found = /* @__PURE__ */ new Map();
  keepingGradients(trace.model, () => {
    let grad = dOutput;
    found.set(modules.length - 1, grad);
    for (let i = modules.length - 1; i > lowest; i--) {
      grad = modules[i].backward(grad);
      found.set(i - 1, grad);
    }
  });
  return layers.map((layer) => found.get(layer));
}
function checkLayer(trace, layer) {
  if (!Number.isInteger(layer) || layer < 0 || layer >= trace.outputs.length) {
    throw new Error(`layer ${layer} is not one of the model's ${trace.outputs.length} layers`);
  }
}
function keepingGradients(model, work) {
  const params = model.parameters();
  const saved = params.map((p) => p.grad.data.slice());
  try {
    return work();
  } finally {
    params.forEach((p, i) => p.grad.data.set(saved[i]));
  }
}

// airi/explain/class-scores.ts
function softmaxRow(scores) {
  let max = -Infinity;
  for (let i = 0; i < scores.length; i++) max = Math.max(max, scores[i]);
  const out = new Float32Array(scores.length);
  let sum = 0;
  for (let i = 0; i < scores.length; i++) {
    out[i] = Math.exp(scores[i] - max);
    sum += out[i];
  }
  for (let i = 0; i < out.length; i++) out[i] /= sum;
  return out;
}

// airi/explain/eigen-cam.ts
var ITERATIONS = 300;
function eigenCam(activations, channels, pixels) {
  const centred = new Float64Array(channels * pixels);
  for (let c = 0; c < channels; c++) {
    let mean = 0;
    for (let p = 0; p < pixels; p++) mean += activations[c * pixels + p];
    mean /= pixels;
    for (let p = 0; p < pixels; p++) centred[c * pixels + p] = activations[c * pixels + p] - mean;
  }
  const direction = (pixels < channels ? directionFromGram(centred, channels, pixels) : null) ?? directionFromCovariance(centred, channels, pixels);
  const projection = new Float64Array(pixels);
  for (let c = 0; c < channels; c++) {
    for (let p = 0; p < pixels; p++) projection[p] += direction[c] * centred[c * pixels + p];
  }
  let agreement = 0;
  for (let p = 0; p < pixels; p++) {
    let total = 0;
    for (let c = 0; c < channels; c++) total += activations[c * pixels + p];
    agreement += projection[p] * total;
  }
  const sign = agreement < 0 ? -1 : 1;
  const cam = new Float32Array(pixels);
  for (let p = 0; p < pixels; p++) cam[p] = Math.max(0, sign * projection[p]);
  return { weights: Float32Array.from(direction, (w) => sign * w), cam };
}
function directionFromCovariance(centred, channels, pixels) {
  const covariance = new Float64Array(channels * channels);
  for (let a = 0; a < channels; a++) {
    for (let b = a; b < channels; b++) {
      let sum = 0;
      for (let p = 0; p < pixels; p++) sum += centred[a * pixels + p] * centred[b * pixels + p];
      covariance[a * channels + b] = sum;
      covariance[b * channels + a] = sum;
    }
  }
  return firstEigenvector(covariance, channels);
}
function directionFromGram(centred, channels, pixels) {
  const gram = new Float64Array(pixels * pixels);
  for (let c = 0; c < channels; c++) {
    const row = c * pixels;
    for (let p = 0; p < pixels; p++) {
      const x2 = centred[row + p];
      if (x2 === 0) continue;
      for (let q = p; q < pixels; q++) gram[p * pixels + q] += x2 * centred[row + q];
    }
  }
  for (let p = 0; p < pixels; p++) for (let q = 0; q < p; q++) gram[p * pixels + q] = gram[q * pixels + p];
  const u = firstEigenvector(gram, pixels);
  const v = new Float64Array(channels);
  for (let c = 0; c < channels; c++) {
    let sum = 0;
    for (let p = 0; p < pixels; p++) sum += centred[c * pixels + p] * u[p];
    v[c] = sum;
  }
  return normalize(v) === 0 ? null : v;
}
function firstEigenvector(matrix, n) {
  let v = Float64Array.from({ length: n }, (_, i) => 1 + i * 7919 % 13 / 13);
  normalize(v);
  for (let iteration = 0; iteration < ITERATIONS; iteration++) {
    const next = new Float64Array(n);
    for (let r = 0; r < n; r++) {
      let sum = 0;
      for (let c = 0; c < n; c++) sum += matrix[r * n + c] * v[c];
      next[r] = sum;
    }
    if (normalize(next) === 0) return v;
    let change = 0;
    for (let i = 0; i < n; i++) change = Math.max(change, Math.abs(next[i] - v[i]));
    v = next;
    if (change < 1e-10) break;
  }
  return v;
}
function normalize(v) {
  let norm = 0;
  for (const x2 of v) norm += x2 * x2;
  norm = Math.sqrt(norm);
  if (norm > 0) for (let i = 0; i < v.length; i++) v[i] /= norm;
  return norm;
}

// airi/explain/grad-cam-weights.ts
function gradCamWeights(gradients, channels, pixels) {
  const weights = new Float32Array(channels);
  for (let c = 0; c < channels; c++) {
    let sum = 0;
    for (let p = 0; p < pixels; p++) sum += gradients[c * pixels + p];
    weights[c] = sum / pixels;
  }
  return weights;
}
function gradCamPlusPlusWeights(activations, gradients, channels, pixels) {
  const weights = new Float32Array(channels);
  for (let c = 0; c < channels; c++) {
    let activationSum = 0;
    for (let p = 0; p < pixels; p++) activationSum += activations[c * pixels + p];
    let weight = 0;
    for (let p = 0; p < pixels; p++) {
      const g = gradients[c * pixels + p];
      if (g <= 0) continue;
      const g2 = g * g;
      const alpha = g2 / (2 * g2 + activationSum * g2 * g + 1e-7);
      weight += alpha * g;
    }
    weights[c] = weight;
  }
  return weights;
}

// airi/explain/heatmap.ts
function resizeBilinear(plane, height, width, outHeight, outWidth) {
  const out = new Float32Array(outHeight * outWidth);
  const scaleY = height / outHeight;
  const scaleX = width / outWidth;
  for (let y = 0; y < outHeight; y++) {
    const sy = Math.max(0, (y + 0.5) * scaleY - 0.5);
    const y0 = Math.min(Math.floor(sy), height - 1);
    const y1 = Math.min(y0 + 1, height - 1);
    const fy = sy - y0;
    for (let x2 = 0; x2 < outWidth; x2++) {
      const sx = Math.max(0, (x2 + 0.5) * scaleX - 0.5);
      const x0 = Math.min(Math.floor(sx), width - 1);
      const x1 = Math.min(x0 + 1, width - 1);
      const fx = sx - x0;
      const top = plane[y0 * width + x0] * (1 - fx) + plane[y0 * width + x1] * fx;
      const bottom = plane[y1 * width + x0] * (1 - fx) + plane[y1 * width + x1] * fx;
      out[y * outWidth + x2] = top * (1 - fy) + bottom * fy;
    }
  }
  return out;
}
function minMaxNormalize(values) {
  let min = Infinity;
  let max = -Infinity;
  for (const v of values) {
    if (v < min) min = v;
    if (v > max) max = v;
  }
  const range = max - min;
  for (let i = 0; i < values.length; i++) values[i] = range > 0 ? (values[i] - min) / range : 0;
  return values;
}
function weightedChannelSum(activations, weights, pixels) {
  const cam = new Float32Array(pixels);
  for (let c = 0; c < weights.length; c++) {
    const w = weights[c];
    if (w === 0) continue;
    const plane = c * pixels;
    for (let p = 0; p < pixels; p++) cam[p] += w * activations[plane + p];
  }
  for (let p = 0; p < pixels; p++) if (cam[p] < 0) cam[p] = 0;
  return cam;
}

// airi/explain/class-activation-map.ts
function classActivationMaps(trace, options) {
  const { layers, classIndex, methods } = options;
  const target = options.target ?? "logit";
  for (const layer of layers) checkLayer(trace, layer);
  const output2 = traceOutput(trace);
  const classes = output2.size;
  if (!Number.isInteger(classIndex) || classIndex < 0 || classIndex >= classes) {
    throw new Error(`classActivationMap: class ${classIndex} is not one of the model's ${classes} classes`);
  }
  for (const layer of layers) {
    const shape = trace.outputs[layer].shape;
    if (shape.length !== 4 || shape[0] !== 1) {
      throw new Error(`classActivationMap: layer ${layer} has output shape ${formatShape(shape)}, expected [1, C, H, W]`);
    }
  }
  const { score, dOutput } = scoreGradient(output2, classIndex, target);
  const needsGradient = methods.some((m) => m !== "eigen-cam");
  const gradients = needsGradient && layers.length > 0 ? gradientsAtLayers(trace, layers, dOutput) : [];
  const [height, width] = trace.input.shape.slice(-2);
  return layers.flatMap((layer, l) => {
    const activations = trace.outputs[layer];
    const [, channels, camHeight, camWidth] = activations.shape;
    const pixels = camHeight * camWidth;
    return methods.map((method) => {
      let weights;
      let cam;
      if (method === "eigen-cam") {
        ({ weights, cam } = eigenCam(activations.data, channels, pixels));
      } else {
        const g = gradients[l].data;
        weights = method === "grad-cam" ? gradCamWeights(g, channels, pixels) : gradCamPlusPlusWeights(activations.data, g, channels, pixels);
        cam = weightedChannelSum(activations.data, weights, pixels);
      }
      const heatmap = minMaxNormalize(resizeBilinear(cam, camHeight, camWidth, height, width));
      return { method, layer, classIndex, target, score, weights, cam, camHeight, camWidth, heatmap, height, width };
    });
  });
}
function scoreGradient(output2, classIndex, target) {
  const dOutput = Tensor.zeros(output2.shape);
  if (target === "logit") {
    dOutput.data[classIndex] = 1;
    return { score: output2.data[classIndex], dOutput };
  }
  const p = softmaxRow(output2.data);
  for (let j = 0; j < p.length; j++) dOutput.data[j] = p[classIndex] * ((j === classIndex ? 1 : 0) - p[j]);
  return { score: p[classIndex], dOutput };
}

// scratch8/cambench.ts
setBackend(await createWasmBackend());
var rng = new Rng(1);
var net = efficientNetB0({ numClasses: 12, rng });
var chain = net.inlined("features");
var x = new Tensor(Float32Array.from({ length: 3 * 224 * 224 }, () => rng.uniform() - 0.5), [1, 3, 224, 224]);
var stages = chain.names.flatMap((n, i) => n.startsWith("features_") ? [i] : []);
for (let rep = 0; rep < 2; rep++) {
  let t = performance.now();
  const trace = traceLayers(chain, x);
  const f = performance.now() - t;
  t = performance.now();
  classActivationMaps(trace, { layers: stages, classIndex: 3, methods: ["grad-cam"] });
  console.log(`airi EfficientNet-B0 224: forward ${f.toFixed(0)} ms, Grad-CAM at 9 stages (one backward) ${(performance.now() - t).toFixed(0)} ms`);
}
