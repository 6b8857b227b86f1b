// Softmax layer, as torch.nn.Softmax(dim = 1): turns class scores into probabilities (lesson 2, and
// the prediction display of every classifier). For training, prefer CrossEntropyLoss on the logits:
// softmax followed by it is notebook 6's double softmax, whose loss cannot go below 1.46.
import type { ChannelLayout } from '../kernels/backend';
import { getBackend } from '../kernels/current-backend';
import { Tensor, assertSameShape } from '../tensor';
import { layoutAlong } from './channel-axis';
import type { Module, Parameter } from './module';

export class Softmax implements Module {
  private output: Tensor | null = null;
  private layout: ChannelLayout | null = null;

  /** The dimension that sums to 1; negative counts from the end. Defaults to 1, the classes of [N, C]. */
  constructor(readonly dim = 1) {
    if (!Number.isInteger(dim)) throw new Error(`Softmax: dim must be an integer, got ${dim}`);
  }

  forward(x: Tensor, _training?: boolean): Tensor {
    const layout = layoutAlong(this.describe(), x.shape, this.dim);
    const y = Tensor.zeros(x.shape);
    getBackend().softmax(x.data, y.data, layout);
    this.output = y; // the Jacobian is written in terms of the output
    this.layout = layout;
    return y;
  }

  backward(dout: Tensor): Tensor {
    const y = this.output;
    if (y === null || this.layout === null) throw new Error(`${this.describe()}: backward called before forward`);
    assertSameShape(`${this.describe()}.backward`, 'dout', dout.shape, y.shape);
    const dx = Tensor.zeros(y.shape);
    getBackend().softmaxBackward(y.data, dout.data, dx.data, this.layout);
    return dx;
  }

  parameters(): Parameter[] {
    return [];
  }

  describe(): string {
    return `Softmax(dim=${this.dim})`;
  }
}
