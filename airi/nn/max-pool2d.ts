// 2-D max pooling, as torch.nn.MaxPool2d(kernelSize, stride = kernelSize, padding = 0): halves the
// feature maps in lessons 5 and 6. Each plane of x [N, C, H, W] is pooled on its own; y is
// [N, C, outH, outW]. The forward remembers where each maximum was, so the backward is one scatter.
import { getBackend } from '../kernels/backend';
import { Tensor, assertSameShape } from '../tensor';
import type { Module, Parameter } from './module';
import { type Size2d, formatPair, toPair, windowOver } from './window2d';

export class MaxPool2d implements Module {
  readonly kernelSize: [number, number];
  readonly stride: [number, number];
  readonly padding: [number, number];
  private inputShape: number[] | null = null;
  private outputShape: number[] | null = null;
  private argmax = new Int32Array(0);

  /** `stride` defaults to `kernelSize` (non-overlapping windows), as in PyTorch. */
  constructor(kernelSize: Size2d, stride?: Size2d, padding: Size2d = 0) {
    this.kernelSize = toPair('MaxPool2d', 'kernelSize', kernelSize, 1);
    this.stride = toPair('MaxPool2d', 'stride', stride ?? kernelSize, 1);
    this.padding = toPair('MaxPool2d', 'padding', padding, 0);
    // As PyTorch: more padding than half a kernel would let a window see nothing but padding.
    if (this.padding[0] > this.kernelSize[0] / 2 || this.padding[1] > this.kernelSize[1] / 2) {
      throw new Error(`${this.describe()}: padding must be at most half the kernel size`);
    }
  }

  forward(x: Tensor, _training?: boolean): Tensor {
    const image = windowOver(this.describe(), x.shape, null, this.kernelSize, this.stride, this.padding);
    // Every one of the N * C planes is pooled alike: the kernel sees them as channels of one image.
    const pool = { ...image, channels: x.shape[0] * x.shape[1] };
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
    return `MaxPool2d(kernelSize=${formatPair(this.kernelSize)}, stride=${formatPair(this.stride)}, padding=${formatPair(this.padding)})`;
  }
}
