// Squeeze-and-excitation (Hu et al. 2018, https://arxiv.org/abs/1709.01507), as
// torchvision.ops.SqueezeExcitation: each image's channels are "squeezed" to their means, a small
// two-layer net (1x1 convolutions fc1, fc2 with SiLU between) turns those into one gate in (0, 1) per
// channel, and the input is "excited": every channel multiplied by its gate. The net learns which
// channels matter for this image. Every EfficientNet block has one. Names as torchvision: avgpool,
// fc1, fc2, activation, scale_activation.
import { getBackend } from '../kernels/current-backend';
import type { Rng } from '../rng';
import { Tensor, assertSameShape, formatShape } from '../tensor';
import { AdaptiveAvgPool2d } from './adaptive-avg-pool2d';
import { type HasChildren, childParameters } from './children';
import { Conv2d } from './conv2d';
import type { Module, Parameter } from './module';
import { Sigmoid } from './sigmoid';
import { SiLU } from './silu';

export interface SqueezeExcitationOptions {
  /** Draws fc1's and fc2's initial weights. */
  rng: Rng;
}

export class SqueezeExcitation implements Module, HasChildren {
  readonly avgpool = new AdaptiveAvgPool2d(1);
  readonly fc1: Conv2d;
  readonly fc2: Conv2d;
  readonly activation = new SiLU();
  readonly scaleActivation = new Sigmoid();
  private last: { x: Tensor; gates: Tensor } | null = null;

  constructor(
    readonly inputChannels: number,
    readonly squeezeChannels: number,
    { rng }: SqueezeExcitationOptions,
  ) {
    this.fc1 = new Conv2d(inputChannels, squeezeChannels, 1, { rng });
    this.fc2 = new Conv2d(squeezeChannels, inputChannels, 1, { rng });
  }

  forward(x: Tensor, training = false): Tensor {
    if (x.shape.length !== 4 || x.shape[1] !== this.inputChannels) {
      throw new Error(`${this.describe()}: input has shape ${formatShape(x.shape)}, expected [N, ${this.inputChannels}, H, W]`);
    }
    const squeezed = this.avgpool.forward(x, training);
    const gates = this.scaleActivation.forward(this.fc2.forward(this.activation.forward(this.fc1.forward(squeezed, training), training), training), training);
    const y = Tensor.zeros(x.shape);
    getBackend().scaleChannels(x.data, gates.data, y.data, this.layout(x.shape));
    this.last = { x, gates };
    return y;
  }

  // y = x * gate(x): the gradient reaches x directly (scaled by the gates) and through the gates.
  backward(dout: Tensor): Tensor {
    if (this.last === null) throw new Error(`${this.describe()}: backward called before forward`);
    const { x, gates } = this.last;
    assertSameShape(`${this.describe()}.backward`, 'dout', dout.shape, x.shape);
    const direct = Tensor.zeros(x.shape);
    const dgates = Tensor.zeros(gates.shape);
    const backend = getBackend();
    backend.scaleChannelsBackward(x.data, gates.data, dout.data, direct.data, dgates.data, this.layout(x.shape));
    const dsqueezed = this.fc1.backward(this.activation.backward(this.fc2.backward(this.scaleActivation.backward(dgates))));
    const throughGates = this.avgpool.backward(dsqueezed);
    const dx = Tensor.zeros(x.shape);
    backend.add(direct.data, throughGates.data, dx.data);
    return dx;
  }

  namedChildren(): [string, Module][] {
    return [['avgpool', this.avgpool], ['fc1', this.fc1], ['fc2', this.fc2], ['activation', this.activation], ['scale_activation', this.scaleActivation]];
  }

  parameters(): Parameter[] {
    return childParameters(this.namedChildren());
  }

  /** The pooling and the two 1x1 convolutions (the scaling itself is one multiply per element, not counted, like activations). */
  flops(inputShape: readonly number[]): number {
    const [, c, h, w] = inputShape;
    return c * h * w + 2 * 2 * c * this.squeezeChannels;
  }

  describe(): string {
    return `SqueezeExcitation(${this.inputChannels} → ${this.squeezeChannels} → ${this.inputChannels})`;
  }

  private layout([n, c, h, w]: readonly number[]): { outer: number; channels: number; inner: number } {
    return { outer: n, channels: c, inner: h * w };
  }
}
