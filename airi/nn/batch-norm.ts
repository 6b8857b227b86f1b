// Batch normalization (Ioffe & Szegedy 2015, https://arxiv.org/abs/1502.03167), shared by BatchNorm1d
// and BatchNorm2d (lesson 6's BetterConvNet): y = weight * (x - mean) / sqrt(var + eps) + bias per
// channel. Exactly PyTorch's semantics:
// - training: mean and variance of the batch (biased, divisor n) normalize; running_mean and
//   running_var move towards the batch's mean and UNBIASED variance (divisor n - 1) by `momentum`:
//   running = (1 - momentum) * running + momentum * batch;
// - evaluation (training = false, airi's default): running_mean and running_var normalize.
// The subclasses only say which input shapes they accept and how those map to [outer, channels, inner].
import type { ChannelLayout } from '../kernels/backend';
import { getBackend } from '../kernels/current-backend';
import { Tensor, assertSameShape, formatShape } from '../tensor';
import type { ModuleBuffer } from './buffers';
import { type Module, type Parameter, createParameter } from './module';

export interface BatchNormOptions {
  /** Added to the variance before the square root; defaults to 1e-5. */
  eps?: number;
  /** Weight of the new batch in the running statistics; defaults to 0.1. */
  momentum?: number;
}

/** What backward needs from the forward it follows. */
interface BatchNormCache {
  x: Tensor;
  layout: ChannelLayout;
  mean: Float32Array;
  invStd: Float32Array;
  batchStats: boolean;
}

export abstract class BatchNorm implements Module {
  /** gamma, initialized to 1 ("weight" in PyTorch's state_dict). */
  readonly weight: Parameter;
  /** beta, initialized to 0. */
  readonly bias: Parameter;
  readonly runningMean: Tensor;
  readonly runningVar: Tensor;
  readonly eps: number;
  readonly momentum: number;
  private cache: BatchNormCache | null = null;

  protected constructor(
    readonly numFeatures: number,
    options: BatchNormOptions,
  ) {
    if (!Number.isInteger(numFeatures) || numFeatures < 1) {
      throw new Error(`${this.name()}: numFeatures must be a positive integer, got ${numFeatures}`);
    }
    this.eps = options.eps ?? 1e-5;
    this.momentum = options.momentum ?? 0.1;
    if (!(this.eps > 0)) throw new Error(`${this.name()}: eps must be positive, got ${this.eps}`);
    if (!(this.momentum >= 0 && this.momentum <= 1)) throw new Error(`${this.name()}: momentum must be in [0, 1], got ${this.momentum}`);
    this.weight = createParameter('weight', Tensor.fromArray(new Float32Array(numFeatures).fill(1), [numFeatures]));
    this.bias = createParameter('bias', Tensor.zeros([numFeatures]));
    this.runningMean = Tensor.zeros([numFeatures]);
    this.runningVar = Tensor.fromArray(new Float32Array(numFeatures).fill(1), [numFeatures]);
  }

  /** "BatchNorm1d" or "BatchNorm2d". */
  protected abstract name(): string;
  /** The input as [outer, channels, inner], or null when this variant does not accept its shape. */
  protected abstract layoutOf(shape: readonly number[]): ChannelLayout | null;
  /** The accepted shapes, for error messages: "[N, 16] or [N, 16, L]". */
  protected abstract expectedShapes(): string;

  forward(x: Tensor, training = false): Tensor {
    const layout = this.layoutOf(x.shape);
    if (layout === null || layout.channels !== this.numFeatures) {
      throw new Error(`${this.describe()}: input has shape ${formatShape(x.shape)}, expected ${this.expectedShapes()}`);
    }
    const channels = this.numFeatures;
    const backend = getBackend();
    const mean = new Float32Array(channels);
    const invStd = new Float32Array(channels);
    if (training) {
      const count = layout.outer * layout.inner;
      // As PyTorch: one value per channel has no variance, and the unbiased estimate would divide by 0.
      if (count < 2) {
        throw new Error(`${this.describe()}: training needs more than 1 value per channel, got input shape ${formatShape(x.shape)}`);
      }
      const variance = new Float32Array(channels);
      backend.batchNormStats(x.data, mean, variance, layout);
      const rm = this.runningMean.data;
      const rv = this.runningVar.data;
      const m = this.momentum;
      // One update per channel: bookkeeping, not a loop over the data, so it stays in the layer.
      for (let c = 0; c < channels; c++) {
        invStd[c] = 1 / Math.sqrt(variance[c] + this.eps);
        rm[c] = (1 - m) * rm[c] + m * mean[c];
        rv[c] = (1 - m) * rv[c] + m * variance[c] * (count / (count - 1));
      }
    } else {
      mean.set(this.runningMean.data);
      for (let c = 0; c < channels; c++) invStd[c] = 1 / Math.sqrt(this.runningVar.data[c] + this.eps);
    }
    const y = Tensor.zeros(x.shape);
    backend.batchNorm(x.data, mean, invStd, this.weight.value.data, this.bias.value.data, y.data, layout);
    this.cache = { x, layout, mean, invStd, batchStats: training };
    return y;
  }

  backward(dout: Tensor): Tensor {
    const cache = this.cache;
    if (cache === null) throw new Error(`${this.describe()}: backward called before forward`);
    const { x, layout, mean, invStd, batchStats } = cache;
    assertSameShape(`${this.describe()}.backward`, 'dout', dout.shape, x.shape);
    const dx = Tensor.zeros(x.shape);
    getBackend().batchNormBackward(
      x.data,
      dout.data,
      mean,
      invStd,
      this.weight.value.data,
      dx.data,
      this.weight.grad.data,
      this.bias.grad.data,
      layout,
      batchStats,
    );
    return dx;
  }

  parameters(): Parameter[] {
    return [this.weight, this.bias];
  }

  /** running_mean and running_var, PyTorch's buffer names (num_batches_tracked is not kept: momentum is fixed). */
  buffers(): ModuleBuffer[] {
    return [
      { name: 'running_mean', value: this.runningMean },
      { name: 'running_var', value: this.runningVar },
    ];
  }

  describe(): string {
    return `${this.name()}(${this.numFeatures}, eps=${this.eps}, momentum=${this.momentum})`;
  }
}
