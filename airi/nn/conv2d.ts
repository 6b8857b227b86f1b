// 2-D convolution (cross-correlation, as every framework computes it), as torch.nn.Conv2d: the layer
// lessons 5 and 6 are about. Shapes: x [N, inChannels, H, W], weight [outChannels, inChannels, kH, kW]
// (PyTorch's layout, so weights transfer as is), bias [outChannels], y [N, outChannels, outH, outW].
//
// Each image is lowered to one matrix product: im2col lays its patches out as the columns of
// cols [inChannels*kH*kW, outH*outW], and y_n = W cols, with W seen as [outChannels, inChannels*kH*kW].
// The backward is two more products per image and col2im. All the arithmetic is in backend.gemm,
// so a faster gemm speeds convolutions too. No dilation or groups (no lesson needs them).
import { type InitName, initBias, initWeight } from '../init/initialize';
import { type Backend, type Window2d, getBackend } from '../kernels/backend';
import type { Rng } from '../rng';
import { Tensor, assertSameShape } from '../tensor';
import { type Module, type Parameter, createParameter } from './module';
import { type Size2d, formatPair, toPair, windowOver } from './window2d';

/**
 * What a backend may add to run the whole batch's per-image loop below in one call (the WASM backend
 * does, so that the columns never leave its memory): conv2dForward writes y, bias (and a fused ReLU)
 * included; conv2dBackward masks dy by a fused ReLU's output when given one, accumulates dweight and
 * dbias, and writes dx unless it is null. Same results as the loops here.
 */
interface FusedConv2d {
  conv2dForward(
    x: Float32Array, weight: Float32Array, bias: Float32Array | null, fuseRelu: boolean, y: Float32Array,
    geometry: Window2d, outChannels: number, images: number,
  ): void;
  conv2dBackward(
    x: Float32Array, weight: Float32Array, dy: Float32Array, reluOutput: Float32Array | null, dx: Float32Array | null,
    dweight: Float32Array, dbias: Float32Array | null, geometry: Window2d, outChannels: number, images: number,
  ): void;
}

function fused(backend: Backend): (Backend & FusedConv2d) | null {
  const maybe = backend as Backend & Partial<FusedConv2d>;
  return typeof maybe.conv2dForward === 'function' && typeof maybe.conv2dBackward === 'function' ? (maybe as Backend & FusedConv2d) : null;
}

export interface Conv2dOptions {
  /** Draws the initial weights (then the bias), so a seed reproduces them. */
  rng: Rng;
  /** Defaults to 1. */
  stride?: Size2d;
  /** Zeros added on each side; defaults to 0. */
  padding?: Size2d;
  /** Defaults to true. */
  bias?: boolean;
  /**
   * Defaults to 'pytorch-default': U(-1/sqrt(fanIn), 1/sqrt(fanIn)) for weight and bias, with
   * fanIn = inChannels*kH*kW (nn.Conv2d's reset_parameters); fanOut = outChannels*kH*kW.
   */
  init?: InitName;
}

export class Conv2d implements Module {
  readonly weight: Parameter;
  readonly bias: Parameter | null;
  readonly kernelSize: [number, number];
  readonly stride: [number, number];
  readonly padding: [number, number];
  private input: Tensor | null = null;
  private geometry: Window2d | null = null;
  /** The output of the last forwardRelu (its ReLU's mask), or null after a plain forward. */
  private reluOutput: Tensor | null = null;
  // Scratch for one image's columns and their gradient, reused across images and calls (a batch of
  // cols would take N times the memory, 118 MB for DemoConvNet's second layer at batch 128).
  private cols = new Float32Array(0);
  private dcols = new Float32Array(0);

  constructor(
    readonly inChannels: number,
    readonly outChannels: number,
    kernelSize: Size2d,
    options: Conv2dOptions,
  ) {
    for (const [key, value] of [['inChannels', inChannels], ['outChannels', outChannels]] as const) {
      if (!Number.isInteger(value) || value < 1) throw new Error(`Conv2d: ${key} must be a positive integer, got ${value}`);
    }
    this.kernelSize = toPair('Conv2d', 'kernelSize', kernelSize, 1);
    this.stride = toPair('Conv2d', 'stride', options.stride ?? 1, 1);
    this.padding = toPair('Conv2d', 'padding', options.padding ?? 0, 0);
    const [kh, kw] = this.kernelSize;
    const init = options.init ?? 'pytorch-default';
    const fans = { fanIn: inChannels * kh * kw, fanOut: outChannels * kh * kw };
    this.weight = createParameter('weight', Tensor.zeros([outChannels, inChannels, kh, kw]));
    initWeight(this.weight.value, init, fans, options.rng);
    this.bias = options.bias === false ? null : createParameter('bias', Tensor.zeros([outChannels]));
    if (this.bias) initBias(this.bias.value, init, fans, options.rng);
  }

  forward(x: Tensor, _training?: boolean): Tensor {
    return this.run(x, false);
  }

  /**
   * max(0, conv(x)) in one pass: Sequential runs a Conv2d followed by a ReLU this way, so the output
   * is clamped while it is still in cache instead of being read and written again by the ReLU layer.
   * The matching backward is backwardRelu.
   */
  forwardRelu(x: Tensor, _training?: boolean): Tensor {
    return this.run(x, true);
  }

  private run(x: Tensor, fuseRelu: boolean): Tensor {
    const geometry = windowOver(this.describe(), x.shape, this.inChannels, this.kernelSize, this.stride, this.padding);
    const { n, imageSize, pixels, patch, outSize } = this.sizes(x, geometry);
    const y = Tensor.zeros([n, this.outChannels, geometry.outHeight, geometry.outWidth]);
    const backend = getBackend();
    const bias = this.bias?.value.data ?? null;
    const whole = fused(backend);
    if (whole) {
      whole.conv2dForward(x.data, this.weight.value.data, bias, fuseRelu, y.data, geometry, this.outChannels, n);
    } else {
      const cols = this.scratch('cols', patch * pixels);
      for (let i = 0; i < n; i++) {
        backend.im2col(x.data.subarray(i * imageSize, (i + 1) * imageSize), cols, geometry);
        // y_i [outC, pixels] = W [outC, patch] · cols [patch, pixels]
        const yi = y.data.subarray(i * outSize, (i + 1) * outSize);
        backend.gemm(this.weight.value.data, cols, yi, { transA: false, transB: false, m: this.outChannels, n: pixels, k: patch });
      }
      if (bias) backend.biasAdd(y.data, bias, { outer: n, channels: this.outChannels, inner: pixels });
      if (fuseRelu) backend.relu(y.data, y.data);
    }
    this.input = x;
    this.geometry = geometry;
    this.reluOutput = fuseRelu ? y : null;
    return y;
  }

  backward(dout: Tensor): Tensor {
    if (this.reluOutput) throw new Error(`${this.describe()}: the last forward was forwardRelu; call backwardRelu`);
    const dx = Tensor.zeros(this.cachedInput().shape);
    this.backwardInto(dout, dx);
    return dx;
  }

  /** The parameter gradients alone: for a first layer, whose input (the images) needs no gradient. */
  backwardParameters(dout: Tensor): void {
    if (this.reluOutput) throw new Error(`${this.describe()}: the last forward was forwardRelu; call backwardRelu`);
    this.backwardInto(dout, null);
  }

  /**
   * Backward through forwardRelu: dout is d loss / d (ReLU output); it passes where that output is
   * positive. Returns d loss / d input, or null when inputGrad is false (a first layer).
   */
  backwardRelu(dout: Tensor, inputGrad: boolean): Tensor | null {
    if (!this.reluOutput) throw new Error(`${this.describe()}: backwardRelu called without forwardRelu`);
    const dx = inputGrad ? Tensor.zeros(this.cachedInput().shape) : null;
    this.backwardInto(dout, dx);
    return dx;
  }

  private cachedInput(): Tensor {
    if (this.input === null) throw new Error(`${this.describe()}: backward called before forward`);
    return this.input;
  }

  /**
   * Accumulates dweight and dbias and, unless dx is null, writes the input gradient into it; after
   * forwardRelu, dout is first masked by the ReLU (dout itself is left as it was).
   */
  private backwardInto(doutGiven: Tensor, dx: Tensor | null): void {
    const x = this.cachedInput();
    const geometry = this.geometry as Window2d;
    const { n, imageSize, pixels, patch, outSize } = this.sizes(x, geometry);
    assertSameShape(`${this.describe()}.backward`, 'dout', doutGiven.shape, [n, this.outChannels, geometry.outHeight, geometry.outWidth]);
    const backend = getBackend();
    const dbias = this.bias?.grad.data ?? null;
    const reluOutput = this.reluOutput?.data ?? null;
    const whole = fused(backend);
    if (whole) {
      const [weight, dweight] = [this.weight.value.data, this.weight.grad.data];
      whole.conv2dBackward(x.data, weight, doutGiven.data, reluOutput, dx?.data ?? null, dweight, dbias, geometry, this.outChannels, n);
      return;
    }
    let dout = doutGiven;
    if (reluOutput) {
      // The ReLU passes the gradient where its output is positive (exactly where its input was).
      dout = Tensor.zeros(doutGiven.shape);
      backend.reluBackward(reluOutput, doutGiven.data, dout.data);
    }
    const cols = this.scratch('cols', patch * pixels);
    const dcols = this.scratch('dcols', patch * pixels);
    for (let i = 0; i < n; i++) {
      const xi = x.data.subarray(i * imageSize, (i + 1) * imageSize);
      const douti = dout.data.subarray(i * outSize, (i + 1) * outSize);
      // The columns are rebuilt rather than kept from forward: im2col costs a copy, keeping them N x memory.
      backend.im2col(xi, cols, geometry);
      // dW [outC, patch] += dout_i [outC, pixels] · cols [patch, pixels]^T   (beta = 1: gradients accumulate)
      backend.gemm(douti, cols, this.weight.grad.data, { transA: false, transB: true, m: this.outChannels, n: patch, k: pixels, beta: 1 });
      if (!dx) continue;
      // dcols [patch, pixels] = W [outC, patch]^T · dout_i [outC, pixels], then folded back onto the image
      backend.gemm(this.weight.value.data, douti, dcols, { transA: true, transB: false, m: patch, n: pixels, k: this.outChannels });
      backend.col2im(dcols, dx.data.subarray(i * imageSize, (i + 1) * imageSize), geometry);
    }
    if (dbias) backend.biasAddBackward(dout.data, dbias, { outer: n, channels: this.outChannels, inner: pixels });
  }

  parameters(): Parameter[] {
    return this.bias ? [this.weight, this.bias] : [this.weight];
  }

  describe(): string {
    const sizes = `kernelSize=${formatPair(this.kernelSize)}, stride=${formatPair(this.stride)}, padding=${formatPair(this.padding)}`;
    return `Conv2d(${this.inChannels} → ${this.outChannels}, ${sizes}${this.bias ? '' : ', bias=false'})`;
  }

  private sizes(x: Tensor, geometry: Window2d): { n: number; imageSize: number; pixels: number; patch: number; outSize: number } {
    const pixels = geometry.outHeight * geometry.outWidth;
    return {
      n: x.shape[0],
      imageSize: this.inChannels * geometry.height * geometry.width,
      pixels,
      patch: this.inChannels * geometry.kernelH * geometry.kernelW,
      outSize: this.outChannels * pixels,
    };
  }

  /** A scratch buffer of at least `size` floats, grown (never shrunk) when a larger input arrives. */
  private scratch(which: 'cols' | 'dcols', size: number): Float32Array {
    if (this[which].length < size) this[which] = new Float32Array(size);
    return this[which].subarray(0, size);
  }
}
