import { describe, expect, it } from 'vitest';
import { Tensor, loadSafetensors, saveSafetensors } from '../../../../airi/index';

const ascii = (text: string): number[] => Array.from(text, (c) => c.charCodeAt(0));

/** A file from its parts, header length written by hand: what another tool might produce. */
function fileOf(header: string, data: number[]): Uint8Array {
  const n = header.length;
  return Uint8Array.from([n & 0xff, (n >> 8) & 0xff, 0, 0, 0, 0, 0, 0, ...ascii(header), ...data]);
}

describe('saveSafetensors', () => {
  it('writes the exact bytes of the format for a small tensor', () => {
    const bytes = saveSafetensors({ a: Tensor.fromArray([1, -2], [2]) });
    const json = '{"a":{"dtype":"F32","shape":[2],"data_offsets":[0,8]}}'; // 54 bytes, padded to 56
    expect(Array.from(bytes)).toEqual([
      56, 0, 0, 0, 0, 0, 0, 0, // header length, u64 little-endian
      ...ascii(json), 0x20, 0x20, // JSON, then spaces up to a multiple of 8
      0x00, 0x00, 0x80, 0x3f, // 1.0f little-endian
      0x00, 0x00, 0x00, 0xc0, // -2.0f
    ]);
  });

  it('puts metadata first, sorts tensors by name and aligns the data to 8 bytes', () => {
    const bytes = saveSafetensors({ z: Tensor.fromArray([3], [1]), b: Tensor.zeros([2, 2]) }, { format: 'pt', note: 'é' });
    const view = new DataView(bytes.buffer);
    const n = view.getUint32(0, true);
    expect(view.getUint32(4, true)).toBe(0);
    expect((8 + n) % 8).toBe(0);
    const header = new TextDecoder().decode(bytes.subarray(8, 8 + n));
    expect(header.startsWith('{"__metadata__":{"format":"pt","note":"é"},"b":')).toBe(true);
    expect(header.trimEnd()).toBe(header.slice(0, header.lastIndexOf('}') + 1));
    const parsed = JSON.parse(header) as Record<string, { data_offsets: number[] }>;
    expect(parsed.b.data_offsets).toEqual([0, 16]);
    expect(parsed.z.data_offsets).toEqual([16, 20]);
    expect(bytes.length).toBe(8 + n + 20);
  });

  it('refuses the reserved name and non-string metadata', () => {
    expect(() => saveSafetensors({ __metadata__: Tensor.zeros([1]) })).toThrow('"__metadata__" is reserved');
    expect(() => saveSafetensors({}, { epochs: 3 as unknown as string })).toThrow('metadata "epochs" must be a string');
  });
});

describe('loadSafetensors', () => {
  it('round-trips tensors of every rank, empty ones and metadata', () => {
    const tensors = {
      '0.weight': Tensor.fromArray([0.1, -0.2, 3.5e-8, 1e30, -0, 65504], [2, 3]),
      '0.bias': Tensor.fromArray([Number.POSITIVE_INFINITY, Number.NaN], [2]),
      scalar: Tensor.fromArray([42], []),
      empty: Tensor.zeros([0, 3]),
      image: Tensor.fromArray(Array.from({ length: 24 }, (_, i) => i / 7), [1, 2, 3, 4]),
    };
    const loaded = loadSafetensors(saveSafetensors(tensors, { epoch: '3' }));
    expect(loaded.metadata).toEqual({ epoch: '3' });
    expect(Object.keys(loaded.tensors).sort()).toEqual(Object.keys(tensors).sort());
    for (const [name, tensor] of Object.entries(tensors)) {
      expect(loaded.tensors[name].shape, name).toEqual(tensor.shape);
      expect(loaded.tensors[name].data, name).toEqual(tensor.data);
    }
  });

  it('decodes a hand-built file: unpadded header, offsets out of key order, F16/BF16/F64/I64/I32/U8/BOOL', () => {
    const header = JSON.stringify({
      h: { dtype: 'F16', shape: [3], data_offsets: [0, 6] },
      f: { dtype: 'F64', shape: [1], data_offsets: [8, 16] },
      b: { dtype: 'BF16', shape: [1], data_offsets: [6, 8] },
      i: { dtype: 'I64', shape: [], data_offsets: [16, 24] },
      j: { dtype: 'I32', shape: [1], data_offsets: [24, 28] },
      u: { dtype: 'U8', shape: [2], data_offsets: [28, 30] },
      t: { dtype: 'BOOL', shape: [1], data_offsets: [30, 31] },
    });
    const data = [
      0x00, 0x3c, 0x00, 0xc0, 0x01, 0x00, // F16: 1, -2, the smallest subnormal 2^-24
      0x80, 0x3f, // BF16 0x3f80: 1.0
      0, 0, 0, 0, 0, 0, 0x04, 0x40, // F64 2.5
      0xf9, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, // I64 -7
      0x10, 0x00, 0x00, 0x00, // I32 16
      0, 255, // U8
      1, // BOOL
    ];
    const { tensors, metadata } = loadSafetensors(fileOf(header, data));
    expect(metadata).toEqual({});
    expect(Array.from(tensors.h.data)).toEqual([1, -2, Math.fround(2 ** -24)]);
    expect(Array.from(tensors.b.data)).toEqual([1]);
    expect(Array.from(tensors.f.data)).toEqual([2.5]);
    expect(tensors.i.shape).toEqual([]);
    expect(Array.from(tensors.i.data)).toEqual([-7]);
    expect(Array.from(tensors.j.data)).toEqual([16]);
    expect(Array.from(tensors.u.data)).toEqual([0, 255]);
    expect(Array.from(tensors.t.data)).toEqual([1]);
  });

  it('reads a file that starts at an odd offset of a larger buffer', () => {
    const file = saveSafetensors({ a: Tensor.fromArray([1.5, 2.5], [2]) });
    const bigger = new Uint8Array(file.length + 3);
    bigger.set(file, 3);
    expect(Array.from(loadSafetensors(bigger.subarray(3)).tensors.a.data)).toEqual([1.5, 2.5]);
  });

  it('rejects files that break the spec, saying why', () => {
    const f32 = (offsets: number[], shape = [1]): string => JSON.stringify({ a: { dtype: 'F32', shape, data_offsets: offsets } });
    expect(() => loadSafetensors(new Uint8Array(5))).toThrow('fewer than the 8 of its header length');
    expect(() => loadSafetensors(Uint8Array.from([200, 0, 0, 0, 0, 0, 0, 0, 0x7b]))).toThrow('runs past the end');
    expect(() => loadSafetensors(Uint8Array.from([0, 0, 0, 0, 1, 0, 0, 0]))).toThrow('over the 100 MB limit');
    expect(() => loadSafetensors(fileOf(' {}', []))).toThrow('does not start with "{"');
    expect(() => loadSafetensors(fileOf('{"a":', []))).toThrow('not valid UTF-8 JSON');
    expect(() => loadSafetensors(fileOf('[1]', []))).toThrow('does not start with "{"');
    expect(() => loadSafetensors(fileOf(JSON.stringify({ a: { dtype: 'C64', shape: [1], data_offsets: [0, 8] } }), new Array(8).fill(0)))).toThrow('dtype "C64"');
    expect(() => loadSafetensors(fileOf(f32([0, 8]), new Array(8).fill(0)))).toThrow('hold 8 bytes, but F32[1] needs 4');
    expect(() => loadSafetensors(fileOf(f32([0, 4]), []))).toThrow('run past the 0 bytes of data');
    expect(() => loadSafetensors(fileOf(f32([4, 8]), new Array(8).fill(0)))).toThrow('starts at byte 4 of the data, expected 0');
    expect(() => loadSafetensors(fileOf(f32([0, 4]), new Array(6).fill(0)))).toThrow('cover 4 bytes of data, but the file holds 6');
    expect(() => loadSafetensors(fileOf(f32([0, 4], [-1]), [0, 0, 0, 0]))).toThrow('invalid shape');
    const overlap = JSON.stringify({ a: { dtype: 'F32', shape: [2], data_offsets: [0, 8] }, b: { dtype: 'F32', shape: [1], data_offsets: [4, 8] } });
    expect(() => loadSafetensors(fileOf(overlap, new Array(8).fill(0)))).toThrow('a gap or an overlap');
    expect(() => loadSafetensors(fileOf('{"__metadata__":{"n":1}}', []))).toThrow('metadata "n" must be a string');
    expect(() => loadSafetensors(Uint8Array.from([2, 0, 0, 0, 0, 0, 0, 0, 0x7b, 0xff]))).toThrow('not valid UTF-8 JSON');
  });
});
