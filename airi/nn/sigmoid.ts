// Sigmoid activation layer, as torch.nn.Sigmoid: lesson 1's third choice, to show saturating gradients.
import { getBackend } from '../kernels/current-backend';
import { Tensor, assertSameShape } from '../tensor';
import type { Module, Parameter } from './module';

export class Sigmoid implements Module {
  private output: Tensor | null = null;

  forward(x: Tensor, _training?: boolean): Tensor {
    const y = Tensor.zeros(x.shape);
    getBackend().sigmoid(x.data, y.data);
    this.output = y; // the derivative is y * (1 - y)
    return y;
  }

  backward(dout: Tensor): Tensor {
    const y = this.output;
    if (y === null) throw new Error('Sigmoid(): backward called before forward');
    assertSameShape('Sigmoid().backward', 'dout', dout.shape, y.shape);
    const dx = Tensor.zeros(y.shape);
    getBackend().sigmoidBackward(y.data, dout.data, dx.data);
    return dx;
  }

  parameters(): Parameter[] {
    return [];
  }

  describe(): string {
    return 'Sigmoid()';
  }
}
