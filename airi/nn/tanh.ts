// Tanh activation layer, as torch.nn.Tanh: lesson 1's default nonlinearity.
import { getBackend } from '../kernels/current-backend';
import { Tensor, assertSameShape } from '../tensor';
import type { Module, Parameter } from './module';

export class Tanh implements Module {
  private output: Tensor | null = null;

  forward(x: Tensor, _training?: boolean): Tensor {
    const y = Tensor.zeros(x.shape);
    getBackend().tanh(x.data, y.data);
    this.output = y; // tanh's derivative is written in terms of its output
    return y;
  }

  backward(dout: Tensor): Tensor {
    const y = this.output;
    if (y === null) throw new Error('Tanh(): backward called before forward');
    assertSameShape('Tanh().backward', 'dout', dout.shape, y.shape);
    const dx = Tensor.zeros(y.shape);
    getBackend().tanhBackward(y.data, dout.data, dx.data);
    return dx;
  }

  parameters(): Parameter[] {
    return [];
  }

  describe(): string {
    return 'Tanh()';
  }
}
