// Linear (fully connected) layer: y = x W^T + b, as torch.nn.Linear. Lesson 1's MLP is made of these;
// later lessons use one as the classifier head. Shapes: x [N, inFeatures], W [outFeatures, inFeatures]
// (PyTorch's layout, so weights transfer as is), b [outFeatures], y [N, outFeatures].
import { type InitName, initBias, initWeight } from '../init/initialize';
import { getBackend } from '../kernels/current-backend';
import type { Rng } from '../rng';
import { Tensor, assertSameShape, formatShape } from '../tensor';
import { type Module, type Parameter, createParameter } from './module';

export interface LinearOptions {
  /** Draws the initial weights (then the bias), so a seed reproduces them. */
  rng: Rng;
  /** Defaults to 'pytorch-default': U(-1/sqrt(inFeatures), 1/sqrt(inFeatures)) for weight and bias. */
  init?: InitName;
  /** Defaults to true. */
  bias?: boolean;
}

export class Linear implements Module {
  readonly weight: Parameter;
  readonly bias: Parameter | null;
  private input: Tensor | null = null;

  constructor(
    readonly inFeatures: number,
    readonly outFeatures: number,
    options: LinearOptions,
  ) {
    for (const [key, value] of [['inFeatures', inFeatures], ['outFeatures', outFeatures]] as const) {
      if (!Number.isInteger(value) || value < 1) throw new Error(`Linear: ${key} must be a positive integer, got ${value}`);
    }
    const init = options.init ?? 'pytorch-default';
    const fans = { fanIn: inFeatures, fanOut: outFeatures };
    this.weight = createParameter('weight', Tensor.zeros([outFeatures, inFeatures]));
    initWeight(this.weight.value, init, fans, options.rng);
    this.bias = options.bias === false ? null : createParameter('bias', Tensor.zeros([outFeatures]));
    if (this.bias) initBias(this.bias.value, init, fans, options.rng);
  }

  forward(x: Tensor, _training?: boolean): Tensor {
    if (x.shape.length !== 2 || x.shape[1] !== this.inFeatures) {
      throw new Error(`${this.describe()}: input has shape ${formatShape(x.shape)}, expected [N, ${this.inFeatures}]`);
    }
    const n = x.shape[0];
    const y = Tensor.zeros([n, this.outFeatures]);
    const backend = getBackend();
    // y[N, out] = x[N, in] · W[out, in]^T
    backend.gemm(x.data, this.weight.value.data, y.data, { transA: false, transB: true, m: n, n: this.outFeatures, k: this.inFeatures });
    if (this.bias) backend.biasAdd(y.data, this.bias.value.data, { outer: n, channels: this.outFeatures, inner: 1 });
    this.input = x;
    return y;
  }

  backward(dout: Tensor): Tensor {
    const x = this.backwardParametersOf(dout);
    // dx[N, in] = dout[N, out] · W[out, in]
    const dx = Tensor.zeros(x.shape);
    getBackend().gemm(dout.data, this.weight.value.data, dx.data, { transA: false, transB: false, m: x.shape[0], n: this.inFeatures, k: this.outFeatures });
    return dx;
  }

  /** The parameter gradients alone: for a first layer, whose input (the images) needs no gradient. */
  backwardParameters(dout: Tensor): void {
    this.backwardParametersOf(dout);
  }

  /** Accumulates dW and db; returns the cached input. */
  private backwardParametersOf(dout: Tensor): Tensor {
    const x = this.input;
    if (x === null) throw new Error(`${this.describe()}: backward called before forward`);
    const n = x.shape[0];
    assertSameShape(`${this.describe()}.backward`, 'dout', dout.shape, [n, this.outFeatures]);
    const backend = getBackend();
    // dW[out, in] += dout[N, out]^T · x[N, in]   (beta = 1: gradients accumulate)
    backend.gemm(dout.data, x.data, this.weight.grad.data, { transA: true, transB: false, m: this.outFeatures, n: this.inFeatures, k: n, beta: 1 });
    // db[out] += sum over the batch of dout
    if (this.bias) backend.biasAddBackward(dout.data, this.bias.grad.data, { outer: n, channels: this.outFeatures, inner: 1 });
    return x;
  }

  parameters(): Parameter[] {
    return this.bias ? [this.weight, this.bias] : [this.weight];
  }

  describe(): string {
    return `Linear(${this.inFeatures} → ${this.outFeatures}${this.bias ? '' : ', bias=false'})`;
  }
}
