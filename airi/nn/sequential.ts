// Sequential container, as torch.nn.Sequential: runs layers in order forward and in reverse backward.
// Lesson 1's MLP is one; its parameter names ("0.weight", "2.bias") match a PyTorch state_dict.
//
// Two savings a framework makes behind the user's back, made here too, with the same results:
// - a layer that can apply the ReLU after it in the same pass (Conv2d) runs the pair fused, so the
//   activation is not read and written again by the ReLU layer (see FusesRelu);
// - backwardParameters, for training, skips the input gradient nobody needs (see below).
import type { Tensor } from '../tensor';
import type { FusesRelu, Module, Parameter } from './module';
import { ReLU } from './relu';

function fusesRelu(module: Module): module is Module & FusesRelu {
  const maybe = module as Module & Partial<FusesRelu>;
  return typeof maybe.forwardRelu === 'function' && typeof maybe.backwardRelu === 'function';
}

export class Sequential implements Module {
  readonly modules: readonly Module[];
  /** fusedWithNext[i]: module i runs with the ReLU at i + 1 fused into it. */
  private readonly fusedWithNext: boolean[];

  constructor(...modules: Module[]) {
    this.modules = modules;
    this.fusedWithNext = modules.map((module, i) => fusesRelu(module) && modules[i + 1] instanceof ReLU);
  }

  forward(x: Tensor, training = false): Tensor {
    let out = x;
    for (let i = 0; i < this.modules.length; i++) {
      const module = this.modules[i];
      if (this.fusedWithNext[i] && fusesRelu(module)) {
        out = module.forwardRelu(out, training);
        i++; // the ReLU ran inside
      } else {
        out = module.forward(out, training);
      }
    }
    return out;
  }

  backward(dout: Tensor): Tensor {
    return this.backwardDownTo(0, dout, true) as Tensor;
  }

  /**
   * Backward for training, when nothing needs d loss / d input: layers before the first one with
   * parameters are skipped, and that one computes its parameter gradients alone when it can
   * (PyTorch gets the same saving because the input does not require grad). Same parameter gradients
   * as backward().
   */
  backwardParameters(dout: Tensor): void {
    const first = this.modules.findIndex((module) => module.parameters().length > 0);
    if (first >= 0) this.backwardDownTo(first, dout, false);
  }

  /** Backward through modules last .. first; the input gradient of `first` only when inputGrad. */
  private backwardDownTo(first: number, dout: Tensor, inputGrad: boolean): Tensor | null {
    let grad: Tensor | null = dout;
    for (let i = this.modules.length - 1; i >= first && grad; i--) {
      const owner = this.fusedWithNext[i - 1] ? this.modules[i - 1] : null;
      if (owner && fusesRelu(owner)) {
        i--; // the pair (i - 1, i) goes back in one call
        grad = owner.backwardRelu(grad, inputGrad || i > first);
        continue;
      }
      const module = this.modules[i];
      if (i === first && !inputGrad) {
        if (module.backwardParameters) module.backwardParameters(grad);
        else module.backward(grad);
        return null;
      }
      grad = module.backward(grad);
    }
    return grad;
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
