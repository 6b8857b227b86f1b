// safetensors, Hugging Face's tensor file format: how airi saves and loads weights (every lesson's
// "save model"), so a model trained here opens in PyTorch and other tools, and back. Layout:
//   8 bytes   N, the header length, an unsigned 64-bit little-endian integer
//   N bytes   a UTF-8 JSON object, starting with "{" and padded at the end with spaces (0x20):
//             { "__metadata__": { string: string } (optional),
//               "<name>": { "dtype": "F32", "shape": [2, 3], "data_offsets": [begin, end] }, ... }
//   the rest  the tensors' bytes, row-major and little-endian; offsets count from the start of this
//             part, end is one past the last byte, and the tensors cover it with no gap or overlap.
// airi writes float32 ("F32") only, with the header padded so that 8 + N is a multiple of 8 (the data
// then starts aligned, as the reference writer does) and tensors sorted by name, so a dict of F32
// tensors gives the same bytes as Python's safetensors.torch.save. It reads every common dtype and
// converts it to float32 (a PyTorch BatchNorm's num_batches_tracked is I64, for example).
// Spec: https://github.com/huggingface/safetensors#format and https://huggingface.co/docs/safetensors
import { Tensor, formatShape } from '../tensor';
import { decodeUtf8, encodeUtf8 } from './utf8';

export interface SafetensorsFile {
  tensors: Record<string, Tensor>;
  /** The "__metadata__" strings; empty when the file has none. */
  metadata: Record<string, string>;
}

/** Bytes per element of each dtype airi can read. */
const DTYPE_SIZES: Record<string, number> = { F64: 8, F32: 4, F16: 2, BF16: 2, I64: 8, I32: 4, I16: 2, I8: 1, U8: 1, BOOL: 1 };

/** The reference implementation refuses headers above 100 MB, so a hostile file cannot make us parse gigabytes of JSON. */
const MAX_HEADER_BYTES = 100_000_000;

const HOST_IS_LITTLE_ENDIAN = new Uint8Array(Float32Array.of(1).buffer)[3] === 0x3f;

/** Serializes float32 tensors (and optional string metadata) into a safetensors file. */
export function saveSafetensors(tensors: Record<string, Tensor>, metadata?: Record<string, string>): Uint8Array {
  const names = Object.keys(tensors).sort();
  const header: Record<string, unknown> = {};
  if (metadata !== undefined) {
    for (const [key, value] of Object.entries(metadata)) {
      if (typeof value !== 'string') throw new Error(`saveSafetensors: metadata "${key}" must be a string, got ${typeof value}`);
    }
    header.__metadata__ = metadata;
  }
  let offset = 0;
  for (const name of names) {
    if (name === '__metadata__') throw new Error('saveSafetensors: "__metadata__" is reserved and cannot name a tensor');
    const tensor = tensors[name];
    const end = offset + tensor.size * 4;
    put(header, name, { dtype: 'F32', shape: tensor.shape, data_offsets: [offset, end] });
    offset = end;
  }
  const json = encodeUtf8(JSON.stringify(header));
  // Pad with spaces so that the data starts on an 8-byte boundary of the file.
  const headerLength = Math.ceil(json.length / 8) * 8;
  const bytes = new Uint8Array(8 + headerLength + offset);
  const view = new DataView(bytes.buffer);
  view.setUint32(0, headerLength, true);
  view.setUint32(4, Math.floor(headerLength / 2 ** 32), true);
  bytes.set(json, 8);
  bytes.fill(0x20, 8 + json.length, 8 + headerLength);
  let position = 8 + headerLength;
  for (const name of names) {
    const data = tensors[name].data;
    if (HOST_IS_LITTLE_ENDIAN) {
      bytes.set(new Uint8Array(data.buffer, data.byteOffset, data.byteLength), position);
    } else {
      for (let i = 0; i < data.length; i++) view.setFloat32(position + 4 * i, data[i], true);
    }
    position += data.byteLength;
  }
  return bytes;
}

/** Throws loadSafetensors's error. A function declaration returning never narrows the checks that call it. */
function fail(why: string): never {
  throw new Error(`loadSafetensors: ${why}`);
}

/**
 * Sets `record[key]` as a plain own property, whatever the key: a tensor named "__proto__" (legal in
 * JSON and in PyTorch) would otherwise change the record's prototype and vanish without a word.
 */
function put<T>(record: Record<string, T>, key: string, value: T): void {
  Object.defineProperty(record, key, { value, enumerable: true, writable: true, configurable: true });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

function isCountList(value: unknown): value is number[] {
  return Array.isArray(value) && value.every(isCount);
}

/** Parses a safetensors file, checking the header against the spec, and returns float32 tensors. */
export function loadSafetensors(bytes: Uint8Array): SafetensorsFile {
  if (bytes.length < 8) fail(`the file has ${bytes.length} bytes, fewer than the 8 of its header length`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const headerLength = view.getUint32(0, true) + view.getUint32(4, true) * 2 ** 32;
  if (headerLength > MAX_HEADER_BYTES) fail(`header length ${headerLength} is over the 100 MB limit`);
  if (8 + headerLength > bytes.length) fail(`header length ${headerLength} runs past the end of the ${bytes.length}-byte file`);
  const headerBytes = bytes.subarray(8, 8 + headerLength);
  if (headerBytes[0] !== 0x7b) fail('the header does not start with "{"');
  let header: unknown;
  try {
    header = JSON.parse(decodeUtf8(headerBytes));
  } catch (error) {
    fail(`the header is not valid UTF-8 JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  if (!isRecord(header)) fail('the header is not a JSON object');
  const dataStart = 8 + headerLength;
  const dataLength = bytes.length - dataStart;

  const metadata: Record<string, string> = {};
  const entries: { name: string; dtype: string; shape: number[]; begin: number; end: number }[] = [];
  for (const [name, info] of Object.entries(header)) {
    if (name === '__metadata__') {
      if (!isRecord(info)) fail('"__metadata__" must be an object of strings');
      for (const [key, value] of Object.entries(info)) {
        if (typeof value !== 'string') fail(`metadata "${key}" must be a string`);
        put(metadata, key, value);
      }
      continue;
    }
    const { dtype, shape, data_offsets: offsets } = isRecord(info) ? info : {};
    if (typeof dtype !== 'string' || !(dtype in DTYPE_SIZES)) fail(`tensor "${name}" has dtype ${JSON.stringify(dtype)}; airi reads ${Object.keys(DTYPE_SIZES).join(', ')}`);
    if (!isCountList(shape)) fail(`tensor "${name}" has an invalid shape ${JSON.stringify(shape)}`);
    if (!isCountList(offsets) || offsets.length !== 2) fail(`tensor "${name}" has invalid data_offsets ${JSON.stringify(offsets)}`);
    const [begin, end] = offsets;
    const size = shape.reduce((a, b) => a * b, 1);
    if (end - begin !== size * DTYPE_SIZES[dtype]) {
      fail(`tensor "${name}": data_offsets [${begin}, ${end}] hold ${end - begin} bytes, but ${dtype}${formatShape(shape)} needs ${size * DTYPE_SIZES[dtype]}`);
    }
    if (end > dataLength) fail(`tensor "${name}": data_offsets [${begin}, ${end}] run past the ${dataLength} bytes of data`);
    entries.push({ name, dtype, shape, begin, end });
  }
  // The spec requires the tensors to cover the data exactly: no gap (which could hide other content) and no overlap.
  let covered = 0;
  for (const entry of [...entries].sort((a, b) => a.begin - b.begin || a.end - b.end)) {
    if (entry.begin !== covered) fail(`tensor "${entry.name}" starts at byte ${entry.begin} of the data, expected ${covered} (a gap or an overlap)`);
    covered = entry.end;
  }
  if (covered !== dataLength) fail(`the tensors cover ${covered} bytes of data, but the file holds ${dataLength}`);

  const tensors: Record<string, Tensor> = {};
  for (const { name, dtype, shape, begin, end } of entries) {
    put(tensors, name, new Tensor(toFloat32(view, dataStart + begin, (end - begin) / DTYPE_SIZES[dtype], dtype), shape));
  }
  return { tensors, metadata };
}

/** Reads `count` little-endian values of `dtype` from `view` at byte `start` into a new float32 array. */
function toFloat32(view: DataView, start: number, count: number, dtype: string): Float32Array {
  const out = new Float32Array(count);
  const read: Record<string, (at: number) => number> = {
    F64: (at) => view.getFloat64(at, true),
    F32: (at) => view.getFloat32(at, true),
    F16: (at) => halfToNumber(view.getUint16(at, true)),
    // bfloat16 is the top half of a float32.
    BF16: (at) => bfloat16ToNumber(view.getUint16(at, true)),
    I64: (at) => Number(view.getBigInt64(at, true)),
    I32: (at) => view.getInt32(at, true),
    I16: (at) => view.getInt16(at, true),
    I8: (at) => view.getInt8(at),
    U8: (at) => view.getUint8(at),
    BOOL: (at) => (view.getUint8(at) !== 0 ? 1 : 0),
  };
  const size = DTYPE_SIZES[dtype];
  const get = read[dtype];
  for (let i = 0; i < count; i++) out[i] = get(start + i * size);
  return out;
}

const bitsScratch = new DataView(new ArrayBuffer(4));

function bfloat16ToNumber(bits: number): number {
  bitsScratch.setUint32(0, bits << 16);
  return bitsScratch.getFloat32(0);
}

/** IEEE 754 half precision: 1 sign bit, 5 exponent bits (bias 15), 10 fraction bits. */
function halfToNumber(bits: number): number {
  const sign = bits & 0x8000 ? -1 : 1;
  const exponent = (bits >> 10) & 0x1f;
  const fraction = bits & 0x3ff;
  if (exponent === 0) return sign * fraction * 2 ** -24; // subnormal (and zero)
  if (exponent === 0x1f) return fraction === 0 ? sign * Infinity : Number.NaN;
  return sign * (1 + fraction / 1024) * 2 ** (exponent - 15);
}
