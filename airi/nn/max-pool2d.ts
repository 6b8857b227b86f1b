// 2-D max pooling, as torch.nn.MaxPool2d(kernelSize, stride = kernelSize, padding = 0): halves the
// feature maps in lessons 5 and 6. Each plane of x [N, C, H, W] is pooled on its own; y is
// [N, C, outH, outW]. The forward remembers where each maximum was, so the backward is one scatter.
import { getBackend } from '../kernels/current-backend';
import { Tensor, assertSameShape } from '../tensor';
import type { Module, Parameter } from './module';
import { type PoolSizes, type Size2d, describePool, poolSizes, poolWindowOver } from './window2d';

export class MaxPool2d implements Module, PoolSizes {
  readonly kernelSize: [number, number];
  readonly stride: [number, number];
  readonly padding: [number, number];
  private inputShape: number[] | null = null;
  private outputShape: number[] | null = null;
  private argmax = new Int32Array(0);

  /** `stride` defaults to `kernelSize` (non-overlapping windows), as in PyTorch. */
  constructor(kernelSize: Size2d, stride?: Size2d, padding: Size2d = 0) {
    const sizes = poolSizes('MaxPool2d', kernelSize, stride, padding);
    this.kernelSize = sizes.kernelSize;
    this.stride = sizes.stride;
    this.padding = sizes.padding;
  }

  forward(x: Tensor, _training?: boolean): Tensor {
    const pool = poolWindowOver(this.describe(), x.shape, this);
    const y = Tensor.zeros([x.shape[0], x.shape[1], pool.outHeight, pool.outWidth]);
    this.argmax = new Int32Array(y.size); // a new one each call: a caller may still hold the old output's routing
    getBackend().maxPool2d(x.data, y.data, this.argmax, pool);
    this.inputShape = x.shape;
    this.outputShape = y.shape;
    return y;
  }

  backward(dout: Tensor): Tensor {
    if (this.inputShape === null || this.outputShape === null) throw new Error(`${this.describe()}: backward called before forward`);
    assertSameShape(`${this.describe()}.backward`, 'dout', dout.shape, this.outputShape);
    const dx = Tensor.zeros(this.inputShape);
    getBackend().maxPool2dBackward(dout.data, this.argmax, dx.data);
    return dx;
  }

  parameters(): Parameter[] {
    return [];
  }

  describe(): string {
    return describePool('MaxPool2d', this);
  }
}
