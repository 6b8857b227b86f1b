// torchvision's state-dict keys and shapes (tests/fixtures/models/torchvision-keys.json, written by
// scripts/fixtures/generate-torchvision-models.py), and airi's, side by side.
import { readFileSync } from 'node:fs';
import { type Module, stateDict } from '../../../../airi/index';

interface KeysFile {
  torchvision: string;
  models: Record<string, [string, number[]][]>;
}

const file = JSON.parse(readFileSync(new URL('../../../fixtures/models/torchvision-keys.json', import.meta.url), 'utf8')) as KeysFile;

/** "key shape" lines of a torchvision model's state dict, sorted, without BatchNorm's step counters (airi keeps none). */
export function torchvisionKeys(model: 'efficientnet_b0' | 'vgg16' | 'vgg16_bn'): string[] {
  return file.models[model].filter(([key]) => !key.endsWith('num_batches_tracked')).map(([key, shape]) => `${key} [${shape.join(', ')}]`).sort();
}

/** The same lines for an airi model (loading goes by name, so the order does not matter). */
export function airiKeys(model: Module): string[] {
  return Object.entries(stateDict(model)).map(([key, tensor]) => `${key} [${tensor.shape.join(', ')}]`).sort();
}
