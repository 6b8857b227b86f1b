// Reference SGD update, fused into one loop over a parameter. The equations, their PyTorch
// conventions and the paper are in optim/sgd.ts; this file only runs them.
import type { SgdStepOptions } from '../backend';

export function sgdStep(
  param: Float32Array,
  grad: Float32Array,
  momentumBuffer: Float32Array | null,
  { lr, momentum, dampening, nesterov, weightDecay, firstStep }: SgdStepOptions,
): void {
  for (let i = 0; i < param.length; i++) {
    let g = grad[i] + weightDecay * param[i];
    if (momentumBuffer !== null) {
      // PyTorch starts the buffer at the first gradient itself, undamped.
      const b = firstStep ? g : momentum * momentumBuffer[i] + (1 - dampening) * g;
      momentumBuffer[i] = b;
      g = nesterov ? g + momentum * b : b;
    }
    param[i] -= lr * g;
  }
}
