// safetensors, airi's weight format, against hostile files: a tensor named "__proto__" survives a round
// trip (it used to vanish), a header of tens of megabytes is read in linear time, and a seeded fuzz of
// 300 mutated files gives either a correct load or loadSafetensors's own error, never another throw.
import { describe, expect, it } from 'vitest';
import { loadSafetensors, saveSafetensors, Tensor } from '../../airi/index';
import { mutatedInputs, runFuzz, type FuzzTally } from './mutations-and-runner';

function tensorsWithProto(): Record<string, Tensor> {
  const tensors: Record<string, Tensor> = { 'fc.weight': new Tensor(Float32Array.of(1, 2, 3, 4), [2, 2]) };
  Object.defineProperty(tensors, '__proto__', { value: new Tensor(Float32Array.of(5, 6), [2]), enumerable: true, writable: true, configurable: true });
  return tensors;
}

/** A file written by another tool, whose header has "__proto__" as an ordinary key. */
function handWritten(header: object, data: Uint8Array): Uint8Array {
  const json = new TextEncoder().encode(JSON.stringify(header).replace('"proto_key"', '"__proto__"'));
  const bytes = new Uint8Array(8 + json.length + data.length);
  new DataView(bytes.buffer).setUint32(0, json.length, true);
  bytes.set(json, 8);
  bytes.set(data, 8 + json.length);
  return bytes;
}

describe('safetensors defects', () => {
  it('keeps a tensor named __proto__, saved by airi or by another tool', () => {
    const loaded = loadSafetensors(saveSafetensors(tensorsWithProto()));
    expect(Object.keys(loaded.tensors).sort()).toEqual(['__proto__', 'fc.weight']);
    expect(Array.from(Object.getOwnPropertyDescriptor(loaded.tensors, '__proto__')!.value.data)).toEqual([5, 6]);
    expect(Object.getPrototypeOf(loaded.tensors)).toBe(Object.prototype);

    const data = new Uint8Array(Float32Array.of(7, 8).buffer);
    const other = loadSafetensors(handWritten({ proto_key: { dtype: 'F32', shape: [2], data_offsets: [0, 8] } }, data));
    expect(Object.keys(other.tensors)).toEqual(['__proto__']);
  });

  it('reads a 32 MB header in linear time (it took seconds per ten megabytes)', () => {
    const note = 'aé'.repeat(11 * 2 ** 20); // 33 MB of UTF-8, mixed one- and two-byte characters
    const data = new Uint8Array(Float32Array.of(1).buffer);
    const bytes = handWritten({ __metadata__: { note }, w: { dtype: 'F32', shape: [1], data_offsets: [0, 4] } }, data);
    const started = performance.now();
    const loaded = loadSafetensors(bytes);
    const seconds = (performance.now() - started) / 1000;
    expect(loaded.metadata.note === note).toBe(true);
    // A hang guard, not a speed target (npm run bench measures speed): the old decoder needed about 15 s.
    expect(seconds).toBeLessThan(6);
  });
});

describe('seeded fuzz of loadSafetensors', () => {
  it('300 mutated files: a correct load or loadSafetensors\'s own error', async () => {
    const valid = saveSafetensors(
      { 'conv.weight': new Tensor(Float32Array.from({ length: 54 }, (_, i) => i / 7), [2, 3, 3, 3]), 'conv.bias': new Tensor(Float32Array.of(0.5, -1), [2]) },
      { lesson: 'convnet', mean: '[0.49, 0.48, 0.45]' },
    );
    let tally: FuzzTally | null = null;
    tally = await runFuzz(mutatedInputs([valid], 300, 21), async (input) => {
      try {
        const file = loadSafetensors(input.bytes);
        for (const tensor of Object.values(file.tensors)) expect(tensor.data.length).toBe(tensor.shape.reduce((a, b) => a * b, 1));
        return 'accepted';
      } catch (error) {
        expect(error).toBeInstanceOf(Error);
        expect((error as Error).message).toMatch(/^loadSafetensors: /);
        return 'refused';
      }
    }, 5000);
    console.log(`safetensors fuzz: ${JSON.stringify(tally)}`);
    expect(tally.refused).toBeGreaterThan(100);
    expect(tally.peakGrowthMb).toBeLessThan(128);
  });
});
