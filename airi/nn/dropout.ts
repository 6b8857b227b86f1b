// Dropout (Srivastava et al. 2014, https://jmlr.org/papers/v15/srivastava14a.html), as torch.nn.Dropout:
// in training each element is zeroed with probability p and the survivors are scaled by 1 / (1 - p)
// ("inverted" dropout), so the expected activation is unchanged and evaluation needs no rescaling.
// Outside training it is the identity. Lesson 7's VGG head uses it. The mask comes from the run's
// seeded Rng, so a replayed run drops the same units.
import { getBackend } from '../kernels/current-backend';
import type { Rng } from '../rng';
import { Tensor, assertSameShape } from '../tensor';
import type { Module, Parameter } from './module';

export interface DropoutOptions {
  /** Draws the masks; pass the run's generator so a seed replays them. */
  rng: Rng;
}

export class Dropout implements Module {
  private readonly rng: Rng;
  /** The scaled keep-mask of the last training forward (0 or 1 / (1 - p)); null after an evaluation forward. */
  private mask: Float32Array | null = null;
  private inputShape: number[] | null = null;

  constructor(
    readonly p: number,
    options: DropoutOptions,
  ) {
    if (!(p >= 0 && p <= 1)) throw new Error(`Dropout: p must be a probability in [0, 1], got ${p}`);
    this.rng = options.rng;
  }

  forward(x: Tensor, training = false): Tensor {
    this.inputShape = x.shape;
    if (!training || this.p === 0) {
      this.mask = null;
      return x; // the identity, returned as is (as PyTorch does); no layer writes into its input
    }
    // p = 1 keeps nothing; the scale is never used then, so 1 / 0 never reaches the data.
    const scale = this.p === 1 ? 0 : 1 / (1 - this.p);
    const mask = new Float32Array(x.size);
    for (let i = 0; i < mask.length; i++) mask[i] = this.rng.uniform() < this.p ? 0 : scale;
    const y = Tensor.zeros(x.shape);
    getBackend().multiply(x.data, mask, y.data);
    this.mask = mask;
    return y;
  }

  // y = x * mask, so dx = dout * mask: dropped units pass no gradient, kept ones pass it scaled.
  backward(dout: Tensor): Tensor {
    if (this.inputShape === null) throw new Error(`${this.describe()}: backward called before forward`);
    assertSameShape(`${this.describe()}.backward`, 'dout', dout.shape, this.inputShape);
    if (this.mask === null) return dout;
    const dx = Tensor.zeros(dout.shape);
    getBackend().multiply(dout.data, this.mask, dx.data);
    return dx;
  }

  parameters(): Parameter[] {
    return [];
  }

  describe(): string {
    return `Dropout(p=${this.p})`;
  }
}
