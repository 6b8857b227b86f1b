// Reference negative log-likelihood kernels behind NLLLoss and CrossEntropyLoss (lessons 2 to 7), with
// PyTorch's label smoothing: the target distribution is (1 - e) onehot + e / C, and the loss is its
// cross-entropy with the predicted log-probabilities. Positions are [outer, inner] ([N] for [N, C]).
import type { ChannelLayout } from '../backend';

export function nllLoss(logProbs: Float32Array, targets: Int32Array, { outer, channels, inner }: ChannelLayout, labelSmoothing: number): number {
  let total = 0; // float64: a batch of small per-sample losses must not lose digits
  for (let o = 0; o < outer; o++) {
    for (let i = 0; i < inner; i++) {
      const start = o * channels * inner + i;
      let loss = -logProbs[start + targets[o * inner + i] * inner];
      if (labelSmoothing > 0) {
        let sum = 0;
        for (let c = 0; c < channels; c++) sum += logProbs[start + c * inner];
        loss = (1 - labelSmoothing) * loss - (labelSmoothing / channels) * sum;
      }
      total += loss;
    }
  }
  return total;
}

// The loss is linear in the log-probabilities, so its gradient is minus the (scaled) target distribution.
export function nllLossBackward(
  targets: Int32Array,
  dlogProbs: Float32Array,
  { outer, channels, inner }: ChannelLayout,
  labelSmoothing: number,
  scale: number,
): void {
  dlogProbs.fill(labelSmoothing > 0 ? -scale * (labelSmoothing / channels) : 0); // +0, not -0, without smoothing
  for (let o = 0; o < outer; o++) {
    for (let i = 0; i < inner; i++) {
      dlogProbs[o * channels * inner + targets[o * inner + i] * inner + i] -= scale * (1 - labelSmoothing);
    }
  }
}
