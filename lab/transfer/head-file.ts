// A trained lesson-8 head in its run folder as safetensors: the Linear layer's weight and bias and the
// training split's feature mean and std (a dropped photo is standardized the same way), with the
// backbone model and class names as metadata. Also scores one feature row with it.
import { readFileSync, writeFileSync, mkdirSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { loadSafetensors, saveSafetensors, Tensor } from '../../airi';
import type { ClassScore } from '../../contract/models/models';
import { topK } from '../../native-models/classify/top-k';

export const HEAD_FILE = 'head.safetensors';

export interface StoredHead {
  weight: Float32Array;
  bias: Float32Array;
  mean: Float32Array;
  std: Float32Array;
  classes: string[];
  modelId: string;
}

export function saveHead(runDir: string, head: StoredHead): string {
  const dim = head.mean.length;
  const bytes = saveSafetensors(
    {
      'head.weight': new Tensor(head.weight, [head.classes.length, dim]),
      'head.bias': new Tensor(head.bias, [head.classes.length]),
      'features.mean': new Tensor(head.mean, [dim]),
      'features.std': new Tensor(head.std, [dim]),
    },
    { classes: JSON.stringify(head.classes), modelId: head.modelId },
  );
  mkdirSync(runDir, { recursive: true });
  const path = join(runDir, HEAD_FILE);
  writeFileSync(`${path}.tmp`, bytes);
  renameSync(`${path}.tmp`, path);
  return path;
}

export function loadHead(runDir: string): StoredHead {
  const file = loadSafetensors(new Uint8Array(readFileSync(join(runDir, HEAD_FILE))));
  const data = (name: string) => {
    const t = file.tensors[name];
    if (!t) throw new Error(`${HEAD_FILE} has no tensor ${name}`);
    return t.data;
  };
  const classes = JSON.parse(file.metadata.classes ?? '[]') as unknown;
  if (!Array.isArray(classes) || !classes.every((c) => typeof c === 'string')) throw new Error(`${HEAD_FILE} has no class names`);
  return { weight: data('head.weight'), bias: data('head.bias'), mean: data('features.mean'), std: data('features.std'), classes, modelId: file.metadata.modelId ?? '' };
}

/** One photo's features → the top `k` classes with softmax probabilities. */
export function scoreFeatures(head: StoredHead, features: Float32Array, k = 5): ClassScore[] {
  const dim = head.mean.length;
  const logits = new Float32Array(head.classes.length);
  for (let c = 0; c < logits.length; c++) {
    let sum = head.bias[c];
    for (let d = 0; d < dim; d++) sum += head.weight[c * dim + d] * ((features[d] - head.mean[d]) / head.std[d]);
    logits[c] = sum;
  }
  return topK(logits, head.classes, Math.min(k, head.classes.length));
}
