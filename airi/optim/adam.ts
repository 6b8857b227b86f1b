// Adam, as torch.optim.Adam (amsgrad off): lesson 1's default optimizer.
//
// For each parameter p with gradient g, at step t = 1, 2, ... (lr, betas b1 b2, eps, weight decay lambda):
//   g     = g + lambda * p                      (L2 weight decay added to the gradient; AdamW differs)
//   m     = b1 * m + (1 - b1) * g               (first moment, starts at 0)
//   v     = b2 * v + (1 - b2) * g^2             (second moment, starts at 0)
//   m_hat = m / (1 - b1^t)                      (bias corrections: m and v start at 0, so early
//   v_hat = v / (1 - b2^t)                       averages are too small without them)
//   p     = p - lr * m_hat / (sqrt(v_hat) + eps)
// eps sits outside the square root, as in the paper and PyTorch.
// Kingma & Ba 2015, "Adam: A Method for Stochastic Optimization", https://arxiv.org/abs/1412.6980
import { getBackend } from '../kernels/backend';
import type { Parameter } from '../nn/module';
import { type Optimizer, checkRange } from './optimizer';

export interface AdamOptions {
  lr: number;
  /** Decay rates of the two moment averages; default [0.9, 0.999]. */
  betas?: readonly [number, number];
  /** Defaults to 1e-8. */
  eps?: number;
  /** L2 penalty added to the gradient; defaults to 0. */
  weightDecay?: number;
}

export class Adam implements Optimizer {
  lr: number;
  readonly params: readonly Parameter[];
  readonly betas: readonly [number, number];
  readonly eps: number;
  readonly weightDecay: number;
  /** Steps taken so far: t in the bias corrections. */
  private t = 0;
  private readonly m: Float32Array[];
  private readonly v: Float32Array[];

  constructor(params: Parameter[], { lr, betas = [0.9, 0.999], eps = 1e-8, weightDecay = 0 }: AdamOptions) {
    checkRange('Adam', 'lr', lr, 0, Infinity);
    checkRange('Adam', 'betas[0]', betas[0], 0, 1, true);
    checkRange('Adam', 'betas[1]', betas[1], 0, 1, true);
    checkRange('Adam', 'eps', eps, 0, Infinity);
    checkRange('Adam', 'weightDecay', weightDecay, 0, Infinity);
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
    this.params.forEach((p, i) => backend.adamStep(p.value.data, p.grad.data, this.m[i], this.v[i], options));
  }

  zeroGrad(): void {
    for (const p of this.params) p.grad.data.fill(0);
  }
}
