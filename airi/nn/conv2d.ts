// 2-D convolution (cross-correlation, as every framework computes it), as torch.nn.Conv2d: the layer
// lessons 5 and 6 are about. Shapes: x [N, inChannels, H, W], weight [outChannels, inChannels / groups,
// kH, kW] (PyTorch's layout, so weights transfer as is), bias [outChannels], y [N, outChannels, outH, outW].
// groups (lesson 8's EfficientNet) splits the channels into groups convolved apart; groups =
// inChannels = outChannels is the depthwise convolution (Howard et al. 2017, MobileNets).
//
// Each image is lowered to one matrix product: im2col lays its patches out as the columns of
// cols [inChannels*kH*kW, outH*outW], and y_n = W cols, with W seen as [outChannels, inChannels*kH*kW].
// The backward is two more products per image and col2im. All the arithmetic is in backend.gemm,
// so a faster gemm speeds convolutions too. No dilation or groups (no lesson needs them).
import { type InitName, initBias, initWeight } from '../init/initialize';
import type { Conv2dShape } from '../kernels/backend';
import { getBackend } from '../kernels/current-backend';
import type { Rng } from '../rng';
import { Tensor, assertSameShape } from '../tensor';
import { type Module, type Parameter, createParameter } from './module';
import { type Size2d, formatPair, toPair, windowOver } from './window2d';

export interface Conv2dOptions {
  /** Draws the initial weights (then the bias), so a seed reproduces them. */
  rng: Rng;
  /** Defaults to 1. */
  stride?: Size2d;
  /** Zeros added on each side; defaults to 0. */
  padding?: Size2d;
  /** Defaults to true. */
  bias?: boolean;
  /** Defaults to 1; must divide inChannels and outChannels. */
  groups?: number;
  /**
   * Defaults to 'pytorch-default': U(-1/sqrt(fanIn), 1/sqrt(fanIn)) for weight and bias, with
   * fanIn = (inChannels / groups)*kH*kW (nn.Conv2d's reset_parameters); fanOut = (outChannels / groups)*kH*kW.
   */
  init?: InitName;
}

export class Conv2d implements Module {
  readonly weight: Parameter;
  readonly bias: Parameter | null;
  readonly kernelSize: [number, number];
  readonly stride: [number, number];
  readonly padding: [number, number];
  readonly groups: number;
  /** The last forward's input and shape, which the backward needs. */
  private last: { input: Tensor; shape: Conv2dShape } | null = null;
  /** The output of the last forwardRelu (its ReLU's mask), or null after a plain forward. */
  private reluOutput: Tensor | null = null;

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
    const groups = (this.groups = options.groups ?? 1);
    if (!Number.isInteger(groups) || groups < 1 || inChannels % groups !== 0 || outChannels % groups !== 0) {
      throw new Error(`Conv2d: groups must be a positive integer dividing inChannels (${inChannels}) and outChannels (${outChannels}), got ${groups}`);
    }
    const [kh, kw] = this.kernelSize;
    const init = options.init ?? 'pytorch-default';
    const fans = { fanIn: (inChannels / groups) * kh * kw, fanOut: (outChannels / groups) * kh * kw };
    this.weight = createParameter('weight', Tensor.zeros([outChannels, inChannels / groups, kh, kw]));
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
    const window = windowOver(this.describe(), x.shape, this.inChannels, this.kernelSize, this.stride, this.padding);
    const shape: Conv2dShape = { window, outChannels: this.outChannels, images: x.shape[0], groups: this.groups };
    const y = Tensor.zeros([shape.images, this.outChannels, window.outHeight, window.outWidth]);
    const bias = this.bias?.value.data ?? null;
    getBackend().conv2dForward(x.data, this.weight.value.data, bias, y.data, shape, fuseRelu);
    this.last = { input: x, shape };
    this.reluOutput = fuseRelu ? y : null;
    return y;
  }

  backward(dout: Tensor): Tensor {
    if (this.reluOutput) throw new Error(`${this.describe()}: the last forward was forwardRelu; call backwardRelu`);
    const dx = Tensor.zeros(this.lastForward().input.shape);
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
    const dx = inputGrad ? Tensor.zeros(this.lastForward().input.shape) : null;
    this.backwardInto(dout, dx);
    return dx;
  }

  private lastForward(): { input: Tensor; shape: Conv2dShape } {
    if (this.last === null) throw new Error(`${this.describe()}: backward called before forward`);
    return this.last;
  }

  /**
   * Accumulates dweight and dbias and, unless dx is null, writes the input gradient into it; after
   * forwardRelu, dout is first masked by the ReLU (dout itself is left as it was).
   */
  private backwardInto(dout: Tensor, dx: Tensor | null): void {
    const { input: x, shape } = this.lastForward();
    const { window, outChannels, images } = shape;
    assertSameShape(`${this.describe()}.backward`, 'dout', dout.shape, [images, outChannels, window.outHeight, window.outWidth]);
    const [weight, dweight] = [this.weight.value.data, this.weight.grad.data];
    const dbias = this.bias?.grad.data ?? null;
    const reluOutput = this.reluOutput?.data ?? null;
    getBackend().conv2dBackward(x.data, weight, dout.data, reluOutput, dx?.data ?? null, dweight, dbias, shape);
  }

  parameters(): Parameter[] {
    return this.bias ? [this.weight, this.bias] : [this.weight];
  }

  describe(): string {
    const sizes = `kernelSize=${formatPair(this.kernelSize)}, stride=${formatPair(this.stride)}, padding=${formatPair(this.padding)}`;
    const groups = this.groups === 1 ? '' : `, groups=${this.groups}`;
    return `Conv2d(${this.inChannels} → ${this.outChannels}, ${sizes}${groups}${this.bias ? '' : ', bias=false'})`;
  }
}
