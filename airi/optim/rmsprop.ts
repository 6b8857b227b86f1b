// RMSprop, as torch.optim.RMSprop: Adagrad with a moving average of squared gradients instead of a
// sum, so the step size stops shrinking; optional momentum and a "centered" variant that divides by
// an estimate of the gradient's variance instead of its raw second moment. Offered from lesson 2 on.
//
// For each parameter p with gradient g (lr, smoothing alpha, eps, weight decay lambda, momentum mu):
//   g   = g + lambda * p                        (L2 weight decay, added to the gradient)
//   v   = alpha * v + (1 - alpha) * g^2         (mean square, starts at 0)
//   centered:  a = alpha * a + (1 - alpha) * g  (mean gradient, starts at 0)
//              d = sqrt(v - a^2) + eps
//   otherwise: d = sqrt(v) + eps
//   with momentum: b = mu * b + g / d,  p = p - lr * b     (b starts at 0, unlike SGD's buffer)
//   without:       p = p - lr * g / d
// As PyTorch: eps is added after the square root, there is no bias correction (unlike Adam), and
// lr multiplies the momentum buffer at each step rather than being folded into it.
// Tieleman & Hinton 2012, Coursera "Neural Networks for Machine Learning", lecture 6.5,
// https://www.cs.toronto.edu/~tijmen/csc321/slides/lecture_slides_lec6.pdf; centered form: Graves
// 2013, "Generating Sequences With Recurrent Neural Networks", https://arxiv.org/abs/1308.0850
import { getBackend } from '../kernels/current-backend';
import type { Parameter } from '../nn/module';
import type { Tensor } from '../tensor';
import { type Optimizer, checkRange } from './optimizer';
import { type BufferSets, loadOptimizerState, optimizerState } from './optimizer-state';

export interface RMSpropOptions {
  lr: number;
  /** Smoothing constant of the mean square; defaults to 0.99. */
  alpha?: number;
  /** Defaults to 1e-8. */
  eps?: number;
  /** L2 penalty added to the gradient; defaults to 0. */
  weightDecay?: number;
  /** Defaults to 0. */
  momentum?: number;
  /** Normalize by the estimated variance of the gradient; defaults to false. */
  centered?: boolean;
}

export class RMSprop implements Optimizer {
  lr: number;
  readonly params: readonly Parameter[];
  readonly alpha: number;
  readonly eps: number;
  readonly weightDecay: number;
  readonly momentum: number;
  readonly centered: boolean;
  private readonly squareAvgs: Float32Array[];
  /** Mean gradients, only when centered. */
  private readonly gradAvgs: Float32Array[] | null;
  /** Momentum buffers, only with momentum. */
  private readonly buffers: Float32Array[] | null;
  /** Steps taken: RMSprop's update does not use it, but its state records it as PyTorch's does. */
  private steps = 0;

  constructor(params: Parameter[], { lr, alpha = 0.99, eps = 1e-8, weightDecay = 0, momentum = 0, centered = false }: RMSpropOptions) {
    checkRange('RMSprop', 'lr', lr, 0, Infinity);
    checkRange('RMSprop', 'alpha', alpha, 0, Infinity);
    checkRange('RMSprop', 'eps', eps, 0, Infinity);
    checkRange('RMSprop', 'weightDecay', weightDecay, 0, Infinity);
    checkRange('RMSprop', 'momentum', momentum, 0, Infinity);
    this.params = [...params];
    this.lr = lr;
    this.alpha = alpha;
    this.eps = eps;
    this.weightDecay = weightDecay;
    this.momentum = momentum;
    this.centered = centered;
    const zeros = (): Float32Array[] => this.params.map((p) => new Float32Array(p.value.size));
    this.squareAvgs = zeros();
    this.gradAvgs = centered ? zeros() : null;
    this.buffers = momentum > 0 ? zeros() : null;
  }

  step(): void {
    const options = {
      lr: this.lr,
      alpha: this.alpha,
      eps: this.eps,
      weightDecay: this.weightDecay,
      momentum: this.momentum,
    };
    const backend = getBackend();
    this.steps += 1;
    this.params.forEach((p, i) =>
      backend.rmspropStep(p.value.data, p.grad.data, this.squareAvgs[i], this.gradAvgs?.[i] ?? null, this.buffers?.[i] ?? null, options),
    );
  }

  zeroGrad(): void {
    for (const p of this.params) p.grad.data.fill(0);
  }

  /** The buffers under PyTorch's names for them. */
  private bufferSets(): BufferSets {
    return { square_avg: this.squareAvgs, grad_avg: this.gradAvgs, momentum_buffer: this.buffers };
  }

  stateDict(): Record<string, Tensor> {
    return optimizerState(this.params, this.steps, this.bufferSets());
  }

  loadStateDict(state: Record<string, Tensor>): void {
    this.steps = loadOptimizerState('RMSprop', this.params, this.bufferSets(), state);
  }
}
