// Sequential container, as torch.nn.Sequential: runs layers in order forward and in reverse backward.
// Lesson 1's MLP is one; its parameter names ("0.weight", "2.bias") match a PyTorch state_dict.
// Sequential.named({ features, avgpool, classifier }) names the layers instead, as PyTorch's
// Sequential(OrderedDict(...)) does: torchvision's models are such chains ("features.0.weight").
//
// Two savings a framework makes behind the user's back, made here too, with the same results:
// - a layer that can apply the ReLU after it in the same pass (Conv2d) runs the pair fused, so the
//   activation is not read and written again by the ReLU layer (see FusesRelu);
// - backwardParameters, for training, skips the input gradient nobody needs (see below).
import type { Tensor } from '../tensor';
import { type HasChildren, childParameters } from './children';
import type { FusesRelu, Module, Parameter } from './module';
import { ReLU } from './relu';

function fusesRelu(module: Module): module is Module & FusesRelu {
  const maybe = module as Module & Partial<FusesRelu>;
  return typeof maybe.forwardRelu === 'function' && typeof maybe.backwardRelu === 'function';
}

export class Sequential implements Module, HasChildren {
  readonly modules: readonly Module[];
  private layerNames: string[];
  /** fusedWithNext[i]: module i runs with the ReLU at i + 1 fused into it. */
  private readonly fusedWithNext: boolean[];

  constructor(...modules: Module[]) {
    this.modules = modules;
    this.layerNames = modules.map((_, index) => `${index}`);
    this.fusedWithNext = modules.map((module, i) => fusesRelu(module) && modules[i + 1] instanceof ReLU);
  }

  /** A chain whose layers have names (keys in order), as Sequential(OrderedDict(...)) in PyTorch. */
  static named(layers: Record<string, Module>): Sequential {
    const chain = new Sequential(...Object.values(layers));
    const names = Object.keys(layers);
    for (const name of names) {
      if (name === '' || name.includes('.')) throw new Error(`Sequential.named: a layer name must be non-empty without ".", got "${name}"`);
    }
    chain.layerNames = names;
    return chain;
  }

  /** The layers' names: "0", "1", ... unless built with Sequential.named. */
  get names(): readonly string[] {
    return this.layerNames;
  }

  /**
   * The same layers (the same objects) with the child `name`, itself a Sequential, replaced by its
   * own layers: EfficientNet's features.0 .. features.8 side by side with its head, for tools that walk
   * one chain (a Grad-CAM at every stage). The inlined layers are named "<name>_<their name>"; save
   * the original model, not this view.
   */
  inlined(name: string): Sequential {
    const at = this.layerNames.indexOf(name);
    const inner = this.modules[at];
    if (!(inner instanceof Sequential)) throw new Error(`Sequential.inlined: "${name}" is not a Sequential layer of this model`);
    const layers: Record<string, Module> = {};
    this.modules.forEach((module, index) => {
      if (index !== at) layers[this.layerNames[index]] = module;
      else inner.modules.forEach((layer, i) => (layers[`${name}_${inner.layerNames[i]}`] = layer));
    });
    return Sequential.named(layers);
  }

  namedChildren(): [string, Module][] {
    return this.modules.map((module, index) => [this.names[index], module]);
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

  /** Each layer's parameters, prefixed by its name (nested containers give "1.0.weight"). */
  parameters(): Parameter[] {
    return childParameters(this.namedChildren());
  }

  describe(): string {
    const lines = this.modules.map((module, index) => {
      const text = module.describe?.() ?? 'Module';
      return `  (${this.names[index]}): ${text.replace(/\n/g, '\n  ')}`;
    });
    return `Sequential(\n${lines.join('\n')}\n)`;
  }
}
