// ONNX models for tests. The shared MobileNetV2 (../shared/models), the tiny committed ones
// (tests/fixtures/onnx), and random-weight torchvision VGG16 / EfficientNet-B0 that
// scripts/fixtures/generate-onnx-classifiers.py writes into tests/fixtures/generated/ (git-ignored)
// the first time a test asks. Without Debian's python3-torchvision the test fails, never skips.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = process.cwd();
export const SHARED_MODEL = join(ROOT, '../shared/models/mobilenetv2-12-int8.onnx');
export const SHARED_LABELS = join(ROOT, '../shared/models/imagenet-simple-labels.json');
export const SHARED_CATS = join(ROOT, '../shared/datasets/oxford-pets-cats');
export const SMALL_MODELS = join(ROOT, 'tests/fixtures/onnx');

/** The first photo (by name) of one breed of the shared cats. */
export const catPhoto = (breed: string): string =>
  join(SHARED_CATS, breed, readdirSync(join(SHARED_CATS, breed)).filter((f) => f.endsWith('.jpg')).sort()[0]);
const GENERATED = join(ROOT, 'tests/fixtures/generated');
const PYTHON = process.env.AIRI_FIXTURE_PYTHON ?? '/usr/bin/python3';

export interface TorchvisionFixture {
  path: string;
  torchvisionParams: number;
  foldedBatchNormChannels: number;
}

/** The random-weight torchvision export `name` (vgg16, efficientnet_b0), generated if missing. */
export function torchvisionModel(name: 'vgg16' | 'efficientnet_b0'): TorchvisionFixture {
  const path = join(GENERATED, `${name}.onnx`);
  const meta = join(GENERATED, `${name}.json`);
  if (!existsSync(path) || !existsSync(meta)) {
    const run = spawnSync(PYTHON, ['scripts/fixtures/generate-onnx-classifiers.py', GENERATED, name], { cwd: ROOT, encoding: 'utf8' });
    if (run.error || run.status !== 0) {
      throw new Error(
        `could not generate the ${name} ONNX fixture with ${PYTHON} (Debian's python3-torch and python3-torchvision are needed): ` +
          `${run.error?.message ?? run.stderr.slice(-2000)}`,
      );
    }
  }
  const info = JSON.parse(readFileSync(meta, 'utf8')) as { torchvisionParams: number; foldedBatchNormChannels: number };
  return { path, ...info };
}
