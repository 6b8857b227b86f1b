// LogSoftmax layer, as torch.nn.LogSoftmax(dim = 1): log-probabilities computed stably (log-sum-exp),
// the pair of NLLLoss. LogSoftmax + NLLLoss is CrossEntropyLoss, split in two so lesson 2 can show both halves.
import type { ChannelLayout } from '../kernels/backend';
import { getBackend } from '../kernels/current-backend';
import { Tensor, assertSameShape } from '../tensor';
import { layoutAlong } from './channel-axis';
import type { Module, Parameter } from './module';

export class LogSoftmax implements Module {
  private output: Tensor | null = null;
  private layout: ChannelLayout | null = null;

  /** The dimension normalized over; negative counts from the end. Defaults to 1, the classes of [N, C]. */
  constructor(readonly dim = 1) {
    if (!Number.isInteger(dim)) throw new Error(`LogSoftmax: dim must be an integer, got ${dim}`);
  }

  forward(x: Tensor, _training?: boolean): Tensor {
    const layout = layoutAlong(this.describe(), x.shape, this.dim);
    const y = Tensor.zeros(x.shape);
    getBackend().logSoftmax(x.data, y.data, layout);
    this.output = y; // exp(output) is the softmax the gradient needs
    this.layout = layout;
    return y;
  }

  backward(dout: Tensor): Tensor {
    const y = this.output;
    if (y === null || this.layout === null) throw new Error(`${this.describe()}: backward called before forward`);
    assertSameShape(`${this.describe()}.backward`, 'dout', dout.shape, y.shape);
    const dx = Tensor.zeros(y.shape);
    getBackend().logSoftmaxBackward(y.data, dout.data, dx.data, this.layout);
    return dx;
  }

  parameters(): Parameter[] {
    return [];
  }

  describe(): string {
    return `LogSoftmax(dim=${this.dim})`;
  }
}
