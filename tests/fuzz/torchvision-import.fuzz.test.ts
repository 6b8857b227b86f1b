// Fuzzes the torchvision import's reading step (lab/models/torchvision-import.ts readTorchvisionNet:
// read without running the pickle, recognise the architecture, load by name with shapes checked) with
// mutants of real torch.save files: each is turned into an airi net or refused with a weights-* code
// naming the file, never another exception, never a hang. The small checkpoints reach the
// recogniser's refusal; a random-weight torchvision EfficientNet-B0 (generated with Debian's
// python3-torchvision, 21 MB, so a few cases only) reaches the loader, where mutated data still
// loads and mutated names or shapes must be refused.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readTorchvisionNet } from '../../lab/models/torchvision-import';
import { prerequisite } from '../helpers/prerequisites';
import { FUZZ_CASES, FUZZ_SEED, fuzz } from './fuzz-harness';

const sample = (name: string) => new Uint8Array(readFileSync(join(process.cwd(), 'tests', 'fixtures', 'pth', name)));
const GENERATED = join(process.cwd(), 'tests', 'fixtures', 'generated', 'torchvision-pth');
const B0 = join(GENERATED, 'efficientnet_b0-random.safetensors');
const canGenerate = existsSync(B0) || (() => {
  try {
    execFileSync('/usr/bin/python3', ['-c', 'import torchvision'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();
const torch = prerequisite('Debian\'s python3-torchvision', canGenerate, 'apt install python3-torchvision');

const target = { fileName: 'fuzzed.pth', timeoutMs: 20_000, run: async (bytes: Uint8Array, file: string) => readTorchvisionNet({ bytes }, file) };

describe('torchvision import fuzz', () => {
  it('reads or names every mutant of three small checkpoints', { timeout: 120_000 }, async () => {
    const outcome = await fuzz(target, ['tiny-net.pth', 'tiny-net-legacy.pth', 'views.pth'].map(sample), FUZZ_CASES || 300, FUZZ_SEED);
    console.log(`torchvision import fuzz (small): ${outcome.accepted} accepted, refused ${JSON.stringify(outcome.refused)}`);
    expect(outcome.failures).toEqual([]);
    expect(outcome.accepted).toBe(0); // none of them is EfficientNet-B0 or VGG16
    expect(outcome.refused['weights-unknown-architecture'] ?? 0).toBeGreaterThan(20);
  });

  it.skipIf(torch.skip)('reads or names every mutant of a torchvision EfficientNet-B0 state dict', { timeout: 300_000 }, async () => {
    torch.check();
    if (!existsSync(B0)) execFileSync('/usr/bin/python3', [join(process.cwd(), 'scripts', 'fixtures', 'generate-torchvision-pth.py'), 'efficientnet_b0', GENERATED], { stdio: 'pipe' });
    const outcome = await fuzz({ ...target, fileName: 'fuzzed.safetensors' }, [new Uint8Array(readFileSync(B0))], Math.min(FUZZ_CASES || 24, 200), FUZZ_SEED + 1);
    console.log(`torchvision import fuzz (EfficientNet-B0): ${outcome.accepted} accepted, refused ${JSON.stringify(outcome.refused)}`);
    expect(outcome.failures).toEqual([]);
    expect(outcome.accepted + Object.values(outcome.refused).reduce((a, b) => a + b, 0)).toBe(Math.min(FUZZ_CASES || 24, 200));
  });
});
