// AdamW, as torch.optim.AdamW (amsgrad off): Adam with decoupled weight decay, the usual choice for
// training the later lessons' convolutional nets with weight decay.
//
// For each parameter p with gradient g, at step t = 1, 2, ... (lr, betas b1 b2, eps, weight decay lambda):
//   p     = p * (1 - lr * lambda)               (decoupled decay: shrinks p itself, outside the moments)
//   m     = b1 * m + (1 - b1) * g
//   v     = b2 * v + (1 - b2) * g^2
//   m_hat = m / (1 - b1^t),  v_hat = v / (1 - b2^t)
//   p     = p - lr * m_hat / (sqrt(v_hat) + eps)
// Why it differs from Adam's weightDecay: Adam adds lambda * p to g, so the decay is divided by
// sqrt(v_hat) like the gradient and weights with large gradients are barely decayed; AdamW decays
// every weight by the same factor. As PyTorch, the decay is multiplied by lr (the paper's schedule
// multiplier, not lr, scales it), and weightDecay defaults to 0.01, not 0.
// Loshchilov & Hutter 2019, "Decoupled Weight Decay Regularization", https://arxiv.org/abs/1711.05101
import { getBackend } from '../kernels/backend';
import type { Parameter } from '../nn/module';
import { type Optimizer, checkRange } from './optimizer';

export interface AdamWOptions {
  lr: number;
  /** Decay rates of the two moment averages; default [0.9, 0.999]. */
  betas?: readonly [number, number];
  /** Defaults to 1e-8. */
  eps?: number;
  /** Decoupled decay per step, p *= 1 - lr * weightDecay; defaults to 0.01 (PyTorch's default). */
  weightDecay?: number;
}

export class AdamW implements Optimizer {
  lr: number;
  readonly params: readonly Parameter[];
  readonly betas: readonly [number, number];
  readonly eps: number;
  readonly weightDecay: number;
  /** Steps taken so far: t in the bias corrections. */
  private t = 0;
  private readonly m: Float32Array[];
  private readonly v: Float32Array[];

  constructor(params: Parameter[], { lr, betas = [0.9, 0.999], eps = 1e-8, weightDecay = 0.01 }: AdamWOptions) {
    checkRange('AdamW', 'lr', lr, 0, Infinity);
    checkRange('AdamW', 'betas[0]', betas[0], 0, 1, true);
    checkRange('AdamW', 'betas[1]', betas[1], 0, 1, true);
    checkRange('AdamW', 'eps', eps, 0, Infinity);
    checkRange('AdamW', 'weightDecay', weightDecay, 0, Infinity);
    this.params = [...params];
    this.lr = lr;
    this.betas = [betas[0], betas[1]];
    this.eps = eps;
    this.weightDecay = weightDecay;
    this.m = this.params.map((p) => new Float32Array(p.value.size));
    this.v = this.params.map((p) => new Float32Array(p.value.size));
  }

  /** How many steps have been taken. */
  get stepCount(): number {
    return this.t;
  }

  step(): void {
    this.t += 1;
    const options = {
      lr: this.lr,
      beta1: this.betas[0],
      beta2: this.betas[1],
      eps: this.eps,
      weightDecay: this.weightDecay,
      step: this.t,
    };
    const backend = getBackend();
    this.params.forEach((p, i) => backend.adamwStep(p.value.data, p.grad.data, this.m[i], this.v[i], options));
  }

  zeroGrad(): void {
    for (const p of this.params) p.grad.data.fill(0);
  }
}
