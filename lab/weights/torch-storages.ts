// A PyTorch storage's raw little-endian bytes as float32 values, and a tensor (a strided view of one
// storage) gathered into a dense row-major Float32Array, bounds-checked so a hostile file cannot make
// us read outside the storage it names.
import type { TensorRef } from './restricted-unpickler';

interface StorageDtype {
  bytes: number;
  read(view: DataView, offset: number): number;
}

function halfToFloat(bits: number): number {
  const sign = bits & 0x8000 ? -1 : 1;
  const exponent = (bits >> 10) & 0x1f;
  const fraction = bits & 0x3ff;
  if (exponent === 0) return sign * 2 ** -14 * (fraction / 1024);
  if (exponent === 0x1f) return fraction ? Number.NaN : sign * Infinity;
  return sign * 2 ** (exponent - 15) * (1 + fraction / 1024);
}

const bfloatScratch = new DataView(new ArrayBuffer(4));
function bfloatToFloat(bits: number): number {
  bfloatScratch.setUint32(0, bits << 16, true);
  return bfloatScratch.getFloat32(0, true);
}

/** PyTorch's storage classes by the element type they hold. */
export const STORAGE_DTYPES: Record<string, StorageDtype> = {
  FloatStorage: { bytes: 4, read: (v, o) => v.getFloat32(o, true) },
  DoubleStorage: { bytes: 8, read: (v, o) => v.getFloat64(o, true) },
  HalfStorage: { bytes: 2, read: (v, o) => halfToFloat(v.getUint16(o, true)) },
  BFloat16Storage: { bytes: 2, read: (v, o) => bfloatToFloat(v.getUint16(o, true)) },
  LongStorage: { bytes: 8, read: (v, o) => Number(v.getBigInt64(o, true)) },
  IntStorage: { bytes: 4, read: (v, o) => v.getInt32(o, true) },
  ShortStorage: { bytes: 2, read: (v, o) => v.getInt16(o, true) },
  CharStorage: { bytes: 1, read: (v, o) => v.getInt8(o) },
  ByteStorage: { bytes: 1, read: (v, o) => v.getUint8(o) },
  BoolStorage: { bytes: 1, read: (v, o) => (v.getUint8(o) ? 1 : 0) },
};

export function dtypeOf(storageType: string): StorageDtype | null {
  return Object.hasOwn(STORAGE_DTYPES, storageType) ? STORAGE_DTYPES[storageType] : null;
}

/** The tensor's values, row-major; throws a plain message when the view leaves its storage. */
export function gatherTensor(ref: TensorRef, storageBytes: Uint8Array): Float32Array {
  const dtype = dtypeOf(ref.storage.storageType);
  if (!dtype) throw new Error(`its tensors are stored as ${ref.storage.storageType}, which is not a number type`);
  const elements = Math.floor(storageBytes.length / dtype.bytes);
  const count = ref.shape.reduce((a, b) => a * b, 1);
  if (count > 0) {
    // The farthest element the view reaches must lie inside the storage.
    const last = ref.shape.reduce((sum, size, d) => sum + (size - 1) * ref.stride[d], ref.offset);
    if (last >= elements || last >= ref.storage.numel) throw new Error(`a tensor reaches element ${last} of a storage of ${Math.min(elements, ref.storage.numel)}`);
  }
  const view = new DataView(storageBytes.buffer, storageBytes.byteOffset, storageBytes.byteLength);
  const out = new Float32Array(count);
  const index = new Array<number>(ref.shape.length).fill(0);
  let at = ref.offset;
  for (let i = 0; i < count; i++) {
    out[i] = dtype.read(view, at * dtype.bytes);
    // Odometer over the shape: step the last axis, carry into the ones before it.
    for (let d = ref.shape.length - 1; d >= 0; d--) {
      index[d]++;
      at += ref.stride[d];
      if (index[d] < ref.shape[d]) break;
      at -= ref.stride[d] * index[d];
      index[d] = 0;
    }
  }
  return out;
}
