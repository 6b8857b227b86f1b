// LeakyReLU activation, as torch.nn.LeakyReLU(negativeSlope = 0.01): x for x >= 0, negativeSlope * x
// below, so negative units keep a small gradient. An activation choice in the CNN lessons.
import { getBackend } from '../kernels/current-backend';
import { Tensor, assertSameShape } from '../tensor';
import type { Module, Parameter } from './module';

export class LeakyReLU implements Module {
  private input: Tensor | null = null;

  constructor(readonly negativeSlope = 0.01) {
    if (!Number.isFinite(negativeSlope)) throw new Error(`LeakyReLU: negativeSlope must be a finite number, got ${negativeSlope}`);
  }

  forward(x: Tensor, _training?: boolean): Tensor {
    const y = Tensor.zeros(x.shape);
    getBackend().leakyRelu(x.data, y.data, this.negativeSlope);
    this.input = x; // the slope depends on the sign of the input (the output's sign flips if the slope is negative)
    return y;
  }

  backward(dout: Tensor): Tensor {
    const x = this.input;
    if (x === null) throw new Error(`${this.describe()}: backward called before forward`);
    assertSameShape(`${this.describe()}.backward`, 'dout', dout.shape, x.shape);
    const dx = Tensor.zeros(x.shape);
    getBackend().leakyReluBackward(x.data, dout.data, dx.data, this.negativeSlope);
    return dx;
  }

  parameters(): Parameter[] {
    return [];
  }

  describe(): string {
    return `LeakyReLU(negativeSlope=${this.negativeSlope})`;
  }
}
