// SiLU (swish) activation, as torch.nn.SiLU: x * sigmoid(x), smooth where ReLU has a kink. It is
// EfficientNet's activation (lesson 8), offered in the smaller CNNs for comparison.
import { getBackend } from '../kernels/current-backend';
import { Tensor, assertSameShape } from '../tensor';
import type { Module, Parameter } from './module';

export class SiLU implements Module {
  private input: Tensor | null = null;

  forward(x: Tensor, _training?: boolean): Tensor {
    const y = Tensor.zeros(x.shape);
    getBackend().silu(x.data, y.data);
    this.input = x; // the derivative needs x itself: SiLU is not invertible from its output
    return y;
  }

  backward(dout: Tensor): Tensor {
    const x = this.input;
    if (x === null) throw new Error(`${this.describe()}: backward called before forward`);
    assertSameShape(`${this.describe()}.backward`, 'dout', dout.shape, x.shape);
    const dx = Tensor.zeros(x.shape);
    getBackend().siluBackward(x.data, dout.data, dx.data);
    return dx;
  }

  parameters(): Parameter[] {
    return [];
  }

  describe(): string {
    return 'SiLU()';
  }
}
