// Adaptive average pooling, as torch.nn.AdaptiveAvgPool2d(outputSize): averages x [N, C, H, W] down to
// y [N, C, outH, outW] whatever H and W are. EfficientNet ends with AdaptiveAvgPool2d(1) (one mean per
// channel) and torchvision's VGG16 with AdaptiveAvgPool2d(7), the identity at 224x224. airi supports
// sizes that divide evenly, where the windows are the non-overlapping kernel = stride = H / outH of
// AvgPool2d; PyTorch's uneven windows (H = 10 into 7) are refused with a clear message.
import type { Window2d } from '../kernels/backend';
import { getBackend } from '../kernels/current-backend';
import { Tensor, assertSameShape, formatShape } from '../tensor';
import type { Module, Parameter } from './module';
import { type Size2d, formatPair, toPair } from './window2d';

export class AdaptiveAvgPool2d implements Module {
  readonly outputSize: [number, number];
  private last: { window: Window2d; inputShape: number[]; outputShape: number[] } | null = null;

  constructor(outputSize: Size2d) {
    this.outputSize = toPair('AdaptiveAvgPool2d', 'outputSize', outputSize, 1);
  }

  forward(x: Tensor, _training?: boolean): Tensor {
    if (x.shape.length !== 4) throw new Error(`${this.describe()}: input has shape ${formatShape(x.shape)}, expected [N, C, H, W]`);
    const [n, c, height, width] = x.shape;
    const [outHeight, outWidth] = this.outputSize;
    if (height % outHeight !== 0 || width % outWidth !== 0) {
      throw new Error(`${this.describe()}: input ${height}x${width} does not divide evenly into ${outHeight}x${outWidth}; airi supports sizes that do`);
    }
    const [kernelH, kernelW] = [height / outHeight, width / outWidth];
    // Every plane of every image is pooled on its own, so the window runs over all N * C planes.
    const window: Window2d = {
      channels: n * c, height, width, kernelH, kernelW, strideH: kernelH, strideW: kernelW, padH: 0, padW: 0, outHeight, outWidth,
    };
    const y = Tensor.zeros([n, c, outHeight, outWidth]);
    getBackend().avgPool2d(x.data, y.data, window);
    this.last = { window, inputShape: x.shape, outputShape: y.shape };
    return y;
  }

  backward(dout: Tensor): Tensor {
    if (this.last === null) throw new Error(`${this.describe()}: backward called before forward`);
    assertSameShape(`${this.describe()}.backward`, 'dout', dout.shape, this.last.outputShape);
    const dx = Tensor.zeros(this.last.inputShape);
    getBackend().avgPool2dBackward(dout.data, dx.data, this.last.window);
    return dx;
  }

  parameters(): Parameter[] {
    return [];
  }

  /** One addition per input element (model-summary.ts's convention for pooling). */
  flops(inputShape: readonly number[]): number {
    return inputShape.slice(1).reduce((a, b) => a * b, 1);
  }

  describe(): string {
    return `AdaptiveAvgPool2d(outputSize=${formatPair(this.outputSize)})`;
  }
}
