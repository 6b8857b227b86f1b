// A graph's constant tensors (initializers and Constant nodes) as numbers: float weights, 8-bit
// quantized weights with their scales and zero points, int32 biases of quantized convolutions, int64
// shapes. Read from onnx-proto's TensorProto, raw little-endian bytes or the typed fields.
import { onnx } from 'onnx-proto';

const T = onnx.TensorProto.DataType;

export interface ConstTensor {
  dims: number[];
  /** Every value as a float (int64 values beyond 2^53 do not occur in the shapes and biases read here). */
  values: Float32Array;
}

const toNumber = (v: number | { toNumber(): number }) => (typeof v === 'number' ? v : v.toNumber());

export function readTensor(tensor: onnx.ITensorProto): ConstTensor {
  const dims = (tensor.dims ?? []).map(toNumber);
  const count = dims.reduce((n, d) => n * d, 1);
  if (tensor.dataLocation === onnx.TensorProto.DataLocation.EXTERNAL) throw new Error(`the weights ${tensor.name} live in an external file`);
  const raw = tensor.rawData;
  const values = new Float32Array(count);
  if (raw && raw.length > 0) {
    const view = new DataView(raw.buffer, raw.byteOffset, raw.byteLength);
    const width: Record<number, number> = { [T.FLOAT]: 4, [T.UINT8]: 1, [T.INT8]: 1, [T.INT32]: 4, [T.INT64]: 8, [T.DOUBLE]: 8, [T.BOOL]: 1 };
    const step = width[tensor.dataType ?? 0];
    if (!step) throw new Error(`the tensor ${tensor.name} has data type ${tensor.dataType}, which is not read here`);
    for (let i = 0; i < count; i++) {
      const at = i * step;
      switch (tensor.dataType) {
        case T.FLOAT: values[i] = view.getFloat32(at, true); break;
        case T.UINT8: case T.BOOL: values[i] = view.getUint8(at); break;
        case T.INT8: values[i] = view.getInt8(at); break;
        case T.INT32: values[i] = view.getInt32(at, true); break;
        case T.INT64: values[i] = Number(view.getBigInt64(at, true)); break;
        case T.DOUBLE: values[i] = view.getFloat64(at, true); break;
      }
    }
    return { dims, values };
  }
  const typed: ArrayLike<number | { toNumber(): number }> =
    (tensor.floatData?.length ? tensor.floatData : null) ??
    (tensor.int32Data?.length ? tensor.int32Data : null) ??
    (tensor.int64Data?.length ? tensor.int64Data : null) ??
    (tensor.doubleData?.length ? tensor.doubleData : null) ??
    [];
  if (typed.length !== count) throw new Error(`the tensor ${tensor.name} holds ${typed.length} values for ${count} places`);
  for (let i = 0; i < count; i++) values[i] = toNumber(typed[i]);
  return { dims, values };
}
