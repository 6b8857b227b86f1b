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
import type { AdamStepOptions, Backend } from '../kernels/backend';
import type { Parameter } from '../nn/module';
import { AdamMoments, type AdamFamilyOptions } from './adam-moments';

export interface AdamOptions extends AdamFamilyOptions {
  /** L2 penalty added to the gradient; defaults to 0. */
  weightDecay?: number;
}

export class Adam extends AdamMoments {
  constructor(params: Parameter[], options: AdamOptions) {
    super('Adam', params, options, 0);
  }

  protected update(backend: Backend, param: Float32Array, grad: Float32Array, m: Float32Array, v: Float32Array, options: AdamStepOptions): void {
    backend.adamStep(param, grad, m, v, options);
  }
}
