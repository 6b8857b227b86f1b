// A residual block (He et al. 2016, https://arxiv.org/abs/1512.03385): named layers run in order, and
// their output is added to the block's input, y = x + f(x). The skip lets the gradient reach early
// layers undiminished (d y / d x = 1 + d f / d x), which is what makes deep networks trainable.
// EfficientNet's MBConv blocks are residual when they keep the shape:
//   new Residual({ block: mbconvLayers, stochastic_depth: new StochasticDepth(p, 'row', { rng }) }, 'MBConv')
// Parameters are named as the layers are ("block.0.0.weight"), as in torchvision.
import { getBackend } from '../kernels/current-backend';
import { Tensor, assertSameShape, formatShape, sameShape } from '../tensor';
import type { HasChildren } from './children';
import type { Module, Parameter } from './module';
import { Sequential } from './sequential';

export class Residual implements Module, HasChildren {
  private readonly body: Sequential;
  private inputShape: number[] | null = null;

  /** `layers` in order (names as keys); `label` is what describe() calls the block. */
  constructor(
    layers: Record<string, Module>,
    readonly label = 'Residual',
  ) {
    this.body = Sequential.named(layers);
  }

  forward(x: Tensor, training = false): Tensor {
    const fx = this.body.forward(x, training);
    if (!sameShape(fx.shape, x.shape)) {
      throw new Error(`${this.label}: its layers turn ${formatShape(x.shape)} into ${formatShape(fx.shape)}; the skip needs the same shape`);
    }
    const y = Tensor.zeros(x.shape);
    getBackend().add(fx.data, x.data, y.data);
    this.inputShape = x.shape;
    return y;
  }

  // The sum passes dout unchanged to both terms: dx = dout (the skip) + the layers' backward of dout.
  backward(dout: Tensor): Tensor {
    if (this.inputShape === null) throw new Error(`${this.label}: backward called before forward`);
    assertSameShape(`${this.label}.backward`, 'dout', dout.shape, this.inputShape);
    const through = this.body.backward(dout);
    const dx = Tensor.zeros(this.inputShape);
    getBackend().add(through.data, dout.data, dx.data);
    return dx;
  }

  namedChildren(): [string, Module][] {
    return this.body.namedChildren();
  }

  parameters(): Parameter[] {
    return this.body.parameters();
  }

  describe(): string {
    return this.body.describe().replace(/^Sequential/, `${this.label}`).replace(/\n\)$/, '\n  + input\n)');
  }
}
