// Moving arrays in and out of the WASM memory. The kernels work on byte pointers into that memory
// while airi's tensors live in JS Float32Arrays, so every call copies its operands in, runs, and
// copies what the kernel wrote back out. The copies are bulk memcpys (TypedArray.set), several times
// faster than the plain JS loops the kernels replace, so even element-wise kernels gain.
//
//   staging.run([input(x), output(y)], ([px, py]) => kernels.relu(px, py, n));

export const PAGE_BYTES = 65536;

export function alignUp(value: number, to: number): number {
  return Math.ceil(value / to) * to;
}

/** Float and int views of a WebAssembly.Memory, renewed when it grows (growing replaces memory.buffer). */
export class MemoryViews {
  floats: Float32Array;
  ints: Int32Array;

  constructor(private readonly memory: WebAssembly.Memory) {
    this.floats = new Float32Array(memory.buffer);
    this.ints = new Int32Array(memory.buffer);
  }

  /** Grows the memory to at least `bytes` and refreshes the views. */
  ensureBytes(bytes: number): void {
    const have = this.memory.buffer.byteLength;
    if (have < bytes) this.memory.grow(Math.ceil((bytes - have) / PAGE_BYTES));
    if (this.floats.byteLength !== this.memory.buffer.byteLength) {
      this.floats = new Float32Array(this.memory.buffer);
      this.ints = new Int32Array(this.memory.buffer);
    }
  }

  /** Copies the first `count` elements of `source` to byte offset `pointer`. */
  put(pointer: number, source: Float32Array | Int32Array, count: number): void {
    const view = source instanceof Int32Array ? this.ints : this.floats;
    view.set(source.length === count ? source : source.subarray(0, count), pointer >> 2);
  }

  /** Copies `count` elements at byte offset `pointer` into the start of `target`. */
  get(pointer: number, target: Float32Array | Int32Array, count: number): void {
    const view = target instanceof Int32Array ? this.ints : this.floats;
    target.set(view.subarray(pointer >> 2, (pointer >> 2) + count));
  }
}

/** One operand of a kernel call: `count` elements of `array`, copied in, out, both, or neither. */
export interface Operand {
  array: Float32Array | Int32Array | null;
  count: number;
  copyIn: boolean;
  copyOut: boolean;
}

/** Read by the kernel. A null array (an optional operand left out) gets pointer 0 and no room. */
export function input(array: Float32Array | Int32Array | null, count = array?.length ?? 0): Operand {
  return { array, count: array ? count : 0, copyIn: true, copyOut: false };
}

/** Written by the kernel. */
export function output(array: Float32Array | Int32Array | null, count = array?.length ?? 0): Operand {
  return { array, count: array ? count : 0, copyIn: false, copyOut: true };
}

/** Read and updated by the kernel (a parameter, an accumulated gradient). */
export function inout(array: Float32Array | Int32Array | null, count = array?.length ?? 0): Operand {
  return { array, count: array ? count : 0, copyIn: true, copyOut: true };
}

/** Room for `count` floats the kernel uses as it likes; nothing is copied. */
export function scratch(count: number): Operand {
  return { array: null, count, copyIn: false, copyOut: false };
}

/** A staging area: operands are laid out one after another from `base`, each 64-byte aligned. */
export class Staging {
  constructor(
    readonly views: MemoryViews,
    private readonly base: number,
  ) {}

  /**
   * Places the operands, copies the inputs in, runs `kernel` with their byte pointers (0 for a null
   * array) and copies the outputs back out.
   */
  run(operands: Operand[], kernel: (pointers: number[]) => void): void {
    const pointers: number[] = [];
    let at = this.base;
    for (const { array, count } of operands) {
      pointers.push(array || count > 0 ? at : 0);
      at += alignUp(count * 4, 64);
    }
    this.views.ensureBytes(at);
    operands.forEach(({ array, count, copyIn }, i) => {
      if (array && copyIn) this.views.put(pointers[i], array, count);
    });
    kernel(pointers);
    operands.forEach(({ array, count, copyOut }, i) => {
      if (array && copyOut) this.views.get(pointers[i], array, count);
    });
  }
}
