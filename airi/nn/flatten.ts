// Flatten, as torch.nn.Flatten(startDim = 1, endDim = -1): merges dimensions, e.g. the feature maps
// [N, 16, 24, 24] into [N, 9216] for the Linear head of lessons 5 and 6. Row-major order makes this a
// relabelling: the output shares the input's buffer (a view, as in PyTorch), and so does dx.
import { Tensor, assertSameShape, formatShape } from '../tensor';
import type { Module, Parameter } from './module';

export class Flatten implements Module {
  private inputShape: number[] | null = null;
  private outputShape: number[] | null = null;

  /** Dimensions startDim..endDim (inclusive; negative counts from the end) become one. */
  constructor(
    readonly startDim = 1,
    readonly endDim = -1,
  ) {
    for (const [key, value] of [['startDim', startDim], ['endDim', endDim]] as const) {
      if (!Number.isInteger(value)) throw new Error(`Flatten: ${key} must be an integer, got ${value}`);
    }
  }

  forward(x: Tensor, _training?: boolean): Tensor {
    const rank = x.shape.length;
    const start = this.startDim < 0 ? this.startDim + rank : this.startDim;
    const end = this.endDim < 0 ? this.endDim + rank : this.endDim;
    if (start < 0 || end >= rank || start > end) {
      throw new Error(`${this.describe()}: input has shape ${formatShape(x.shape)}, which has no dimensions ${this.startDim} to ${this.endDim}`);
    }
    const merged = x.shape.slice(start, end + 1).reduce((a, b) => a * b, 1);
    const shape = [...x.shape.slice(0, start), merged, ...x.shape.slice(end + 1)];
    this.inputShape = x.shape;
    this.outputShape = shape;
    return new Tensor(x.data, shape);
  }

  backward(dout: Tensor): Tensor {
    if (this.inputShape === null || this.outputShape === null) throw new Error(`${this.describe()}: backward called before forward`);
    assertSameShape(`${this.describe()}.backward`, 'dout', dout.shape, this.outputShape);
    return new Tensor(dout.data, this.inputShape);
  }

  parameters(): Parameter[] {
    return [];
  }

  describe(): string {
    return `Flatten(startDim=${this.startDim}, endDim=${this.endDim})`;
  }
}
