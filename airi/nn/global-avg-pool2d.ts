// Global average pooling: the mean of each channel over the whole image, x [N, C, H, W] to y [N, C].
// PyTorch spells it nn.AdaptiveAvgPool2d(1) followed by nn.Flatten(); airi returns [N, C] directly
// because the next layer is always a Linear classifier head (lesson 8's EfficientNet ends this way,
// and it is the light alternative to Flatten + a large Linear in lesson 6).
import type { ChannelLayout } from '../kernels/backend';
import { getBackend } from '../kernels/current-backend';
import { Tensor, assertSameShape, formatShape } from '../tensor';
import type { Module, Parameter } from './module';

export class GlobalAvgPool2d implements Module {
  private inputShape: number[] | null = null;

  forward(x: Tensor, _training?: boolean): Tensor {
    if (x.shape.length !== 4) throw new Error(`${this.describe()}: input has shape ${formatShape(x.shape)}, expected [N, C, H, W]`);
    const y = Tensor.zeros([x.shape[0], x.shape[1]]);
    getBackend().globalAvgPool2d(x.data, y.data, this.layout(x.shape));
    this.inputShape = x.shape;
    return y;
  }

  backward(dout: Tensor): Tensor {
    const shape = this.inputShape;
    if (shape === null) throw new Error(`${this.describe()}: backward called before forward`);
    assertSameShape(`${this.describe()}.backward`, 'dout', dout.shape, [shape[0], shape[1]]);
    const dx = Tensor.zeros(shape);
    getBackend().globalAvgPool2dBackward(dout.data, dx.data, this.layout(shape));
    return dx;
  }

  parameters(): Parameter[] {
    return [];
  }

  describe(): string {
    return 'GlobalAvgPool2d()';
  }

  private layout([n, c, h, w]: readonly number[]): ChannelLayout {
    return { outer: n, channels: c, inner: h * w };
  }
}
