// The WASM SIMD backend: the reference backend with gemm replaced by the AssemblyScript kernel of
// gemm-kernel.as (4x8 f32x4 micro-kernel, packed panels, cache blocking), optionally split across
// threads (thread-team.ts), Conv2d's whole-batch loop by conv-kernels.as (wasm-conv.ts), and the
// loops around gemm that dominate once it is fast (im2col/col2im, bias, ReLU, max pooling, batch norm,
// the SGD/Adam/AdamW updates) by layer-kernels.as (wasm-layers.ts). Every other kernel stays the
// reference one.
//
//   const backend = await createWasmBackend();                    // one thread, any host
//   const backend = await createWasmBackend({ threads: 2, startHelper }); // host starts 1 helper
//   setBackend(backend);
//
// Operands live in JS Float32Arrays, so each call copies A, B (and C when beta != 0) into the WASM
// memory and C back out; the buffers are kept and grown between calls. Memory layout:
//   [control area | workspace of thread 0 | ... | workspace of thread T-1 | A | B | C]
// The layer kernels stage their operands where A, B and C go. Nothing else is reserved, so the .as
// kernels must not use static data (no strings, arrays, or stdlib Math functions with tables, such as
// Math.pow): AssemblyScript would place it at a low address the control area and workspaces overwrite.
import type { Backend, GemmOptions } from '../backend';
import { referenceBackend } from '../reference/reference-backend';
import { type KernelExports, compileKernelModule, instantiateKernels } from './kernel-module';
import { type GemmJob, runJob } from './thread-jobs';
import { CONTROL_BYTES, HelperThreads, MAX_HELPERS, type WasmGemmHelperInit } from './thread-team';
import { type ConvTeam, convOverrides } from './wasm-conv';
import { layerOverrides } from './wasm-layers';
import { MemoryViews, Staging, alignUp } from './wasm-staging';

export interface WasmBackendOptions {
  /** Threads that share each gemm, counting the calling one. Defaults to 1. */
  threads?: number;
  /**
   * Required when threads > 1: called once per helper; the host starts a worker and makes it call
   * runWasmGemmHelper(init) (postMessage carries `init` as is). The calling thread must be allowed to
   * block in Atomics.wait: a worker, or Node's main thread, but not a browser page's main thread.
   */
  startHelper?: (init: WasmGemmHelperInit) => void;
}

export interface WasmBackend extends Backend {
  readonly threads: number;
  /** Stops the helper threads (their runWasmGemmHelper returns); the backend then runs on one thread. */
  dispose(): void;
}

export { runWasmGemmHelper, type WasmGemmHelperInit } from './thread-team';

/** The shared memory's maximum (4 GiB, all wasm32 can address); V8 only reserves address space. */
const SHARED_MAX_PAGES = 65536;
/**
 * Below this many multiply-adds (m * n * k), about 170 µs on one thread, a split loses to its costs:
 * waking a helper, and the copies, which are about twice as slow into shared memory.
 */
const MIN_PARALLEL_MNK = 128 * 128 * 128;
/** Chunks per thread: more balance the load when a thread starts late; fewer repack less. */
const CHUNKS_PER_THREAD = 2;
/**
 * Nor are chunks thinner than this (rows or columns): every chunk repacks the operand it does not
 * split, so a chunk must do enough multiply-adds per packed element (48 is a multiple of 4 and 8).
 */
const MIN_CHUNK_LENGTH = 48;
/** The kernel's micro-tile: blocks handed to threads are multiples of it. */
const MR = 4;
const NR = 8;

class WasmGemm {
  private readonly workspaceBytes: number;
  private readonly operandsStart: number;
  private helpers: HelperThreads | null;

  constructor(
    private readonly kernel: KernelExports,
    memory: WebAssembly.Memory,
    private readonly views: MemoryViews,
    private threads: number,
  ) {
    this.workspaceBytes = alignUp(kernel.workspaceBytes(), 64);
    this.operandsStart = CONTROL_BYTES + threads * this.workspaceBytes;
    this.helpers = threads > 1 ? new HelperThreads(memory, kernel) : null;
  }

  /** Where the operands go: the layer kernels stage theirs there too, between gemm calls. */
  get operandsOffset(): number {
    return this.operandsStart;
  }

  /** The helpers and the workspace stride, while threads > 1 (the fused convolutions split batches with them). */
  get team(): ConvTeam | null {
    return this.helpers ? { helpers: this.helpers, threads: this.threads, workBytes: this.workspaceBytes } : null;
  }

  get threadCount(): number {
    return this.threads;
  }

  dispose(): void {
    this.helpers?.quit();
    this.helpers = null;
    this.threads = 1;
  }

  gemm(a: Float32Array, b: Float32Array, c: Float32Array, options: GemmOptions): void {
    const { transA, transB, m, n, k, alpha = 1, beta = 0 } = options;
    if (m === 0 || n === 0) return;
    const aBytes = alignUp(m * k * 4, 64);
    const bBytes = alignUp(k * n * 4, 64);
    const aPtr = this.operandsStart;
    const bPtr = aPtr + aBytes;
    const cPtr = bPtr + bBytes;
    this.views.ensureBytes(cPtr + m * n * 4);
    const f = this.views.floats;
    f.set(a.length === m * k ? a : a.subarray(0, m * k), aPtr >> 2);
    f.set(b.length === k * n ? b : b.subarray(0, k * n), bPtr >> 2);
    // With beta = 0 the kernel never reads C, so its old contents need not travel.
    if (beta !== 0) f.set(c.length === m * n ? c : c.subarray(0, m * n), cPtr >> 2);
    const job: GemmJob = {
      a: aPtr, rsA: transA ? 1 : k, csA: transA ? m : 1,
      b: bPtr, rsB: transB ? 1 : n, csB: transB ? k : 1,
      c: cPtr, ldc: n, m, n, k, alpha, beta,
    };
    if (this.helpers && m * n * k >= MIN_PARALLEL_MNK) this.split(this.helpers, job);
    else runJob(this.kernel, job, CONTROL_BYTES);
    c.set(f.subarray(cPtr >> 2, (cPtr >> 2) + m * n));
  }

  /**
   * Cuts C into chunks along its longer side (so each chunk repacks only the smaller operand), in
   * multiples of the micro-tile, and runs them on every thread (thread-team.ts).
   */
  private split(helpers: HelperThreads, job: GemmJob): void {
    const byColumns = job.n >= job.m;
    const length = byColumns ? job.n : job.m;
    const unit = byColumns ? NR : MR;
    // A multiple of the thread count when the chunks can stay thick enough: 3 chunks on 2 threads
    // (DemoConvNet's fc1 forward, m = 128) would leave one thread idle for a third of the call.
    let wanted = this.threads * CHUNKS_PER_THREAD;
    while (wanted > this.threads && length / wanted < MIN_CHUNK_LENGTH) wanted -= this.threads;
    const chunk = alignUp(Math.max(Math.ceil(length / wanted), MIN_CHUNK_LENGTH), unit);
    helpers.run({
      ...job, kind: 'gemm', byColumns, chunk, chunks: Math.ceil(length / chunk),
      workBase: CONTROL_BYTES, workBytes: this.workspaceBytes,
    });
  }
}

/** Creates the WASM SIMD backend (async: WebAssembly compiles asynchronously). */
export async function createWasmBackend(options: WasmBackendOptions = {}): Promise<WasmBackend> {
  const threads = options.threads ?? 1;
  if (!Number.isInteger(threads) || threads < 1 || threads > MAX_HELPERS + 1) {
    throw new Error(`createWasmBackend: threads must be an integer from 1 to ${MAX_HELPERS + 1}, got ${threads}`);
  }
  const startHelper = options.startHelper;
  if (threads > 1) {
    if (!startHelper) throw new Error('createWasmBackend: threads > 1 needs a startHelper that starts helper workers');
    if (typeof SharedArrayBuffer === 'undefined') {
      throw new Error('createWasmBackend: threads > 1 needs SharedArrayBuffer (in a browser, a cross-origin isolated page)');
    }
  }
  const shared = threads > 1;
  const module = await compileKernelModule(shared);
  const memory = new WebAssembly.Memory(shared ? { initial: 1, maximum: SHARED_MAX_PAGES, shared: true } : { initial: 1 });
  const kernel = await instantiateKernels(module, memory);
  const views = new MemoryViews(memory);
  const engine = new WasmGemm(kernel, memory, views, threads);
  // The layer kernels stage their operands where the gemm's go; the fused convolutions use thread 0's gemm workspace.
  const staging = new Staging(views, engine.operandsOffset);
  for (let slot = 0; slot < threads - 1; slot++) startHelper?.({ module, memory, slot });
  return {
    ...referenceBackend,
    ...layerOverrides(kernel, staging),
    ...convOverrides(kernel, staging, CONTROL_BYTES, () => engine.team),
    name: 'wasm-simd',
    gemm: (a, b, c, gemmOptions) => engine.gemm(a, b, c, gemmOptions),
    get threads() {
      return engine.threadCount;
    },
    dispose: () => engine.dispose(),
  };
}
