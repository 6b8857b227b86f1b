// Tensor: an n-dimensional float32 array in row-major (C) order, the one data type of airi.
// Every lesson uses it; image lessons store batches as NCHW ([batch, channels, height, width]).
// A tensor is only a shape and a buffer: no autograd graph, no strides, no device. Layers own the
// maths and call kernels on `data` directly, which keeps the engine small enough to read.

export class Tensor {
  readonly shape: number[];
  readonly data: Float32Array;

  /** Wraps `data` without copying; `data.length` must equal the product of `shape`. */
  constructor(data: Float32Array, shape: readonly number[]) {
    const size = sizeOf(shape);
    if (data.length !== size) {
      throw new Error(`Tensor: ${data.length} values do not fill shape ${formatShape(shape)} (${size} elements)`);
    }
    this.shape = [...shape];
    this.data = data;
  }

  /** Number of elements (the product of the shape; 1 for a scalar of shape []). */
  get size(): number {
    return this.data.length;
  }

  static zeros(shape: readonly number[]): Tensor {
    return new Tensor(new Float32Array(sizeOf(shape)), shape);
  }

  /** Copies `values` (rounded to float32) into a new tensor of the given shape. */
  static fromArray(values: ArrayLike<number>, shape: readonly number[]): Tensor {
    const size = sizeOf(shape);
    if (values.length !== size) {
      throw new Error(`Tensor.fromArray: ${values.length} values do not fill shape ${formatShape(shape)} (${size} elements)`);
    }
    return new Tensor(Float32Array.from(values), shape);
  }

  /** A new tensor with the same shape and a copy of the values. */
  clone(): Tensor {
    return new Tensor(this.data.slice(), this.shape);
  }

  toString(): string {
    return `Tensor${formatShape(this.shape)}`;
  }
}

/** "[16, 1]": how every shape appears in error messages. */
export function formatShape(shape: readonly number[]): string {
  return `[${shape.join(', ')}]`;
}

export function sameShape(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((d, i) => d === b[i]);
}

/**
 * Throws unless `actual` equals `expected`, naming who asked and both shapes, e.g.
 * "Tanh().backward: dout has shape [16, 8], expected [16, 16]".
 */
export function assertSameShape(where: string, what: string, actual: readonly number[], expected: readonly number[]): void {
  if (!sameShape(actual, expected)) {
    throw new Error(`${where}: ${what} has shape ${formatShape(actual)}, expected ${formatShape(expected)}`);
  }
}

function sizeOf(shape: readonly number[]): number {
  let size = 1;
  for (const d of shape) {
    if (!Number.isInteger(d) || d < 0) throw new Error(`Tensor: invalid shape ${formatShape(shape)}`);
    size *= d;
  }
  return size;
}
