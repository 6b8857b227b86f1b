// What every optimizer offers a training loop (lesson 1 on): update the parameters from their
// gradients, clear the gradients, and a learning rate a schedule may change between steps.
import type { Parameter } from '../nn/module';
import type { Tensor } from '../tensor';

export interface Optimizer {
  /** Read at every step, so a schedule can set it between steps. */
  lr: number;
  readonly params: readonly Parameter[];
  /** Updates every parameter in place from its accumulated gradient. */
  step(): void;
  /** Sets every gradient to zero; call before each backward, since backward accumulates. */
  zeroGrad(): void;
  /**
   * Everything step() remembers between steps, as named tensors (optimizer-state.ts): the step count
   * and each parameter's buffers, so a stopped run can be continued. The optimizer's own buffers.
   */
  stateDict(): Record<string, Tensor>;
  /** Restores a stateDict() of an optimizer of the same kind and options over parameters of the same shapes. */
  loadStateDict(state: Record<string, Tensor>): void;
}

/** Checks a hyperparameter and names the optimizer and the value when it is out of range. */
export function checkRange(where: string, key: string, value: number, min: number, max: number, maxExclusive = false): void {
  const ok = Number.isFinite(value) && value >= min && (maxExclusive ? value < max : value <= max);
  if (!ok) throw new Error(`${where}: ${key} must be in [${min}, ${max}${maxExclusive ? ')' : ']'}, got ${value}`);
}
