// Adagrad, as torch.optim.Adagrad: per-coordinate step sizes that shrink with the sum of all past
// squared gradients, so rarely-updated weights keep large steps. Offered from lesson 2 on to compare
// with SGD and Adam; its ever-growing sum is also why RMSprop and Adam exist.
//
// For each parameter p with gradient g, at step t = 1, 2, ... (lr, lr decay delta, eps, weight decay lambda):
//   g   = g + lambda * p                        (L2 weight decay, added to the gradient)
//   clr = lr / (1 + (t - 1) * delta)            (optional decay of the rate itself)
//   s   = s + g^2                               (sum of squares, starts at initialAccumulatorValue)
//   p   = p - clr * g / (sqrt(s) + eps)
// eps sits outside the square root, as in PyTorch, with PyTorch's default of 1e-10.
// Duchi, Hazan & Singer 2011, "Adaptive Subgradient Methods for Online Learning and Stochastic
// Optimization", https://jmlr.org/papers/v12/duchi11a.html
import { getBackend } from '../kernels/current-backend';
import type { Parameter } from '../nn/module';
import type { Tensor } from '../tensor';
import { type Optimizer, checkRange } from './optimizer';
import { type BufferSets, loadOptimizerState, optimizerState } from './optimizer-state';

export interface AdagradOptions {
  lr: number;
  /** Decay of the rate per step, clr = lr / (1 + (t - 1) * lrDecay); defaults to 0. */
  lrDecay?: number;
  /** L2 penalty added to the gradient; defaults to 0. */
  weightDecay?: number;
  /** Starting value of every sum of squares; defaults to 0. */
  initialAccumulatorValue?: number;
  /** Defaults to 1e-10. */
  eps?: number;
}

export class Adagrad implements Optimizer {
  lr: number;
  readonly params: readonly Parameter[];
  readonly lrDecay: number;
  readonly weightDecay: number;
  readonly eps: number;
  private t = 0;
  /** One running sum of squared gradients per parameter. */
  private readonly sums: Float32Array[];

  constructor(params: Parameter[], { lr, lrDecay = 0, weightDecay = 0, initialAccumulatorValue = 0, eps = 1e-10 }: AdagradOptions) {
    checkRange('Adagrad', 'lr', lr, 0, Infinity);
    checkRange('Adagrad', 'lrDecay', lrDecay, 0, Infinity);
    checkRange('Adagrad', 'weightDecay', weightDecay, 0, Infinity);
    checkRange('Adagrad', 'initialAccumulatorValue', initialAccumulatorValue, 0, Infinity);
    checkRange('Adagrad', 'eps', eps, 0, Infinity);
    this.params = [...params];
    this.lr = lr;
    this.lrDecay = lrDecay;
    this.weightDecay = weightDecay;
    this.eps = eps;
    this.sums = this.params.map((p) => new Float32Array(p.value.size).fill(initialAccumulatorValue));
  }

  /** How many steps have been taken. */
  get stepCount(): number {
    return this.t;
  }

  step(): void {
    this.t += 1;
    const options = { lr: this.lr / (1 + (this.t - 1) * this.lrDecay), eps: this.eps, weightDecay: this.weightDecay };
    const backend = getBackend();
    this.params.forEach((p, i) => backend.adagradStep(p.value.data, p.grad.data, this.sums[i], options));
  }

  zeroGrad(): void {
    for (const p of this.params) p.grad.data.fill(0);
  }

  /** The buffers under PyTorch's names for them. */
  private bufferSets(): BufferSets {
    return { sum: this.sums };
  }

  stateDict(): Record<string, Tensor> {
    return optimizerState(this.params, this.t, this.bufferSets());
  }

  loadStateDict(state: Record<string, Tensor>): void {
    this.t = loadOptimizerState('Adagrad', this.params, this.bufferSets(), state);
  }
}
