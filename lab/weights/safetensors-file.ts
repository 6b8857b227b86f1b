// safetensors files of big state dicts (VGG16: 528 MB) written and read without extra copies: the
// writer streams tensor by tensor to disk instead of building the whole file in memory, and the reader
// hands out float32 views onto the file's bytes instead of copying them. The bytes are those of
// airi's saveSafetensors (F32, sorted names, header padded to 8), so either side reads the other's.
import { open } from 'node:fs/promises';
import { Tensor } from '../../airi';

const HOST_IS_LITTLE_ENDIAN = new Uint8Array(Float32Array.of(1).buffer)[3] === 0x3f;

export async function writeSafetensorsFile(path: string, tensors: Record<string, Tensor>, metadata: Record<string, string> = {}): Promise<number> {
  if (!HOST_IS_LITTLE_ENDIAN) throw new Error('writing safetensors needs a little-endian host');
  const names = Object.keys(tensors).sort();
  const header: Record<string, unknown> = { __metadata__: metadata };
  let offset = 0;
  for (const name of names) {
    const end = offset + tensors[name].size * 4;
    Object.defineProperty(header, name, { value: { dtype: 'F32', shape: tensors[name].shape, data_offsets: [offset, end] }, enumerable: true });
    offset = end;
  }
  const json = Buffer.from(JSON.stringify(header), 'utf8');
  const headerLength = Math.ceil(json.length / 8) * 8;
  const prefix = Buffer.alloc(8 + headerLength, 0x20);
  prefix.writeBigUInt64LE(BigInt(headerLength), 0);
  json.copy(prefix, 8);
  const file = await open(path, 'w');
  try {
    await file.write(prefix);
    for (const name of names) {
      const data = tensors[name].data;
      await file.write(new Uint8Array(data.buffer, data.byteOffset, data.byteLength));
    }
    await file.sync();
  } finally {
    await file.close();
  }
  return prefix.length + offset;
}

/**
 * The F32 tensors of a safetensors file as views onto `bytes` (no copy), and its metadata. Only for
 * files the lab wrote itself (F32, aligned); anything else is refused, never misread.
 */
export function viewSafetensors(bytes: Uint8Array): { tensors: Record<string, Tensor>; metadata: Record<string, string> } {
  if (bytes.length < 8) throw new Error('the file is shorter than a safetensors header');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const headerLength = Number(view.getBigUint64(0, true));
  if (8 + headerLength > bytes.length) throw new Error('its header runs past the end of the file');
  const header = JSON.parse(Buffer.from(bytes.buffer, bytes.byteOffset + 8, headerLength).toString('utf8')) as Record<string, unknown>;
  const start = 8 + headerLength;
  const tensors: Record<string, Tensor> = Object.create(null) as Record<string, Tensor>;
  let metadata: Record<string, string> = {};
  for (const [name, info] of Object.entries(header)) {
    if (name === '__metadata__') {
      metadata = info as Record<string, string>;
      continue;
    }
    const { dtype, shape, data_offsets: [begin, end] } = info as { dtype: string; shape: number[]; data_offsets: [number, number] };
    const count = shape.reduce((a, b) => a * b, 1);
    if (dtype !== 'F32' || end - begin !== count * 4 || start + end > bytes.length) throw new Error(`tensor "${name}" is not a float32 tensor inside the file`);
    const at = bytes.byteOffset + start + begin;
    // A view needs 4-byte alignment; the lab's own files always have it, anything else is copied.
    const data = at % 4 === 0 ? new Float32Array(bytes.buffer, at, count) : new Float32Array(bytes.slice(start + begin, start + end).buffer);
    tensors[name] = new Tensor(data, shape.length ? shape : [1]);
  }
  return { tensors, metadata };
}
