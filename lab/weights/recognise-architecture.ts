// Which torchvision network a state dict is, from its keys and shapes alone: EfficientNet-B0 (stem
// features.0.0 with 32 filters, head features.8.0 to 1280 channels, classifier.1) or VGG16 (thirteen
// convolutions numbered as torchvision's configuration D, classifier.0 from 512×7×7 to 4096,
// classifier.6). The classes are the rows of the last Linear. Anything else is described (how many
// tensors, a few names and shapes, and what it looks like) so the refusal says what was found.
import type { Tensor } from '../../airi';
import type { TorchvisionArchitecture } from '../../contract/weights/imported-weights';

export type Recognised = { ok: true; architecture: TorchvisionArchitecture; classes: number } | { ok: false; found: string };

const VGG16_CONVS = [0, 2, 5, 7, 10, 12, 14, 17, 19, 21, 24, 26, 28];
const shapeOf = (tensors: Record<string, Tensor>, key: string): readonly number[] | null => (Object.hasOwn(tensors, key) ? tensors[key].shape : null);
const same = (a: readonly number[] | null, b: readonly number[]) => a !== null && a.length === b.length && a.every((v, i) => v === b[i]);

function efficientNetB0(tensors: Record<string, Tensor>): number | null {
  const head = shapeOf(tensors, 'classifier.1.weight');
  if (!same(shapeOf(tensors, 'features.0.0.weight'), [32, 3, 3, 3]) || !same(shapeOf(tensors, 'features.8.0.weight'), [1280, 320, 1, 1])) return null;
  return head && head.length === 2 && head[1] === 1280 ? head[0] : null;
}

function vgg16(tensors: Record<string, Tensor>): number | null {
  const convs = Object.keys(tensors).filter((k) => /^features\.\d+\.weight$/.test(k) && tensors[k].shape.length === 4);
  const numbers = convs.map((k) => Number(k.split('.')[1])).sort((a, b) => a - b);
  if (numbers.join() !== VGG16_CONVS.join()) return null;
  const head = shapeOf(tensors, 'classifier.6.weight');
  if (!same(shapeOf(tensors, 'classifier.0.weight'), [4096, 512 * 7 * 7])) return null;
  return head && head.length === 2 && head[1] === 4096 ? head[0] : null;
}

/** A guess at a known family, for the message: torchvision's names give most of them away. */
function family(keys: string[], tensors: Record<string, Tensor>): string | null {
  const has = (prefix: string) => keys.some((k) => k.startsWith(prefix));
  if (has('layer1.') && has('fc.')) return 'a ResNet';
  if (has('features.') && keys.some((k) => /^features\.\d+\.running_mean$/.test(k)) && has('classifier.')) return 'a VGG with batch norm (vgg*_bn)';
  if (has('features.') && has('classifier.6.')) {
    const convs = keys.filter((k) => /^features\.\d+\.weight$/.test(k) && tensors[k].shape.length === 4).length;
    return `a VGG with ${convs} convolutions (VGG16 has 13)`;
  }
  if (has('features.0.0.') && has('features.8.0.')) return 'an EfficientNet other than B0';
  if (has('features.0.0.') && has('classifier.')) return 'a MobileNet or EfficientNet variant';
  if (has('conv1.') && has('fc.')) return 'a GoogLeNet/Inception-style network';
  if (has('blocks.') || has('conv_stem.')) return 'a timm model (other names than torchvision\'s)';
  return null;
}

export function describeStateDict(tensors: Record<string, Tensor>): string {
  const keys = Object.keys(tensors);
  const numbers = keys.reduce((sum, k) => sum + tensors[k].size, 0);
  const sample = [...keys.slice(0, 2), ...keys.slice(-2)].filter((k, i, all) => all.indexOf(k) === i);
  const shown = sample.map((k) => `${k} [${tensors[k].shape.join(', ')}]`).join(', ');
  const guess = family(keys, tensors);
  return `${keys.length} tensors (${numbers.toLocaleString('en-US')} numbers)${guess ? `, which looks like ${guess}` : ''}: ${shown}`;
}

export function recogniseArchitecture(tensors: Record<string, Tensor>): Recognised {
  const b0 = efficientNetB0(tensors);
  if (b0 !== null && b0 >= 1) return { ok: true, architecture: 'efficientnet_b0', classes: b0 };
  const vgg = vgg16(tensors);
  if (vgg !== null && vgg >= 1) return { ok: true, architecture: 'vgg16', classes: vgg };
  return { ok: false, found: describeStateDict(tensors) };
}
