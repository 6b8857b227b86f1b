// 2-D average pooling, as torch.nn.AvgPool2d(kernelSize, stride = kernelSize, padding = 0) with its
// defaults (count_include_pad: padding counts as zeros in a divisor of kH * kW). A smoother
// alternative to MaxPool2d for the CNN lessons. x [N, C, H, W] to y [N, C, outH, outW].
import type { Window2d } from '../kernels/backend';
import { getBackend } from '../kernels/current-backend';
import { Tensor, assertSameShape } from '../tensor';
import type { Module, Parameter } from './module';
import { type PoolSizes, type Size2d, describePool, poolSizes, poolWindowOver } from './window2d';

export class AvgPool2d implements Module, PoolSizes {
  readonly kernelSize: [number, number];
  readonly stride: [number, number];
  readonly padding: [number, number];
  private window: Window2d | null = null;
  private inputShape: number[] | null = null;
  private outputShape: number[] | null = null;

  /** `stride` defaults to `kernelSize` (non-overlapping windows), as in PyTorch. */
  constructor(kernelSize: Size2d, stride?: Size2d, padding: Size2d = 0) {
    const sizes = poolSizes('AvgPool2d', kernelSize, stride, padding);
    this.kernelSize = sizes.kernelSize;
    this.stride = sizes.stride;
    this.padding = sizes.padding;
  }

  forward(x: Tensor, _training?: boolean): Tensor {
    const pool = poolWindowOver(this.describe(), x.shape, this);
    const y = Tensor.zeros([x.shape[0], x.shape[1], pool.outHeight, pool.outWidth]);
    getBackend().avgPool2d(x.data, y.data, pool);
    this.window = pool;
    this.inputShape = x.shape;
    this.outputShape = y.shape;
    return y;
  }

  backward(dout: Tensor): Tensor {
    const pool = this.window;
    if (pool === null || this.inputShape === null || this.outputShape === null) {
      throw new Error(`${this.describe()}: backward called before forward`);
    }
    assertSameShape(`${this.describe()}.backward`, 'dout', dout.shape, this.outputShape);
    const dx = Tensor.zeros(this.inputShape);
    getBackend().avgPool2dBackward(dout.data, dx.data, pool);
    return dx;
  }

  parameters(): Parameter[] {
    return [];
  }

  describe(): string {
    return describePool('AvgPool2d', this);
  }
}
