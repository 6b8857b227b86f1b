// Sequential container, as torch.nn.Sequential: runs layers in order forward and in reverse backward.
// Lesson 1's MLP is one; its parameter names ("0.weight", "2.bias") match a PyTorch state_dict.
import type { Tensor } from '../tensor';
import type { Module, Parameter } from './module';

export class Sequential implements Module {
  readonly modules: readonly Module[];

  constructor(...modules: Module[]) {
    this.modules = modules;
  }

  forward(x: Tensor, training = false): Tensor {
    let out = x;
    for (const module of this.modules) out = module.forward(out, training);
    return out;
  }

  backward(dout: Tensor): Tensor {
    let grad = dout;
    for (let i = this.modules.length - 1; i >= 0; i--) grad = this.modules[i].backward(grad);
    return grad;
  }

  /**
   * Backward for training, when nothing needs d loss / d input: layers before the first one with
   * parameters are skipped, and that one computes its parameter gradients alone when it can
   * (PyTorch gets the same saving because the input does not require grad). Same parameter gradients
   * as backward().
   */
  backwardParameters(dout: Tensor): void {
    const first = this.modules.findIndex((module) => module.parameters().length > 0);
    if (first < 0) return;
    let grad = dout;
    for (let i = this.modules.length - 1; i > first; i--) grad = this.modules[i].backward(grad);
    const module = this.modules[first];
    if (module.backwardParameters) module.backwardParameters(grad);
    else module.backward(grad);
  }

  /** Each layer's parameters, prefixed by its index (nested containers give "1.0.weight"). */
  parameters(): Parameter[] {
    return this.modules.flatMap((module, index) =>
      // Same value and grad tensors, only a longer name: optimizers update the layer's own tensors.
      module.parameters().map((p) => ({ name: `${index}.${p.name}`, value: p.value, grad: p.grad })),
    );
  }

  describe(): string {
    const lines = this.modules.map((module, index) => {
      const text = module.describe?.() ?? 'Module';
      return `  (${index}): ${text.replace(/\n/g, '\n  ')}`;
    });
    return `Sequential(\n${lines.join('\n')}\n)`;
  }
}
