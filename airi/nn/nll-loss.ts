// Negative log-likelihood loss, as torch.nn.NLLLoss (reduction 'mean'): takes log-probabilities [N, C]
// (a LogSoftmax's output) and one class index per row, and returns mean(-logProbs[n, target[n]]).
// Lesson 2 builds cross-entropy from LogSoftmax + NLLLoss before using CrossEntropyLoss directly.
import type { ChannelLayout } from '../kernels/backend';
import { getBackend } from '../kernels/current-backend';
import { Tensor } from '../tensor';
import { type ClassTargets, checkClassTargets } from './class-targets';

export class NLLLoss {
  private inputShape: number[] | null = null;
  private targets: Int32Array | null = null;
  private layout: ChannelLayout | null = null;

  /** The mean over the batch of -logProbs[n, target[n]]. */
  forward(logProbs: Tensor, target: ClassTargets): number {
    const { layout, targets } = checkClassTargets(this.describe(), logProbs, target);
    this.inputShape = logProbs.shape;
    this.targets = targets;
    this.layout = layout;
    return getBackend().nllLoss(logProbs.data, targets, layout, 0) / layout.outer;
  }

  /** d loss / d logProbs: -1 / N at each row's target, 0 elsewhere (the loss is linear in its input). */
  backward(): Tensor {
    const { inputShape, targets, layout } = this;
    if (inputShape === null || targets === null || layout === null) throw new Error(`${this.describe()}: backward called before forward`);
    const dlogProbs = Tensor.zeros(inputShape);
    getBackend().nllLossBackward(targets, dlogProbs.data, layout, 0, 1 / layout.outer);
    return dlogProbs;
  }

  describe(): string {
    return 'NLLLoss()';
  }
}
