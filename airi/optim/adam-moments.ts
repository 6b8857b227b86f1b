// What Adam and AdamW share: the two moment buffers per parameter, the step count t for the bias
// corrections, and the checks of lr, betas, eps and weight decay. Each subclass says only how one
// parameter is updated (adam.ts, adamw.ts hold the equations).
import type { AdamStepOptions, Backend } from '../kernels/backend';
import { getBackend } from '../kernels/current-backend';
import type { Parameter } from '../nn/module';
import type { Tensor } from '../tensor';
import { type Optimizer, checkRange } from './optimizer';
import { type BufferSets, loadOptimizerState, optimizerState } from './optimizer-state';

export interface AdamFamilyOptions {
  lr: number;
  /** Decay rates of the two moment averages; default [0.9, 0.999]. */
  betas?: readonly [number, number];
  /** Defaults to 1e-8. */
  eps?: number;
  weightDecay?: number;
}

export abstract class AdamMoments implements Optimizer {
  lr: number;
  readonly params: readonly Parameter[];
  readonly betas: readonly [number, number];
  readonly eps: number;
  readonly weightDecay: number;
  /** Steps taken so far: t in the bias corrections. */
  private t = 0;
  private readonly m: Float32Array[];
  private readonly v: Float32Array[];
  /** "Adam" or "AdamW", for error messages. */
  private readonly name: string;

  protected constructor(name: string, params: Parameter[], options: AdamFamilyOptions, defaultWeightDecay: number) {
    const { lr, betas = [0.9, 0.999], eps = 1e-8, weightDecay = defaultWeightDecay } = options;
    checkRange(name, 'lr', lr, 0, Infinity);
    checkRange(name, 'betas[0]', betas[0], 0, 1, true);
    checkRange(name, 'betas[1]', betas[1], 0, 1, true);
    checkRange(name, 'eps', eps, 0, Infinity);
    checkRange(name, 'weightDecay', weightDecay, 0, Infinity);
    this.name = name;
    this.params = [...params];
    this.lr = lr;
    this.betas = [betas[0], betas[1]];
    this.eps = eps;
    this.weightDecay = weightDecay;
    this.m = this.params.map((p) => new Float32Array(p.value.size));
    this.v = this.params.map((p) => new Float32Array(p.value.size));
  }

  /** How many steps have been taken. */
  get stepCount(): number {
    return this.t;
  }

  /** One parameter's update, by the subclass's kernel. */
  protected abstract update(backend: Backend, param: Float32Array, grad: Float32Array, m: Float32Array, v: Float32Array, options: AdamStepOptions): void;

  step(): void {
    this.t += 1;
    const options: AdamStepOptions = {
      lr: this.lr,
      beta1: this.betas[0],
      beta2: this.betas[1],
      eps: this.eps,
      weightDecay: this.weightDecay,
      step: this.t,
    };
    const backend = getBackend();
    this.params.forEach((p, i) => this.update(backend, p.value.data, p.grad.data, this.m[i], this.v[i], options));
  }

  zeroGrad(): void {
    for (const p of this.params) p.grad.data.fill(0);
  }

  /** The buffers under PyTorch's names for them. */
  private bufferSets(): BufferSets {
    return { exp_avg: this.m, exp_avg_sq: this.v };
  }

  stateDict(): Record<string, Tensor> {
    return optimizerState(this.params, this.t, this.bufferSets());
  }

  loadStateDict(state: Record<string, Tensor>): void {
    this.t = loadOptimizerState(this.name, this.params, this.bufferSets(), state);
  }
}
