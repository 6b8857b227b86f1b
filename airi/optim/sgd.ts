// Stochastic gradient descent with momentum, as torch.optim.SGD: lesson 1's alternative to Adam.
//
// For each parameter p with gradient g, at step t (lr, momentum mu, dampening tau, weight decay lambda):
//   g   = g + lambda * p                        (L2 weight decay, added to the gradient)
//   b_1 = g                                     (first step: the buffer is the gradient, undamped)
//   b_t = mu * b_{t-1} + (1 - tau) * g          (later steps)
//   g   = g + mu * b_t   if nesterov, else b_t
//   p   = p - lr * g
// This is PyTorch's convention (lr outside the buffer), not Sutskever's v = mu v - lr g; the two
// differ when lr changes during training. Without momentum there is no buffer: p = p - lr * g.
// Momentum: Polyak 1964; Nesterov form: Sutskever et al. 2013, "On the importance of initialization
// and momentum in deep learning", https://proceedings.mlr.press/v28/sutskever13.html
import { getBackend } from '../kernels/current-backend';
import type { Parameter } from '../nn/module';
import type { Tensor } from '../tensor';
import { type Optimizer, checkRange } from './optimizer';
import { type BufferSets, loadOptimizerState, optimizerState } from './optimizer-state';

export interface SGDOptions {
  lr: number;
  /** Defaults to 0 (plain SGD). */
  momentum?: number;
  /** Defaults to 0; must be 0 with nesterov. */
  dampening?: number;
  /** Defaults to false; needs momentum > 0. */
  nesterov?: boolean;
  /** L2 penalty added to the gradient; defaults to 0. */
  weightDecay?: number;
}

export class SGD implements Optimizer {
  lr: number;
  readonly params: readonly Parameter[];
  readonly momentum: number;
  readonly dampening: number;
  readonly nesterov: boolean;
  readonly weightDecay: number;
  /** One momentum buffer per parameter (none without momentum). */
  private readonly buffers: Float32Array[] | null;
  private stepsTaken = 0;

  constructor(params: Parameter[], { lr, momentum = 0, dampening = 0, nesterov = false, weightDecay = 0 }: SGDOptions) {
    checkRange('SGD', 'lr', lr, 0, Infinity);
    checkRange('SGD', 'momentum', momentum, 0, Infinity);
    checkRange('SGD', 'dampening', dampening, 0, 1);
    checkRange('SGD', 'weightDecay', weightDecay, 0, Infinity);
    if (nesterov && (momentum <= 0 || dampening !== 0)) {
      throw new Error('SGD: nesterov requires momentum > 0 and dampening = 0');
    }
    this.params = [...params];
    this.lr = lr;
    this.momentum = momentum;
    this.dampening = dampening;
    this.nesterov = nesterov;
    this.weightDecay = weightDecay;
    this.buffers = momentum !== 0 ? this.params.map((p) => new Float32Array(p.value.size)) : null;
  }

  step(): void {
    const options = {
      lr: this.lr,
      momentum: this.momentum,
      dampening: this.dampening,
      nesterov: this.nesterov,
      weightDecay: this.weightDecay,
      firstStep: this.stepsTaken === 0,
    };
    const backend = getBackend();
    this.params.forEach((p, i) => backend.sgdStep(p.value.data, p.grad.data, this.buffers?.[i] ?? null, options));
    this.stepsTaken += 1;
  }

  zeroGrad(): void {
    for (const p of this.params) p.grad.data.fill(0);
  }

  /** The buffers under PyTorch's names for them. */
  private bufferSets(): BufferSets {
    return { momentum_buffer: this.buffers };
  }

  stateDict(): Record<string, Tensor> {
    return optimizerState(this.params, this.stepsTaken, this.bufferSets());
  }

  loadStateDict(state: Record<string, Tensor>): void {
    this.stepsTaken = loadOptimizerState('SGD', this.params, this.bufferSets(), state);
  }
}
