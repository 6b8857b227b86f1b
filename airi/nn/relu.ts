// ReLU activation layer, as torch.nn.ReLU: an alternative in lesson 1 and the default of every CNN after it.
import { getBackend } from '../kernels/current-backend';
import { Tensor, assertSameShape } from '../tensor';
import type { Module, Parameter } from './module';

export class ReLU implements Module {
  private input: Tensor | null = null;

  forward(x: Tensor, _training?: boolean): Tensor {
    const y = Tensor.zeros(x.shape);
    getBackend().relu(x.data, y.data);
    this.input = x; // the gradient passes where the input was positive
    return y;
  }

  backward(dout: Tensor): Tensor {
    const x = this.input;
    if (x === null) throw new Error('ReLU(): backward called before forward');
    assertSameShape('ReLU().backward', 'dout', dout.shape, x.shape);
    const dx = Tensor.zeros(x.shape);
    getBackend().reluBackward(x.data, dout.data, dx.data);
    return dx;
  }

  parameters(): Parameter[] {
    return [];
  }

  describe(): string {
    return 'ReLU()';
  }
}
