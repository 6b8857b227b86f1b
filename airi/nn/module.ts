// The layer contract every lesson builds on (as in convnetjs): forward caches what backward needs,
// backward returns the input gradient and ADDS into the parameters' gradients, and parameters()
// hands optimizers the { name, value, grad } triples they update. Nothing else is shared.
import { Tensor } from '../tensor';

/** A trainable tensor and its gradient, which has the same shape. */
export interface Parameter {
  /** "weight", "bias"; Sequential prefixes the layer index: "0.weight". */
  name: string;
  value: Tensor;
  grad: Tensor;
}

export interface Module {
  /**
   * Computes the output and caches what backward needs. `training` is true while fitting and
   * false (the default) for evaluation; lesson 1's layers ignore it, Dropout and BatchNorm will not.
   */
  forward(x: Tensor, training?: boolean): Tensor;
  /** Given d loss / d output of the last forward, returns d loss / d input and accumulates parameter grads (+=). */
  backward(dout: Tensor): Tensor;
  /**
   * Optional: backward without d loss / d input, for a net's first trainable layer, whose input (the
   * data) needs no gradient. Layers that can skip that work offer it (Conv2d, Linear): in the first
   * layer of DemoConvNet the input gradient is a third of the layer's backward.
   */
  backwardParameters?(dout: Tensor): void;
  /** The trainable parameters, in a stable order (optimizers and checkpoints rely on it). */
  parameters(): Parameter[];
  /** One line in PyTorch's spirit, e.g. "Linear(1 → 16)"; Sequential lists its layers. */
  describe?(): string;
}

/**
 * Optional, for a layer that can apply the ReLU following it in the same pass, while its output is
 * still in cache (Conv2d): Sequential then runs the pair through these two and skips the ReLU module.
 * The results are those of the two layers run one after the other.
 */
export interface FusesRelu {
  /** max(0, forward(x)). */
  forwardRelu(x: Tensor, training?: boolean): Tensor;
  /** Backward through both, from d loss / d (ReLU output); null when inputGrad is false (parameter gradients only). */
  backwardRelu(dout: Tensor, inputGrad: boolean): Tensor | null;
}

/** A parameter with the given value and a zero gradient of the same shape. */
export function createParameter(name: string, value: Tensor): Parameter {
  return { name, value, grad: Tensor.zeros(value.shape) };
}

/** How many trainable numbers the module has (PyTorch: sum(p.numel() for p in model.parameters())). */
export function countParameters(module: Module): number {
  return module.parameters().reduce((total, p) => total + p.value.size, 0);
}
