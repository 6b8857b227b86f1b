// Cross-entropy loss, as torch.nn.CrossEntropyLoss (reduction 'mean'): the classification loss of
// lessons 2 to 7. It takes raw logits [N, C] (no softmax before it) and one class index per row:
// loss = mean over rows of -sum_c q_c log softmax(logits)_c, with the target distribution
// q = (1 - labelSmoothing) onehot(target) + labelSmoothing / C (Szegedy et al. 2016,
// https://arxiv.org/abs/1512.00567). It is LogSoftmax then NLLLoss, one kernel each; log-softmax's
// log-sum-exp keeps it finite for any finite logits. Not a Module: its backward starts the chain.
import type { ChannelLayout } from '../kernels/backend';
import { getBackend } from '../kernels/current-backend';
import { Tensor } from '../tensor';
import { type ClassTargets, checkClassTargets } from './class-targets';

export interface CrossEntropyLossOptions {
  /** In [0, 1]; defaults to 0 (plain one-hot targets). */
  labelSmoothing?: number;
}

export class CrossEntropyLoss {
  readonly labelSmoothing: number;
  private logProbs: Tensor | null = null;
  private targets: Int32Array | null = null;
  private layout: ChannelLayout | null = null;

  constructor(options: CrossEntropyLossOptions = {}) {
    this.labelSmoothing = options.labelSmoothing ?? 0;
    if (!(this.labelSmoothing >= 0 && this.labelSmoothing <= 1)) {
      throw new Error(`CrossEntropyLoss: labelSmoothing must be in [0, 1], got ${this.labelSmoothing}`);
    }
  }

  /** The mean loss over the batch of logits [N, C] against class indices in [0, C). */
  forward(logits: Tensor, target: ClassTargets): number {
    const { layout, targets } = checkClassTargets(this.describe(), logits, target);
    const backend = getBackend();
    const logProbs = Tensor.zeros(logits.shape);
    backend.logSoftmax(logits.data, logProbs.data, layout);
    this.logProbs = logProbs;
    this.targets = targets;
    this.layout = layout;
    return backend.nllLoss(logProbs.data, targets, layout, this.labelSmoothing) / layout.outer;
  }

  /** d loss / d logits = (softmax(logits) - q) / N, through the two kernels' backwards. */
  backward(): Tensor {
    const { logProbs, targets, layout } = this;
    if (logProbs === null || targets === null || layout === null) throw new Error(`${this.describe()}: backward called before forward`);
    const backend = getBackend();
    const dlogProbs = Tensor.zeros(logProbs.shape);
    backend.nllLossBackward(targets, dlogProbs.data, layout, this.labelSmoothing, 1 / layout.outer);
    const dlogits = Tensor.zeros(logProbs.shape);
    backend.logSoftmaxBackward(logProbs.data, dlogProbs.data, dlogits.data, layout);
    return dlogits;
  }

  describe(): string {
    return this.labelSmoothing === 0 ? 'CrossEntropyLoss()' : `CrossEntropyLoss(labelSmoothing=${this.labelSmoothing})`;
  }
}
