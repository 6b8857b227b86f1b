// Reference Adagrad update, fused into one loop over a parameter and its sum of squares.
// The equations, PyTorch's conventions and the paper are in optim/adagrad.ts; this file only runs them.
import type { AdagradStepOptions } from '../backend';

export function adagradStep(param: Float32Array, grad: Float32Array, sum: Float32Array, { lr, eps, weightDecay }: AdagradStepOptions): void {
  for (let i = 0; i < param.length; i++) {
    const g = grad[i] + weightDecay * param[i];
    const s = sum[i] + g * g;
    sum[i] = s;
    param[i] -= (lr * g) / (Math.sqrt(s) + eps);
  }
}
