// Fuzzes the class activation maps' graph reading (native-models/cam) with mutants of the shared int8
// MobileNetV2 and of the two tiny committed classifiers: every mutant the library would accept (it
// parses and has an image input and a scores output) is decoded, its explainable layers listed and a
// copy with them exposed encoded, within a time limit. A graph it cannot read is refused with an
// Error (the inference worker reports it as that model's inference failure), never a hang or a
// malformed layer list.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OnnxCamModel } from '../../native-models/cam/explain-onnx';
import { findModelIo } from '../../native-models/library/model-io';
import { parseOnnx } from '../../native-models/onnx/parse-onnx';
import { SHARED_MODEL, SMALL_MODELS } from '../helpers/onnx-fixtures';
import { sharedFile } from '../helpers/prerequisites';
import { FUZZ_CASES, FUZZ_SEED, mutate, seededRandom } from './fuzz-harness';

const shared = sharedFile('models', 'mobilenetv2-12-int8.onnx');

describe.skipIf(shared.needed.skip)('ONNX class activation maps fuzz', () => {
  it('lists the layers of every mutant the library would accept, or refuses it with an Error; never hangs', { timeout: 300_000 }, () => {
    const samples = [SHARED_MODEL, join(SMALL_MODELS, 'nhwc-4-classes.onnx')].map((p) => new Uint8Array(readFileSync(p)));
    const random = seededRandom(FUZZ_SEED);
    const tally = { skipped: 0, listed: 0, refused: 0 };
    const failures: string[] = [];
    const cases = FUZZ_CASES || 120;
    for (let i = 0; i < cases; i++) {
      const { bytes, mutation } = mutate(samples[i % samples.length], random);
      let scoresOutput: string;
      try {
        scoresOutput = findModelIo(parseOnnx(bytes), 'fuzzed.onnx').scoresOutput;
      } catch {
        tally.skipped += 1; // the importer refuses it: it never reaches the maps
        continue;
      }
      const started = performance.now();
      try {
        const model = OnnxCamModel.fromBytes(bytes, scoresOutput);
        for (const l of model.layers) {
          if (![l.channels, l.height, l.width].every((d) => Number.isInteger(d) && d > 0)) failures.push(`case ${i} (${mutation}): layer ${l.name} shaped ${l.channels}×${l.height}×${l.width}`);
        }
        model.exposedBytes(model.blockEnds());
        tally.listed += 1;
      } catch (error) {
        if (error instanceof Error) tally.refused += 1;
        else failures.push(`case ${i} (${mutation}): threw ${String(error)}`);
      }
      const ms = performance.now() - started;
      if (ms > 15_000) failures.push(`case ${i} (${mutation}): took ${ms.toFixed(0)} ms`);
    }
    console.log(`ONNX CAM fuzz: ${JSON.stringify(tally)}`);
    expect(failures).toEqual([]);
    expect(tally.listed).toBeGreaterThan(5);
  });
});
