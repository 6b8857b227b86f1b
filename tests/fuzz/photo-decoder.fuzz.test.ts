// Fuzzes the shared photo decoder (lab/photos) with mutants of real JPEG, PNG, WebP and GIF files:
// each is decoded and sized for a 224×224 network, or refused with a coded error naming the file.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodePhoto } from '../../lab/photos';
import { encodeRgb, halfRedHalfBlue } from '../helpers/photo-samples';
import { SHARED_CATS } from '../helpers/onnx-fixtures';
import { FUZZ_CASES, FUZZ_SEED, fuzz } from './fuzz-harness';

describe('photo decoder fuzz', () => {
  it('accepts or names every mutant of a JPEG, PNG, WebP and GIF; never throws otherwise or hangs', { timeout: 300_000 }, async () => {
    const dir = join(SHARED_CATS, 'Bombay');
    const jpeg = readFileSync(join(dir, readdirSync(dir).filter((f) => f.endsWith('.jpg')).sort()[0]));
    const rgb = halfRedHalfBlue(48, 32);
    const samples = [
      new Uint8Array(jpeg),
      ...(await Promise.all((['png', 'webp', 'gif'] as const).map((f) => encodeRgb(rgb, 48, 32).toFormat(f).toBuffer()))).map((b) => new Uint8Array(b)),
    ];
    const outcome = await fuzz(
      { fileName: 'fuzzed-cat.jpg', timeoutMs: 10_000, run: (bytes, file) => decodePhoto(bytes, file, { fit: 'shorter-side-crop', resize: 256, crop: 224 }) },
      samples,
      FUZZ_CASES || 240,
      FUZZ_SEED,
    );
    console.log(`photo decoder fuzz: ${outcome.accepted} accepted, refused ${JSON.stringify(outcome.refused)}`);
    expect(outcome.failures).toEqual([]);
    // The mutants must reach both outcomes, or the fuzzer is not exercising the decoder.
    expect(outcome.accepted).toBeGreaterThan(10);
    expect(Object.values(outcome.refused).reduce((a, b) => a + b, 0)).toBeGreaterThan(10);
  });
});
