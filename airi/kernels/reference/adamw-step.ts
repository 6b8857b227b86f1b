// Reference AdamW update: the decoupled decay, then Adam's moments, in one loop over a parameter.
// The equations, PyTorch's exact form and the paper are in optim/adamw.ts; this file only runs them.
import type { AdamStepOptions } from '../backend';

export function adamwStep(
  param: Float32Array,
  grad: Float32Array,
  m: Float32Array,
  v: Float32Array,
  { lr, beta1, beta2, eps, weightDecay, step }: AdamStepOptions,
): void {
  const decay = 1 - lr * weightDecay;
  const stepSize = lr / (1 - beta1 ** step);
  const sqrtCorrection2 = Math.sqrt(1 - beta2 ** step);
  for (let i = 0; i < param.length; i++) {
    const g = grad[i];
    const mi = beta1 * m[i] + (1 - beta1) * g;
    const vi = beta2 * v[i] + (1 - beta2) * g * g;
    m[i] = mi;
    v[i] = vi;
    // The decay shrinks p before the Adam step and never enters m or v: that is the whole of AdamW.
    param[i] = param[i] * decay - (stepSize * mi) / (Math.sqrt(vi) / sqrtCorrection2 + eps);
  }
}
