// An optimizer's state as named tensors, the way torch.optim's state_dict() keys it: the step count
// under "step" and each parameter's buffers under "<index>.<buffer>" ("0.exp_avg", "3.momentum_buffer"),
// index being the parameter's place in the list the optimizer was given. A run that stops keeps this
// beside its weights; a fresh optimizer over the same parameters loads it and steps on exactly as the
// first would have (Adam's moments and bias correction, SGD's momentum, Adagrad's sums).
import type { Parameter } from '../nn/module';
import { Tensor, formatShape, sameShape } from '../tensor';

/** The step count is stored as one float32: exact up to 2^24 steps, far past any lesson's length. */
const MAX_STEP = 2 ** 24;

/** Each kind of buffer an optimizer keeps, one Float32Array per parameter (null: not kept with these options). */
export type BufferSets = Record<string, Float32Array[] | null>;

/** The state of an optimizer over `params`: its own buffers, not copies (save them before stepping on). */
export function optimizerState(params: readonly Parameter[], step: number, buffers: BufferSets): Record<string, Tensor> {
  if (!Number.isInteger(step) || step < 0 || step > MAX_STEP) throw new Error(`optimizer state: step ${step} cannot be stored exactly`);
  const state: Record<string, Tensor> = { step: Tensor.fromArray([step], [1]) };
  for (const [kind, set] of Object.entries(buffers)) {
    if (!set) continue;
    set.forEach((buffer, i) => {
      state[`${i}.${kind}`] = new Tensor(buffer, params[i].value.shape);
    });
  }
  return state;
}

/**
 * Checks `state` against what the optimizer keeps (every name present, none extra, every shape its
 * parameter's) and only then copies it in, so a refused state leaves the optimizer as it was.
 * Returns the stored step count.
 */
export function loadOptimizerState(where: string, params: readonly Parameter[], buffers: BufferSets, state: Record<string, Tensor>): number {
  const expected = new Map<string, { buffer: Float32Array; shape: readonly number[] }>();
  for (const [kind, set] of Object.entries(buffers)) {
    set?.forEach((buffer, i) => expected.set(`${i}.${kind}`, { buffer, shape: params[i].value.shape }));
  }
  const problems: string[] = [];
  const missing = ['step', ...expected.keys()].filter((name) => !(name in state));
  if (missing.length > 0) problems.push(`missing ${missing.map((n) => `"${n}"`).join(', ')}`);
  const unexpected = Object.keys(state).filter((name) => name !== 'step' && !expected.has(name));
  if (unexpected.length > 0) problems.push(`unexpected ${unexpected.map((n) => `"${n}"`).join(', ')}`);
  for (const [name, { shape }] of expected) {
    const stored = state[name];
    if (stored && !sameShape(stored.shape, shape)) {
      problems.push(`"${name}" has shape ${formatShape(stored.shape)} in the state and ${formatShape(shape)} in the model`);
    }
  }
  const step = state.step?.size === 1 ? state.step.data[0] : Number.NaN;
  if (state.step && !(Number.isInteger(step) && step >= 0)) problems.push(`"step" must be one whole number >= 0, got ${formatShape(state.step.shape)} ${step}`);
  if (problems.length > 0) throw new Error(`${where}.loadStateDict: the state does not fit this optimizer: ${problems.join('; ')}`);
  for (const [name, { buffer }] of expected) buffer.set(state[name].data);
  return step;
}
