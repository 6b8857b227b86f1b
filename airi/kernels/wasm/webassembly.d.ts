// The slice of the WebAssembly JS API that airi's WASM backend uses. airi compiles against ES2022
// alone (no DOM, no @types/node), and ES2022 has no WebAssembly typings; both Node and browser
// workers provide these globals. Code outside airi/ sees the DOM's or @types/node's declarations
// instead (this file is only in airi/tsconfig's program), which agree with this subset.
declare namespace WebAssembly {
  interface MemoryDescriptor {
    /** Size in 64 KiB pages. */
    initial: number;
    maximum?: number;
    shared?: boolean;
  }

  class Memory {
    constructor(descriptor: MemoryDescriptor);
    readonly buffer: ArrayBuffer;
    /** Grows by `delta` pages and returns the old size in pages. */
    grow(delta: number): number;
  }

  class Module {
    constructor(bytes: Uint8Array);
  }

  class Instance {
    constructor(module: Module, imports?: Record<string, Record<string, unknown>>);
    readonly exports: Record<string, unknown>;
  }

  function compile(bytes: Uint8Array): Promise<Module>;
  function instantiate(module: Module, imports?: Record<string, Record<string, unknown>>): Promise<Instance>;
}
