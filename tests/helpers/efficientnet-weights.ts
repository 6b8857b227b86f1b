// A stand-in for torchvision's efficientnet_b0 weights in a test's weights library: a random-weight
// torchvision EfficientNet-B0 state dict, written by Debian's python3-torchvision
// (scripts/fixtures/generate-torchvision-models.py --efficientnet, into the git-ignored
// tests/fixtures/generated/torchvision/, once), placed in <data>/weights/ as an import leaves it.
// Without python3-torchvision the test fails with the reason, never skips.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { ImportedWeights } from '../../contract/weights/imported-weights';
import { WEIGHTS_FILE, WeightsLibrary } from '../../lab/weights/weights-library';

const GENERATED = join(process.cwd(), 'tests/fixtures/generated/torchvision');
const STATE_DICT = join(GENERATED, 'efficientnet-b0.safetensors');

export function efficientNetStandIn(): string {
  if (!existsSync(STATE_DICT)) {
    execFileSync('/usr/bin/python3', ['scripts/fixtures/generate-torchvision-models.py', '--efficientnet', GENERATED], { stdio: 'pipe' });
  }
  return STATE_DICT;
}

/** Puts the stand-in into `dataDirectory`'s weights library; returns its manifest. */
export function importEfficientNetStandIn(dataDirectory: string): ImportedWeights {
  const file = efficientNetStandIn();
  const library = new WeightsLibrary(dataDirectory);
  const staging = library.staging();
  copyFileSync(file, join(staging, WEIGHTS_FILE));
  const weights: ImportedWeights = {
    id: '0123456789abcdef', name: 'EfficientNet-B0 (random stand-in)', architecture: 'efficientnet_b0', classes: 1000,
    file: 'efficientnet_b0_random.safetensors', sha256: '0123456789abcdef'.padEnd(64, '0'), bytes: statSync(file).size,
    params: 5_288_548, importedAt: new Date().toISOString(), onnxModelId: null, labelsSource: 'numbers',
  };
  library.commit(staging, weights, Array.from({ length: 1000 }, (_, i) => String(i)));
  return weights;
}
