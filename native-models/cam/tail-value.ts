// The values flowing through the tail of a graph (tail-ops.ts): float32 numbers and a shape. A
// quantized activation is carried as its real (dequantized) value; a constant read straight from the
// file keeps its stored integers and says so (`raw`), so an operator dequantizes it with its own scale.
export interface Value {
  dims: number[];
  data: Float32Array;
  /** Integers as stored in the file (8-bit weights, int32 biases), not yet dequantized. */
  raw?: boolean;
}

export const size = (dims: readonly number[]) => dims.reduce((n, d) => n * d, 1);

/** NumPy broadcasting of two shapes. */
export function broadcastDims(a: readonly number[], b: readonly number[]): number[] {
  const rank = Math.max(a.length, b.length);
  const out: number[] = [];
  for (let i = 0; i < rank; i++) {
    const x = a[a.length - rank + i] ?? 1;
    const y = b[b.length - rank + i] ?? 1;
    if (x !== y && x !== 1 && y !== 1) throw new Error(`shapes [${a.join(', ')}] and [${b.join(', ')}] do not broadcast`);
    out.push(Math.max(x, y));
  }
  return out;
}

/** For each element of `out`, the index of the element of `dims` it reads under broadcasting. */
export function broadcastIndex(dims: readonly number[], out: readonly number[]): Int32Array {
  const total = size(out);
  const index = new Int32Array(total);
  const rank = out.length;
  const padded = [...Array(rank - dims.length).fill(1), ...dims] as number[];
  const strides = new Array<number>(rank).fill(0);
  for (let i = rank - 1, s = 1; i >= 0; i--) {
    strides[i] = padded[i] === 1 ? 0 : s;
    s *= padded[i];
  }
  const counter = new Array<number>(rank).fill(0);
  for (let k = 0; k < total; k++) {
    let at = 0;
    for (let i = 0; i < rank; i++) at += counter[i] * strides[i];
    index[k] = at;
    for (let i = rank - 1; i >= 0; i--) {
      if (++counter[i] < out[i]) break;
      counter[i] = 0;
    }
  }
  return index;
}
