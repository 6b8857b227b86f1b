// BatchNorm2d, as torch.nn.BatchNorm2d: batch normalization of feature maps x [N, C, H, W], with
// statistics per channel over N, H and W. Lesson 6's BetterConvNet puts one after every Conv2d;
// the maths is in batch-norm.ts.
import type { ChannelLayout } from '../kernels/backend';
import { BatchNorm, type BatchNormOptions } from './batch-norm';

export class BatchNorm2d extends BatchNorm {
  constructor(numFeatures: number, options: BatchNormOptions = {}) {
    super(numFeatures, options);
  }

  protected name(): string {
    return 'BatchNorm2d';
  }

  protected layoutOf(shape: readonly number[]): ChannelLayout | null {
    return shape.length === 4 ? { outer: shape[0], channels: shape[1], inner: shape[2] * shape[3] } : null;
  }

  protected expectedShapes(): string {
    return `[N, ${this.numFeatures}, H, W]`;
  }
}
