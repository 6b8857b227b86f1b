// State dicts, as PyTorch's module.state_dict() and load_state_dict(): every parameter and buffer
// of a model under PyTorch's names ("0.weight", "1.running_mean"), the form safetensors files hold.
// Lessons save a trained model with saveSafetensors(stateDict(model)) and restore it with
// loadStateDict(model, loadSafetensors(bytes).tensors).
import { namedBuffers } from '../nn/buffers';
import type { Module } from '../nn/module';
import { type Tensor, formatShape, sameShape } from '../tensor';

/**
 * PyTorch BatchNorm layers also save num_batches_tracked, a step counter that only matters with
 * momentum=None; airi's BatchNorm keeps none, so loading a PyTorch file skips these keys.
 */
const IGNORED_SUFFIX = 'num_batches_tracked';

/**
 * Every parameter and buffer of `module` by name. Like PyTorch's, the tensors are the module's own
 * (not copies): save or clone them, do not modify them.
 */
export function stateDict(module: Module): Record<string, Tensor> {
  const out: Record<string, Tensor> = {};
  for (const { name, value } of [...module.parameters(), ...namedBuffers(module)]) {
    if (name in out) throw new Error(`stateDict: two tensors are named "${name}"`);
    out[name] = value;
  }
  return out;
}

export interface LoadStateDictOptions {
  /** As PyTorch: when true (the default), a missing or unexpected key is an error; when false, they are only reported. */
  strict?: boolean;
}

export interface LoadStateDictResult {
  missingKeys: string[];
  unexpectedKeys: string[];
}

/**
 * Copies `tensors` into the module's parameters and buffers, in place (optimizers keep pointing at
 * the same tensors). Everything is checked before anything is copied, so a failed load leaves the
 * model as it was. A shape mismatch is always an error, naming the key and both shapes.
 */
export function loadStateDict(module: Module, tensors: Record<string, Tensor>, { strict = true }: LoadStateDictOptions = {}): LoadStateDictResult {
  const own = stateDict(module);
  const where = 'loadStateDict';
  const missingKeys = Object.keys(own).filter((key) => !(key in tensors));
  const unexpectedKeys = Object.keys(tensors).filter((key) => !(key in own) && !(key === IGNORED_SUFFIX || key.endsWith(`.${IGNORED_SUFFIX}`)));
  if (strict && (missingKeys.length > 0 || unexpectedKeys.length > 0)) {
    const lines = [];
    if (missingKeys.length > 0) lines.push(`missing keys: ${missingKeys.map((k) => `"${k}"`).join(', ')}`);
    if (unexpectedKeys.length > 0) lines.push(`unexpected keys: ${unexpectedKeys.map((k) => `"${k}"`).join(', ')}`);
    throw new Error(`${where}: ${lines.join('; ')}`);
  }
  const mismatches = Object.keys(own)
    .filter((key) => key in tensors && !sameShape(tensors[key].shape, own[key].shape))
    .map((key) => `"${key}" has shape ${formatShape(tensors[key].shape)} in the file and ${formatShape(own[key].shape)} in the model`);
  if (mismatches.length > 0) throw new Error(`${where}: size mismatch: ${mismatches.join('; ')}`);
  for (const key of Object.keys(own)) {
    if (key in tensors) own[key].data.set(tensors[key].data);
  }
  return { missingKeys, unexpectedKeys };
}
