// Reference Adam update, fused into one loop over a parameter and its two moment buffers.
// The equations, PyTorch's exact form and the paper are in optim/adam.ts; this file only runs them.
import type { AdamStepOptions } from '../backend';

export function adamStep(
  param: Float32Array,
  grad: Float32Array,
  m: Float32Array,
  v: Float32Array,
  { lr, beta1, beta2, eps, weightDecay, step }: AdamStepOptions,
): void {
  // Bias corrections undo the moments' start at zero (without them the first steps are far too small).
  const stepSize = lr / (1 - beta1 ** step);
  const sqrtCorrection2 = Math.sqrt(1 - beta2 ** step);
  for (let i = 0; i < param.length; i++) {
    const g = grad[i] + weightDecay * param[i];
    const mi = beta1 * m[i] + (1 - beta1) * g;
    const vi = beta2 * v[i] + (1 - beta2) * g * g;
    m[i] = mi;
    v[i] = vi;
    // As torch.optim.Adam: eps is added to sqrt(v-hat), not inside the square root.
    param[i] -= (stepSize * mi) / (Math.sqrt(vi) / sqrtCorrection2 + eps);
  }
}
