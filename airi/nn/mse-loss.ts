// Mean squared error, as torch.nn.MSELoss (reduction 'mean'): lesson 1's loss for fitting sin(x).
// Not a Module: it takes a target and returns a number, and its backward starts the chain.
import { getBackend } from '../kernels/current-backend';
import { Tensor, assertSameShape } from '../tensor';

export class MSELoss {
  private prediction: Tensor | null = null;
  private target: Tensor | null = null;

  /** mean((prediction - target)^2) over all elements; the shapes must match exactly (no broadcasting). */
  forward(prediction: Tensor, target: Tensor): number {
    assertSameShape('MSELoss()', 'target', target.shape, prediction.shape);
    this.prediction = prediction;
    this.target = target;
    return getBackend().squaredError(prediction.data, target.data) / prediction.size;
  }

  /** d loss / d prediction = 2 (prediction - target) / n, for the last forward. */
  backward(): Tensor {
    const p = this.prediction;
    const t = this.target;
    if (p === null || t === null) throw new Error('MSELoss(): backward called before forward');
    const dp = Tensor.zeros(p.shape);
    getBackend().squaredErrorBackward(p.data, t.data, 2 / p.size, dp.data);
    return dp;
  }

  describe(): string {
    return 'MSELoss()';
  }
}
