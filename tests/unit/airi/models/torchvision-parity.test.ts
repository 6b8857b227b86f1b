// The same random-weight torchvision models give the same logits in PyTorch and in airi, on both
// backends: a small VGG-like net with batch norm (committed fixture) and a full EfficientNet-B0 at
// 224x224, whose 21 MB state dict is generated at test time into the git-ignored
// tests/fixtures/generated/torchvision/ by scripts/fixtures/generate-torchvision-models.py with Debian's
// python3-torchvision. Without it the EfficientNet test is skipped on a developer's machine, and
// fails under CI=true. Each prints the max relative difference of the logits.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  type Backend, type Module, Rng, type Tensor, createWasmBackend, efficientNetB0, getBackend, loadSafetensors, loadWeightsByName,
  referenceBackend, setBackend, smallImageVgg,
} from '../../../../airi/index';

const PYTHON = '/usr/bin/python3';
const GENERATOR = fileURLToPath(new URL('../../../../scripts/fixtures/generate-torchvision-models.py', import.meta.url));
const MODELS = fileURLToPath(new URL('../../../fixtures/models/', import.meta.url));
const GENERATED = fileURLToPath(new URL('../../../fixtures/generated/torchvision/', import.meta.url));
const TOLERANCE = 1e-4;

function hasTorchvision(): boolean {
  try {
    execFileSync(PYTHON, ['-c', 'import torchvision'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** max |airi - torch| / max |torch|: the worst error on the logits' own scale. */
function maxRelativeDifference(actual: Tensor, expected: Tensor): number {
  const scale = Math.max(...expected.data.map(Math.abs));
  return Math.max(...actual.data.map((v, i) => Math.abs(v - expected.data[i]))) / scale;
}

/** Loads `name`.safetensors into the model, runs `name`-io's input in evaluation mode on each backend, and compares with PyTorch's logits. */
async function expectParity(label: string, model: Module, folder: string, name: string): Promise<void> {
  loadWeightsByName(model, loadSafetensors(readFileSync(`${folder}${name}.safetensors`)).tensors);
  const { input, logits } = loadSafetensors(readFileSync(`${folder}${name}-io.safetensors`)).tensors;
  const previous = getBackend();
  try {
    for (const backend of [referenceBackend, await createWasmBackend()] as Backend[]) {
      setBackend(backend);
      const output = model.forward(input, false);
      expect(output.shape).toEqual(logits.shape);
      const difference = maxRelativeDifference(output, logits);
      console.info(`${label} on ${backend.name}: max relative difference of the logits ${difference.toExponential(2)} (PyTorch vs airi)`);
      expect(difference).toBeLessThan(TOLERANCE);
    }
  } finally {
    setBackend(previous);
  }
}

describe('torchvision parity', () => {
  it('a small VGG with batch norm gives PyTorch\'s logits', async () => {
    const config = JSON.parse(readFileSync(`${MODELS}small-vgg.json`, 'utf8')) as { layers: (number | 'M')[]; hidden: number; inputSize: number; numClasses: number };
    await expectParity('small VGG-BN', smallImageVgg({ ...config, rng: new Rng(1) }), MODELS, 'small-vgg');
  });

  const ci = process.env.CI === 'true';
  const canGenerate = existsSync(`${GENERATED}efficientnet-b0.safetensors`) || hasTorchvision();
  if (!canGenerate && !ci) console.warn('torchvision parity: EfficientNet-B0 skipped, /usr/bin/python3 has no torchvision (apt install python3-torchvision)');

  it.skipIf(!canGenerate && !ci)('a random-weight torchvision EfficientNet-B0 gives PyTorch\'s logits at 224x224', async () => {
    if (!existsSync(`${GENERATED}efficientnet-b0-io.safetensors`)) {
      // Under CI without torchvision this throws, and the test fails with the reason.
      execFileSync(PYTHON, [GENERATOR, '--efficientnet', GENERATED], { stdio: 'pipe' });
    }
    await expectParity('EfficientNet-B0', efficientNetB0({ rng: new Rng(2) }), GENERATED, 'efficientnet-b0');
  }, 120_000);
});
