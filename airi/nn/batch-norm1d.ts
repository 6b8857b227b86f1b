// BatchNorm1d, as torch.nn.BatchNorm1d: batch normalization of features, x [N, C] (statistics over N)
// or [N, C, L] (over N and L). Used after Linear layers; the maths is in batch-norm.ts.
import type { ChannelLayout } from '../kernels/backend';
import { BatchNorm, type BatchNormOptions } from './batch-norm';

export class BatchNorm1d extends BatchNorm {
  constructor(numFeatures: number, options: BatchNormOptions = {}) {
    super(numFeatures, options);
  }

  protected name(): string {
    return 'BatchNorm1d';
  }

  protected layoutOf(shape: readonly number[]): ChannelLayout | null {
    if (shape.length === 2) return { outer: shape[0], channels: shape[1], inner: 1 };
    if (shape.length === 3) return { outer: shape[0], channels: shape[1], inner: shape[2] };
    return null;
  }

  protected expectedShapes(): string {
    return `[N, ${this.numFeatures}] or [N, ${this.numFeatures}, L]`;
  }
}
