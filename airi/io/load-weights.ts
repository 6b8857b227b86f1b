// Pretrained weights onto an airi model, by name (lessons 7 and 8): torchvision's state dicts (read by
// lab/ from a .pth or a safetensors file) use the same module paths as airi's models
// ("features.1.0.block.0.1.running_var"), so each tensor goes where its name says, after every shape
// has been checked. For transfer learning, `keep` names the parts that stay as initialized, such as a
// new classifier head for other classes. Nothing is copied unless everything fits, so a failed load
// leaves the model as it was. The error is a WeightsMismatchError whose fields say what did not
// match, so the app can word it in the learner's language.
import type { Module } from '../nn/module';
import { type Tensor, formatShape, sameShape } from '../tensor';
import { stateDict } from './state-dict';

/** PyTorch's BatchNorm step counter: airi keeps none, so files may carry it and the model never asks for it. */
const IGNORED_SUFFIX = 'num_batches_tracked';

export interface ShapeMismatch {
  key: string;
  fileShape: number[];
  modelShape: number[];
}

export class WeightsMismatchError extends Error {
  constructor(
    /** Tensors the model needs that the file lacks. */
    readonly missingKeys: string[],
    /** Tensors in the file the model has no place for. */
    readonly unexpectedKeys: string[],
    /** Tensors present in both with different shapes. */
    readonly shapeMismatches: ShapeMismatch[],
  ) {
    const parts: string[] = [];
    const list = (keys: string[]) => `${keys.slice(0, 5).map((k) => `"${k}"`).join(', ')}${keys.length > 5 ? ` and ${keys.length - 5} more` : ''}`;
    if (shapeMismatches.length > 0) {
      const shown = shapeMismatches.slice(0, 5).map((m) => `"${m.key}" is ${formatShape(m.fileShape)} in the file but ${formatShape(m.modelShape)} in the model`);
      parts.push(`shape mismatch: ${shown.join('; ')}${shapeMismatches.length > 5 ? ` and ${shapeMismatches.length - 5} more` : ''}`);
    }
    if (missingKeys.length > 0) parts.push(`${missingKeys.length} missing from the file: ${list(missingKeys)}`);
    if (unexpectedKeys.length > 0) parts.push(`${unexpectedKeys.length} not in the model: ${list(unexpectedKeys)}`);
    super(`the weights do not fit the model (${parts.join('; ')})`);
    this.name = 'WeightsMismatchError';
  }
}

export interface LoadWeightsOptions {
  /** Key prefixes ("classifier.1.") whose tensors keep the model's own values; the file's are ignored. */
  keep?: string[];
}

export interface LoadWeightsReport {
  /** Keys copied from the file. */
  loaded: string[];
  /** The model's keys left as they were (under `keep`). */
  kept: string[];
}

/** Copies `tensors` into `model` by name; throws a WeightsMismatchError, before copying anything, unless every key and shape fits. */
export function loadWeightsByName(model: Module, tensors: Record<string, Tensor>, { keep = [] }: LoadWeightsOptions = {}): LoadWeightsReport {
  const kept = (key: string) => keep.some((prefix) => key.startsWith(prefix));
  const own = stateDict(model);
  const wanted = Object.keys(own).filter((key) => !kept(key));
  const missing = wanted.filter((key) => !(key in tensors));
  const unexpected = Object.keys(tensors).filter(
    (key) => !(key in own) && !kept(key) && !(key === IGNORED_SUFFIX || key.endsWith(`.${IGNORED_SUFFIX}`)),
  );
  const mismatches = wanted
    .filter((key) => key in tensors && !sameShape(tensors[key].shape, own[key].shape))
    .map((key) => ({ key, fileShape: [...tensors[key].shape], modelShape: [...own[key].shape] }));
  if (missing.length > 0 || unexpected.length > 0 || mismatches.length > 0) throw new WeightsMismatchError(missing, unexpected, mismatches);
  for (const key of wanted) own[key].data.set(tensors[key].data);
  return { loaded: wanted, kept: Object.keys(own).filter(kept) };
}
