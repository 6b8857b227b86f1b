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
import type { AdamStepOptions, Backend } from '../kernels/backend';
import type { Parameter } from '../nn/module';
import { AdamMoments, type AdamFamilyOptions } from './adam-moments';

export interface AdamWOptions extends AdamFamilyOptions {
  /** Decoupled decay per step, p *= 1 - lr * weightDecay; defaults to 0.01 (PyTorch's default). */
  weightDecay?: number;
}

export class AdamW extends AdamMoments {
  constructor(params: Parameter[], options: AdamWOptions) {
    super('AdamW', params, options, 0.01);
  }

  protected update(backend: Backend, param: Float32Array, grad: Float32Array, m: Float32Array, v: Float32Array, options: AdamStepOptions): void {
    backend.adamwStep(param, grad, m, v, options);
  }
}
