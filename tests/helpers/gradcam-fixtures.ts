// Random-weight torchvision classifiers exported to ONNX with PyTorch's own Grad-CAM beside them
// (scripts/fixtures/generate-onnx-gradcam-goldens.py), generated into tests/fixtures/generated/gradcam
// (git-ignored) the first time a test asks. Without Debian's python3-torch the tests are skipped with
// a warning outside CI and fail in CI (tests/helpers/prerequisites.ts).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { prerequisite } from './prerequisites';

const ROOT = process.cwd();
const OUT = join(ROOT, 'tests/fixtures/generated/gradcam');
const PYTHON = process.env.AIRI_FIXTURE_PYTHON ?? '/usr/bin/python3';

export const torchPresent = prerequisite(
  "Debian's python3-torch and python3-torchvision",
  spawnSync(PYTHON, ['-c', 'import torch, torchvision'], { encoding: 'utf8' }).status === 0,
  'apt-get install python3-torch python3-torchvision',
);

export interface GradCamGolden {
  model: string;
  size: number;
  classIndex: number;
  logits: number[];
  layers: { module: string; shape: number[]; activationSum: number; activationHead: number[]; weights: number[]; cam: number[] }[];
  onnxPath: string;
  input: Float32Array;
}

export function gradCamGolden(name: 'mobilenet_v2' | 'efficientnet_b0'): GradCamGolden {
  const onnxPath = join(OUT, `${name}.onnx`);
  const json = join(OUT, `${name}-gradcam.json`);
  const bin = join(OUT, `${name}-input.bin`);
  if (![onnxPath, json, bin].every(existsSync)) {
    const run = spawnSync(PYTHON, ['scripts/fixtures/generate-onnx-gradcam-goldens.py', OUT, name], { cwd: ROOT, encoding: 'utf8' });
    if (run.error || run.status !== 0) throw new Error(`could not generate the ${name} Grad-CAM golden: ${run.error?.message ?? run.stderr.slice(-2000)}`);
  }
  const bytes = readFileSync(bin);
  const input = new Float32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
  return { ...(JSON.parse(readFileSync(json, 'utf8')) as Omit<GradCamGolden, 'onnxPath' | 'input'>), onnxPath, input };
}
