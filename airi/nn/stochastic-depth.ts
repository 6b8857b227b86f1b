// Stochastic depth (Huang et al. 2016, https://arxiv.org/abs/1603.09382), as torchvision.ops.StochasticDepth:
// while training, a residual branch's output is dropped for whole images with probability p (mode
// "row", EfficientNet's) or for the whole batch at once (mode "batch"), and the survivors are scaled by
// 1 / (1 - p), so the expected output is unchanged; outside training it is the identity. The residual
// block around it then adds the skip, so a dropped image passes through the block unchanged: in
// effect the network trains with random depth. The masks come from the run's seeded Rng.
import { getBackend } from '../kernels/current-backend';
import type { Rng } from '../rng';
import { Tensor, assertSameShape } from '../tensor';
import type { Module, Parameter } from './module';

export interface StochasticDepthOptions {
  /** Draws the masks; pass the run's generator so a seed replays them. */
  rng: Rng;
}

export class StochasticDepth implements Module {
  private readonly rng: Rng;
  /** The last training forward's per-image scale (0 or 1 / (1 - p)); null after an identity forward. */
  private scale: Float32Array | null = null;
  private inputShape: number[] | null = null;

  constructor(
    readonly p: number,
    readonly mode: 'row' | 'batch',
    options: StochasticDepthOptions,
  ) {
    if (!(p >= 0 && p <= 1)) throw new Error(`StochasticDepth: p must be a probability in [0, 1], got ${p}`);
    if (mode !== 'row' && mode !== 'batch') throw new Error(`StochasticDepth: mode must be "row" or "batch", got ${JSON.stringify(mode)}`);
    this.rng = options.rng;
  }

  forward(x: Tensor, training = false): Tensor {
    this.inputShape = x.shape;
    if (!training || this.p === 0) {
      this.scale = null;
      return x; // the identity, returned as is; no layer writes into its input
    }
    const images = x.shape[0];
    // p = 1 keeps nothing (torchvision then leaves the zeros unscaled).
    const survivor = this.p === 1 ? 0 : 1 / (1 - this.p);
    const draw = () => (this.rng.uniform() < this.p ? 0 : survivor);
    const batchDraw = this.mode === 'batch' ? draw() : 0;
    const scale = Float32Array.from({ length: images }, () => (this.mode === 'batch' ? batchDraw : draw()));
    const y = Tensor.zeros(x.shape);
    getBackend().scaleChannels(x.data, scale, y.data, this.layout(x.shape));
    this.scale = scale;
    return y;
  }

  // y = x * scale[n], so dx = dout * scale[n]: a dropped image passes no gradient through the branch.
  backward(dout: Tensor): Tensor {
    if (this.inputShape === null) throw new Error(`${this.describe()}: backward called before forward`);
    assertSameShape(`${this.describe()}.backward`, 'dout', dout.shape, this.inputShape);
    if (this.scale === null) return dout;
    const dx = Tensor.zeros(dout.shape);
    getBackend().scaleChannels(dout.data, this.scale, dx.data, this.layout(dout.shape));
    return dx;
  }

  parameters(): Parameter[] {
    return [];
  }

  describe(): string {
    return `StochasticDepth(p=${this.p}, mode=${this.mode})`;
  }

  /** Each image is one "channel" of all its values. */
  private layout(shape: readonly number[]): { outer: number; channels: number; inner: number } {
    return { outer: 1, channels: shape[0], inner: shape.slice(1).reduce((a, b) => a * b, 1) };
  }
}
