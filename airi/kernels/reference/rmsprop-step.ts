// Reference RMSprop update, fused into one loop over a parameter and its averages (and, when used,
// the mean gradient and momentum buffer). The equations and papers are in optim/rmsprop.ts.
import type { RmspropStepOptions } from '../backend';

export function rmspropStep(
  param: Float32Array,
  grad: Float32Array,
  squareAvg: Float32Array,
  gradAvg: Float32Array | null,
  momentumBuffer: Float32Array | null,
  { lr, alpha, eps, weightDecay, momentum }: RmspropStepOptions,
): void {
  for (let i = 0; i < param.length; i++) {
    const g = grad[i] + weightDecay * param[i];
    const v = alpha * squareAvg[i] + (1 - alpha) * g * g;
    squareAvg[i] = v;
    let variance = v;
    if (gradAvg !== null) {
      const a = alpha * gradAvg[i] + (1 - alpha) * g;
      gradAvg[i] = a;
      // v - a^2 >= 0 in exact arithmetic; rounding could dip below 0, where PyTorch would give NaN.
      variance = Math.max(0, v - a * a);
    }
    const denominator = Math.sqrt(variance) + eps;
    if (momentumBuffer !== null) {
      const b = momentum * momentumBuffer[i] + g / denominator;
      momentumBuffer[i] = b;
      param[i] -= lr * b;
    } else {
      param[i] -= (lr * g) / denominator;
    }
  }
}
