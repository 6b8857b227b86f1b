// Backend: the one interface between airi's layers and its raw loops. Layers check shapes and decide
// what to compute; a backend only runs loops over contiguous float32 buffers. The reference backend
// (kernels/reference/, one kernel per file) is plain readable TypeScript; the WASM SIMD backend
// (kernels/wasm/) implements the same interface faster, setBackend() (current-backend.ts) swaps one in,
// and the one conformance suite in tests/unit/airi/kernels/ runs on each. Every lesson goes through here.
//
// Conventions: buffers are row-major; kernels never allocate and never validate shapes (the layer
// did); "Backward" kernels take the upstream gradient `dy` and write (or, where named, accumulate)
// the downstream one. Sums run in float64 (JS numbers) and are stored as float32.
/** C = alpha * op(A) * op(B) + beta * C, with op(A) [m, k], op(B) [k, n] and C [m, n]. */
export interface GemmOptions {
  /** A is stored as [k, m] and used transposed. */
  transA: boolean;
  /** B is stored as [n, k] and used transposed. */
  transB: boolean;
  m: number;
  n: number;
  k: number;
  /** Defaults to 1. */
  alpha?: number;
  /** Defaults to 0; then C's old contents are ignored, even NaN (as in BLAS). beta = 1 accumulates. */
  beta?: number;
}

/** A buffer seen as [outer, channels, inner]: [N, C] has inner 1, NCHW has outer N and inner H*W. */
export interface ChannelLayout {
  outer: number;
  channels: number;
  inner: number;
}

/**
 * A sliding kH x kW window over `channels` planes of [height, width], stepping by stride and reading
 * zeros (or, for max pooling, nothing) in the padding. Conv2d's im2col passes one image's channels;
 * pooling passes all N * C planes, since every plane is pooled on its own. The layer computes
 * outHeight = floor((height + 2 padH - kernelH) / strideH) + 1 (likewise outWidth), as PyTorch does.
 */
export interface Window2d {
  channels: number;
  height: number;
  width: number;
  kernelH: number;
  kernelW: number;
  strideH: number;
  strideW: number;
  padH: number;
  padW: number;
  outHeight: number;
  outWidth: number;
}

/**
 * One Conv2d call over a batch: x [images, window.channels, H, W], weight [outChannels,
 * window.channels / groups, kH, kW] (PyTorch's layout), y [images, outChannels, outH, outW]. With
 * groups G, input channels and filters are cut into G equal groups and group g's filters see only
 * group g's channels; G = channels = outChannels is the depthwise convolution of MobileNet and
 * EfficientNet.
 */
export interface Conv2dShape {
  window: Window2d;
  outChannels: number;
  images: number;
  groups: number;
}

export interface SgdStepOptions {
  lr: number;
  momentum: number;
  dampening: number;
  nesterov: boolean;
  weightDecay: number;
  /** True on the first step: the momentum buffer is set to the gradient instead of updated. */
  firstStep: boolean;
}

export interface AdamStepOptions {
  lr: number;
  beta1: number;
  beta2: number;
  eps: number;
  weightDecay: number;
  /** The 1-based step count t, for the bias corrections 1 - beta^t. */
  step: number;
}

export interface AdagradStepOptions {
  /** The rate for this step, already decayed by lrDecay (see optim/adagrad.ts). */
  lr: number;
  eps: number;
  weightDecay: number;
}

export interface RmspropStepOptions {
  lr: number;
  alpha: number;
  eps: number;
  weightDecay: number;
  /** Used only when a momentum buffer is passed. */
  momentum: number;
}

export interface Backend {
  readonly name: string;

  /** General matrix multiply (BLAS sgemm, row-major): the heart of Linear and, through im2col, of Conv2d. */
  gemm(a: Float32Array, b: Float32Array, c: Float32Array, options: GemmOptions): void;

  /** y[o, c, i] += bias[c]. */
  biasAdd(y: Float32Array, bias: Float32Array, layout: ChannelLayout): void;
  /** dbias[c] += sum over o, i of dy[o, c, i] (accumulates, like every parameter gradient). */
  biasAddBackward(dy: Float32Array, dbias: Float32Array, layout: ChannelLayout): void;

  /** y = tanh(x). */
  tanh(x: Float32Array, y: Float32Array): void;
  /** dx = dy * (1 - y^2), from the forward output y. */
  tanhBackward(y: Float32Array, dy: Float32Array, dx: Float32Array): void;

  /** y = max(0, x). */
  relu(x: Float32Array, y: Float32Array): void;
  /** dx = x > 0 ? dy : 0, from the forward input x. */
  reluBackward(x: Float32Array, dy: Float32Array, dx: Float32Array): void;

  /** y = 1 / (1 + exp(-x)). */
  sigmoid(x: Float32Array, y: Float32Array): void;
  /** dx = dy * y * (1 - y), from the forward output y. */
  sigmoidBackward(y: Float32Array, dy: Float32Array, dx: Float32Array): void;

  /** sum((p - t)^2), accumulated in float64. */
  squaredError(p: Float32Array, t: Float32Array): number;
  /** dp = scale * (p - t); MSELoss passes scale = 2 / n. */
  squaredErrorBackward(p: Float32Array, t: Float32Array, scale: number, dp: Float32Array): void;

  /** y = x >= 0 ? x : negativeSlope * x. */
  leakyRelu(x: Float32Array, y: Float32Array, negativeSlope: number): void;
  /** dx = x > 0 ? dy : negativeSlope * dy, from the forward input x (the slope at 0 is negativeSlope, as PyTorch). */
  leakyReluBackward(x: Float32Array, dy: Float32Array, dx: Float32Array, negativeSlope: number): void;

  /** y = x * sigmoid(x). */
  silu(x: Float32Array, y: Float32Array): void;
  /** dx = dy * s * (1 + x (1 - s)) with s = sigmoid(x), from the forward input x. */
  siluBackward(x: Float32Array, dy: Float32Array, dx: Float32Array): void;

  /** y = a * b element-wise: Dropout's mask, forward and backward alike. */
  multiply(a: Float32Array, b: Float32Array, y: Float32Array): void;
  /** y = a + b element-wise: a residual block's skip connection. */
  add(a: Float32Array, b: Float32Array, y: Float32Array): void;
  /** y[o, c, i] = x[o, c, i] * scale[o, c]: squeeze-excitation's channel gates, stochastic depth's per-image mask. */
  scaleChannels(x: Float32Array, scale: Float32Array, y: Float32Array, layout: ChannelLayout): void;
  /** dx[o, c, i] = dy[o, c, i] * scale[o, c] and dscale[o, c] = sum over i of dy[o, c, i] * x[o, c, i] (both written). */
  scaleChannelsBackward(x: Float32Array, scale: Float32Array, dy: Float32Array, dx: Float32Array, dscale: Float32Array, layout: ChannelLayout): void;

  /** Softmax over the channel axis of [outer, channels, inner], with the max subtracted first. */
  softmax(x: Float32Array, y: Float32Array, layout: ChannelLayout): void;
  /** dx = y * (dy - sum over channels of dy * y), from the forward output y. */
  softmaxBackward(y: Float32Array, dy: Float32Array, dx: Float32Array, layout: ChannelLayout): void;
  /** y = x - logsumexp(x) over the channel axis (stable: the max is subtracted first). */
  logSoftmax(x: Float32Array, y: Float32Array, layout: ChannelLayout): void;
  /** dx = dy - exp(y) * sum over channels of dy, from the forward output y. */
  logSoftmaxBackward(y: Float32Array, dy: Float32Array, dx: Float32Array, layout: ChannelLayout): void;

  /**
   * The summed (not yet averaged) negative log-likelihood of logProbs [outer, channels, inner] at the
   * class indices targets [outer, inner], with label smoothing e: each position adds
   * -(1 - e) logp[target] - (e / channels) * sum over classes of logp.
   */
  nllLoss(logProbs: Float32Array, targets: Int32Array, layout: ChannelLayout, labelSmoothing: number): number;
  /** dlogProbs = -scale * ((1 - e) onehot(target) + e / channels); the loss passes scale = 1 / count for the mean. */
  nllLossBackward(targets: Int32Array, dlogProbs: Float32Array, layout: ChannelLayout, labelSmoothing: number, scale: number): void;

  /** cols [channels * kH * kW, outH * outW] from one image x [channels, H, W]: row (c, i, j) holds x[c, oh * sH - pH + i, ow * sW - pW + j], 0 in the padding. */
  im2col(x: Float32Array, cols: Float32Array, window: Window2d): void;
  /** The adjoint of im2col: dx [channels, H, W] = the sum of every cols entry that copied that pixel (writes dx). */
  col2im(cols: Float32Array, dx: Float32Array, window: Window2d): void;

  /**
   * Conv2d's forward over the whole batch, the path every convnet trains on: per image (and group),
   * y_i = W im2col(x_i) with W seen as [outChannels, C kH kW], plus bias[c] unless bias is null, then
   * max(0, .) when fuseRelu (Sequential runs a Conv2d followed by a ReLU this way). Writes y.
   */
  conv2dForward(x: Float32Array, weight: Float32Array, bias: Float32Array | null, y: Float32Array, shape: Conv2dShape, fuseRelu: boolean): void;
  /**
   * Its backward. With reluOutput (the fused forward's y), dy is first masked where that output is 0
   * (dy itself is left as it was). Then dweight += sum over images of dy_i cols_i^T and dbias += the
   * sum of dy over images and pixels (both accumulate), and dx, unless null, is written as col2im(W^T dy_i).
   */
  conv2dBackward(
    x: Float32Array,
    weight: Float32Array,
    dy: Float32Array,
    reluOutput: Float32Array | null,
    dx: Float32Array | null,
    dweight: Float32Array,
    dbias: Float32Array | null,
    shape: Conv2dShape,
  ): void;

  /** Max over each window of every plane; argmax[o] is the flat index in x of the first maximum (NaN wins, as in PyTorch). */
  maxPool2d(x: Float32Array, y: Float32Array, argmax: Int32Array, window: Window2d): void;
  /** dx = 0, then dx[argmax[o]] += dy[o] (windows may overlap). */
  maxPool2dBackward(dy: Float32Array, argmax: Int32Array, dx: Float32Array): void;
  /** Mean over each window, padding counted as zeros in a divisor of kH * kW (PyTorch's count_include_pad=True). */
  avgPool2d(x: Float32Array, y: Float32Array, window: Window2d): void;
  /** dx = 0, then each dy[o] / (kH * kW) is added to every pixel it averaged. */
  avgPool2dBackward(dy: Float32Array, dx: Float32Array, window: Window2d): void;
  /** y[o, c] = mean over i of x[o, c, i]: global average pooling of NCHW with inner = H * W. */
  globalAvgPool2d(x: Float32Array, y: Float32Array, layout: ChannelLayout): void;
  /** dx[o, c, i] = dy[o, c] / inner. */
  globalAvgPool2dBackward(dy: Float32Array, dx: Float32Array, layout: ChannelLayout): void;

  /** Per-channel mean and biased variance (divisor outer * inner) of [outer, channels, inner], in float64. */
  batchNormStats(x: Float32Array, mean: Float32Array, variance: Float32Array, layout: ChannelLayout): void;
  /** y = gamma[c] * (x - mean[c]) * invStd[c] + beta[c]; the layer picks batch or running statistics. */
  batchNorm(x: Float32Array, mean: Float32Array, invStd: Float32Array, gamma: Float32Array, beta: Float32Array, y: Float32Array, layout: ChannelLayout): void;
  /**
   * With xHat = (x - mean) * invStd: dgamma[c] += sum dy * xHat, dbeta[c] += sum dy, and dx written.
   * With batchStats (training), mean and invStd depend on x too:
   * dx = gamma invStd (dy - mean(dy) - xHat mean(dy xHat)); otherwise dx = gamma invStd dy.
   */
  batchNormBackward(
    x: Float32Array,
    dy: Float32Array,
    mean: Float32Array,
    invStd: Float32Array,
    gamma: Float32Array,
    dx: Float32Array,
    dgamma: Float32Array,
    dbeta: Float32Array,
    layout: ChannelLayout,
    batchStats: boolean,
  ): void;

  /** One in-place SGD update of a parameter (torch.optim.SGD's equations, see optim/sgd.ts). */
  sgdStep(param: Float32Array, grad: Float32Array, momentumBuffer: Float32Array | null, options: SgdStepOptions): void;
  /** One in-place Adam update of a parameter and its moments (torch.optim.Adam, see optim/adam.ts). */
  adamStep(param: Float32Array, grad: Float32Array, m: Float32Array, v: Float32Array, options: AdamStepOptions): void;
  /** AdamW: Adam with decoupled weight decay, p *= 1 - lr * weightDecay first (torch.optim.AdamW, see optim/adamw.ts). */
  adamwStep(param: Float32Array, grad: Float32Array, m: Float32Array, v: Float32Array, options: AdamStepOptions): void;
  /** One in-place Adagrad update of a parameter and its sum of squares (torch.optim.Adagrad, see optim/adagrad.ts). */
  adagradStep(param: Float32Array, grad: Float32Array, sum: Float32Array, options: AdagradStepOptions): void;
  /**
   * One in-place RMSprop update (torch.optim.RMSprop, see optim/rmsprop.ts): gradAvg is passed only
   * when centered, momentumBuffer only with momentum.
   */
  rmspropStep(
    param: Float32Array,
    grad: Float32Array,
    squareAvg: Float32Array,
    gradAvg: Float32Array | null,
    momentumBuffer: Float32Array | null,
    options: RmspropStepOptions,
  ): void;
}
