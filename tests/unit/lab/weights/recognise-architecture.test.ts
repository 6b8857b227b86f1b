// Recognising torchvision's networks from a state dict's keys and shapes, on the real names and
// shapes of torchvision's efficientnet_b0, vgg16 and vgg16_bn (tests/fixtures/models/
// torchvision-keys.json, written by scripts/fixtures/generate-torchvision-models.py). The tensors are
// stand-ins carrying only a shape: a real VGG16 is 528 MB, and only names and shapes decide here (the
// full import of real-layout files is tested in tests/integration/weights/).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AdaptiveAvgPool2d, Conv2d, Flatten, Linear, ReLU, Rng, Sequential, type Tensor } from '../../../../airi';
import { exportableNet } from '../../../../lab/models/torchvision-import';
import { recogniseArchitecture } from '../../../../lab/weights/recognise-architecture';

const KEYS = JSON.parse(readFileSync(join(process.cwd(), 'tests', 'fixtures', 'models', 'torchvision-keys.json'), 'utf8')) as { models: Record<string, [string, number[]][]> };

function standIns(model: string, change: (key: string, shape: number[]) => [string, number[]] | null = (k, s) => [k, s]): Record<string, Tensor> {
  const out: Record<string, Tensor> = {};
  for (const [key, shape] of KEYS.models[model]) {
    const changed = change(key, shape);
    if (changed) out[changed[0]] = { shape: changed[1], size: changed[1].reduce((a, b) => a * b, 1) } as unknown as Tensor;
  }
  return out;
}

describe('recogniseArchitecture', () => {
  it('recognises torchvision\'s EfficientNet-B0 and VGG16 with 1000 classes', () => {
    expect(recogniseArchitecture(standIns('efficientnet_b0'))).toEqual({ ok: true, architecture: 'efficientnet_b0', classes: 1000 });
    expect(recogniseArchitecture(standIns('vgg16'))).toEqual({ ok: true, architecture: 'vgg16', classes: 1000 });
  });

  it('reads the number of classes from the classifier\'s last Linear', () => {
    const cats = (k: string, s: number[]): [string, number[]] => [k, k.startsWith('classifier.1.') ? [15, ...s.slice(1)] : s];
    expect(recogniseArchitecture(standIns('efficientnet_b0', cats))).toMatchObject({ architecture: 'efficientnet_b0', classes: 15 });
    const ten = (k: string, s: number[]): [string, number[]] => [k, k.startsWith('classifier.6.') ? [10, ...s.slice(1)] : s];
    expect(recogniseArchitecture(standIns('vgg16', ten))).toMatchObject({ architecture: 'vgg16', classes: 10 });
  });

  it('refuses vgg16_bn, a VGG11-like stack and a truncated classifier, saying what it found', () => {
    const bn = recogniseArchitecture(standIns('vgg16_bn'));
    expect(bn).toMatchObject({ ok: false, found: expect.stringMatching(/VGG with batch norm/) });
    // VGG11: drop the second convolution of blocks 1 and 2 and one of blocks 3 to 5 (5 fewer).
    const vgg11 = recogniseArchitecture(standIns('vgg16', (k, s) => (/^features\.(2|7|14|21|28)\./.test(k) ? null : [k, s])));
    expect(vgg11).toMatchObject({ ok: false, found: expect.stringMatching(/VGG with 8 convolutions \(VGG16 has 13\)/) });
    const truncated = recogniseArchitecture(standIns('vgg16', (k, s) => (k.startsWith('classifier.6.') ? null : [k, s])));
    expect(truncated.ok).toBe(false);
    const narrowHead = recogniseArchitecture(standIns('efficientnet_b0', (k, s) => [k, k === 'features.8.0.weight' ? [1536, 320, 1, 1] : s]));
    expect(narrowHead).toMatchObject({ ok: false, found: expect.stringMatching(/EfficientNet other than B0/) });
  });

  it('names a few tensors and their shapes of anything else', () => {
    const odd = { 'w': { shape: [3, 4], size: 12 } as unknown as Tensor };
    expect(recogniseArchitecture(odd)).toEqual({ ok: false, found: '1 tensors (12 numbers): w [3, 4]' });
  });
});

describe('exportableNet', () => {
  it('leaves out VGG16\'s AdaptiveAvgPool2d(7), the identity at 224×224, and nothing else', () => {
    const rng = new Rng(1);
    const net = Sequential.named({
      features: new Sequential(new Conv2d(3, 4, 3, { rng, padding: 1 }), new ReLU()),
      avgpool: new AdaptiveAvgPool2d(7),
      flatten: new Flatten(),
      classifier: new Sequential(new Linear(4 * 7 * 7, 2, { rng })),
    });
    expect(exportableNet('vgg16', net).namedChildren().map(([n]) => n)).toEqual(['features', 'flatten', 'classifier']);
    expect(exportableNet('efficientnet_b0', net)).toBe(net);
  });
});
