// Fuzzes the weights importer (lab/weights) with mutants of real torch.save files, both layouts:
// each mutant is read into tensors or refused with a coded error naming the file; never another
// exception, never a hang. Mutating a pickle can also turn an allowed GLOBAL into another name,
// which must come back as a refusal too.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readWeightsFile } from '../../lab/weights/read-weights-file';
import { FUZZ_CASES, FUZZ_SEED, fuzz } from './fuzz-harness';

const sample = (name: string) => new Uint8Array(readFileSync(join(process.cwd(), 'tests', 'fixtures', 'pth', name)));

describe('weights importer fuzz', () => {
  it('reads or names every mutant of three real checkpoints', { timeout: 120_000 }, async () => {
    const samples = ['tiny-net.pth', 'tiny-net-legacy.pth', 'views.pth'].map(sample);
    const outcome = await fuzz(
      { fileName: 'fuzzed.pth', timeoutMs: 5_000, run: async (bytes, file) => readWeightsFile(bytes, file) },
      samples,
      FUZZ_CASES || 400,
      FUZZ_SEED,
    );
    console.log(`weights fuzz: ${outcome.accepted} read, refused ${JSON.stringify(outcome.refused)}`);
    expect(outcome.failures).toEqual([]);
    expect(outcome.refused['weights-unreadable'] ?? 0).toBeGreaterThan(50);
  });

  it('refuses 64 MB of zeros, and a checkpoint followed by them, in linear time', () => {
    const zeros = new Uint8Array(64 * 1024 * 1024);
    expect(() => readWeightsFile(zeros, 'zeros.pth')).toThrow(/zeros\.pth/);
    const padded = new Uint8Array(zeros.length + 4000);
    padded.set(sample('tiny-net-legacy.pth'));
    // The legacy layout ends where its storages end: trailing junk is ignored, the weights still read.
    expect(Object.keys(readWeightsFile(padded, 'padded.pth'))).toContain('0.weight');
  });
});
