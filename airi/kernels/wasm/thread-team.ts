// Threads for the WASM kernels (a gemm, or a Conv2d layer's batch): the calling thread and N - 1
// helper threads share one WebAssembly.Memory({ shared: true }). The caller cuts C into chunks (column or row blocks), posts the
// job in a control area at the start of that memory, and every thread, the caller included, claims
// chunks with an atomic counter until none are left; the caller then waits only for chunks still in
// flight. So a helper that the OS has not scheduled yet (a browser tab, another training) costs
// nothing: the caller simply does its share. Lessons 5 to 7 (convolutions) are where it pays.
//
// airi cannot create threads (no Node, no DOM), so the host does: createWasmBackend({ threads,
// startHelper }) calls startHelper(init) once per helper; the host starts a worker (Node
// worker_threads, or a browser Web Worker) and hands it `init` by postMessage (a WebAssembly.Module
// and a shared Memory are both structured-cloneable); the worker calls runWasmGemmHelper(init),
// which loads the same kernel on the same memory and serves jobs until dispose().
//
// Control area (int32 words): GEN, the job number helpers sleep on; NEXT, the claim counter, tagged
// with the job number in its high bits so that a helper still holding the previous job's arguments
// can never claim a chunk of the next one; DONE, chunks finished; QUIT. Job arguments alternate
// between two areas, so the next job is written while a late helper may still read the last one.
//
// A job is either a gemm cut into blocks of C, or a convolution layer's batch (conv-kernels.as) cut
// into groups of images: each thread runs im2col + gemm (+ col2im) on the images it claims, in its
// own scratch, and accumulates the weight and bias gradients into its own buffers, which the caller
// sums at the end. Splitting the batch beats splitting each image's small gemms: one sync per group of images
// instead of three per image, and the im2col/col2im loops run in parallel too.
import { type KernelExports, instantiateKernels } from './kernel-module';
import type { WindowArgs } from './wasm-layers';

/** Bytes at the start of the memory reserved for the control area. */
export const CONTROL_BYTES = 512;
export const MAX_HELPERS = 15;

const GEN = 0;
const NEXT = 1;
const DONE = 2;
const QUIT = 3;
const AREA_WORDS = 32;
const AREA = [8, 8 + AREA_WORDS];
const TAG_BITS = 16;
const TAG_MASK = 0x7fff;
const INDEX_MASK = (1 << TAG_BITS) - 1;

/** Polls (about 0.3 ms in Node 20) before a waiting thread sleeps in Atomics.wait: waking a sleeper costs tens of µs. */
const SPIN_POLLS = 20000;

/** What a host hands each helper worker, by postMessage. */
export interface WasmGemmHelperInit {
  /** The compiled kernel (the shared-memory build). */
  module: WebAssembly.Module;
  /** The shared memory holding the control area, the workspaces and the operands. */
  memory: WebAssembly.Memory;
  /** This helper's number, 0 .. threads - 2 (it picks its workspace). */
  slot: number;
}

/** The arguments of one kernel call (pointers are byte offsets into the memory). */
export interface GemmJob {
  a: number; rsA: number; csA: number;
  b: number; rsB: number; csB: number;
  c: number; ldc: number;
  m: number; n: number; k: number;
  alpha: number; beta: number;
}

/** A job cut into chunks of `chunk` columns (byColumns) or rows; thread t computes in workspace t. */
export interface SplitJob extends GemmJob {
  kind: 'gemm';
  byColumns: boolean;
  chunk: number;
  chunks: number;
  /** Workspace of thread t: workBase + t * workBytes. */
  workBase: number;
  workBytes: number;
}

/**
 * Conv2d over a batch cut into chunks of `chunk` images. Thread t computes in workspace t and in
 * scratch t (scratchBase + t * scratchBytes: cols, then dcols, each colsBytes, then its own weight
 * and bias gradients); thread 0 accumulates straight into dw and db.
 */
export interface ConvJob {
  kind: 'convForward' | 'convBackward';
  /**
   * The batch x, the weights, the bias (0: none), y (forward) or dy (backward), and for backward dx
   * (0: not wanted), dw and db (0 when there is no bias).
   */
  x: number; w: number; bias: number; y: number; dx: number; dw: number; db: number;
  /** A ReLU fused after the convolution: forward, 1 or 0; backward, the forward's output (0: none). */
  relu: number;
  outChannels: number;
  images: number;
  chunk: number;
  chunks: number;
  window: WindowArgs;
  workBase: number; workBytes: number;
  scratchBase: number; scratchBytes: number; colsBytes: number;
}

export type ThreadJob = SplitJob | ConvJob;

const KINDS = ['gemm', 'convForward', 'convBackward'] as const;

/** The bytes of thread t's private gradients: the weights', then (64-byte aligned) the bias's. */
export function convGradientBytes(weights: number, outChannels: number): number {
  return Math.ceil((weights * 4) / 64) * 64 + outChannels * 4;
}

/** Where thread t's private weight and bias gradients live (thread 0 uses dw and db themselves). */
export function convGradientsOf(job: ConvJob, thread: number, weights: number): { dw: number; db: number } {
  if (thread === 0) return { dw: job.dw, db: job.db };
  const dw = job.scratchBase + thread * job.scratchBytes + 2 * job.colsBytes;
  return { dw, db: job.db === 0 ? 0 : dw + Math.ceil((weights * 4) / 64) * 64 };
}

function runConvChunk(kernel: KernelExports, j: ConvJob, index: number, thread: number): void {
  const first = index * j.chunk;
  const count = Math.min(j.chunk, j.images - first);
  const work = j.workBase + thread * j.workBytes;
  const cols = j.scratchBase + thread * j.scratchBytes;
  if (j.kind === 'convForward') {
    kernel.convForward(j.x, j.w, j.bias, j.relu, j.y, cols, work, j.outChannels, first, count, ...j.window);
  } else {
    const [channels, , , kernelH, kernelW] = j.window;
    const { dw, db } = convGradientsOf(j, thread, j.outChannels * channels * kernelH * kernelW);
    kernel.convBackward(j.x, j.w, j.y, j.relu, j.dx, dw, db, cols, cols + j.colsBytes, work, j.outChannels, first, count, ...j.window);
  }
}

function runIndex(kernel: KernelExports, job: ThreadJob, index: number, thread: number): void {
  if (job.kind === 'gemm') runChunk(kernel, job, index, job.workBase + thread * job.workBytes);
  else runConvChunk(kernel, job, index, thread);
}

export function runJob(kernel: KernelExports, j: GemmJob, work: number): void {
  kernel.gemm(j.a, j.rsA, j.csA, j.b, j.rsB, j.csB, j.c, j.ldc, j.m, j.n, j.k, j.alpha, j.beta, work);
}

function runChunk(kernel: KernelExports, j: SplitJob, index: number, work: number): void {
  const start = index * j.chunk;
  if (j.byColumns) {
    const n = Math.min(j.chunk, j.n - start);
    runJob(kernel, { ...j, b: j.b + start * j.csB * 4, c: j.c + start * 4, n }, work);
  } else {
    const m = Math.min(j.chunk, j.m - start);
    runJob(kernel, { ...j, a: j.a + start * j.rsA * 4, c: j.c + start * j.ldc * 4, m }, work);
  }
}

/** Claims and runs chunks of job `tag` until none are left (or the job is no longer `tag`). */
function claimChunks(kernel: KernelExports, words: Int32Array, tag: number, job: ThreadJob, thread: number): void {
  for (;;) {
    const ticket = Atomics.load(words, NEXT);
    if (ticket >>> TAG_BITS !== tag || (ticket & INDEX_MASK) >= job.chunks) return;
    if (Atomics.compareExchange(words, NEXT, ticket, ticket + 1) !== ticket) continue;
    runIndex(kernel, job, ticket & INDEX_MASK, thread);
    Atomics.add(words, DONE, 1);
    Atomics.notify(words, DONE);
  }
}

function writeJob(words: Int32Array, floats: Float32Array, base: number, j: ThreadJob): void {
  words[base] = KINDS.indexOf(j.kind);
  const at = base + 1;
  if (j.kind === 'gemm') {
    words[at] = j.a; words[at + 1] = j.rsA; words[at + 2] = j.csA;
    words[at + 3] = j.b; words[at + 4] = j.rsB; words[at + 5] = j.csB;
    words[at + 6] = j.c; words[at + 7] = j.ldc;
    words[at + 8] = j.m; words[at + 9] = j.n; words[at + 10] = j.k;
    floats[at + 11] = j.alpha; floats[at + 12] = j.beta;
    words[at + 13] = j.byColumns ? 1 : 0; words[at + 14] = j.chunk; words[at + 15] = j.chunks;
    words[at + 16] = j.workBase; words[at + 17] = j.workBytes;
    return;
  }
  words[at] = j.x; words[at + 1] = j.w; words[at + 2] = j.y; words[at + 3] = j.dx; words[at + 4] = j.dw;
  words[at + 5] = j.outChannels; words[at + 6] = j.images; words[at + 7] = j.chunk; words[at + 8] = j.chunks;
  words[at + 9] = j.workBase; words[at + 10] = j.workBytes;
  words[at + 11] = j.scratchBase; words[at + 12] = j.scratchBytes; words[at + 13] = j.colsBytes;
  for (let i = 0; i < 11; i++) words[at + 14 + i] = j.window[i];
  words[at + 25] = j.bias; words[at + 26] = j.db; words[at + 27] = j.relu;
}

function readJob(words: Int32Array, floats: Float32Array, base: number): ThreadJob {
  const kind = KINDS[words[base]];
  const at = base + 1;
  if (kind === 'gemm') {
    return {
      kind,
      a: words[at], rsA: words[at + 1], csA: words[at + 2],
      b: words[at + 3], rsB: words[at + 4], csB: words[at + 5],
      c: words[at + 6], ldc: words[at + 7],
      m: words[at + 8], n: words[at + 9], k: words[at + 10],
      alpha: floats[at + 11], beta: floats[at + 12],
      byColumns: words[at + 13] === 1, chunk: words[at + 14], chunks: words[at + 15],
      workBase: words[at + 16], workBytes: words[at + 17],
    };
  }
  return {
    kind,
    x: words[at], w: words[at + 1], bias: words[at + 25], y: words[at + 2], dx: words[at + 3], dw: words[at + 4], db: words[at + 26], relu: words[at + 27],
    outChannels: words[at + 5], images: words[at + 6], chunk: words[at + 7], chunks: words[at + 8],
    workBase: words[at + 9], workBytes: words[at + 10],
    scratchBase: words[at + 11], scratchBytes: words[at + 12], colsBytes: words[at + 13],
    window: readWindow(words, at + 14),
  };
}

function readWindow(words: Int32Array, at: number): WindowArgs {
  const w = (i: number) => words[at + i];
  return [w(0), w(1), w(2), w(3), w(4), w(5), w(6), w(7), w(8), w(9), w(10)];
}

/** Polls, then sleeps, until words[index] differs from `value`; returns the new value. */
function waitWhile(words: Int32Array, index: number, value: number): number {
  for (let poll = 0; poll < SPIN_POLLS; poll++) {
    const now = Atomics.load(words, index);
    if (now !== value) return now;
  }
  for (;;) {
    Atomics.wait(words, index, value);
    const now = Atomics.load(words, index);
    if (now !== value) return now;
  }
}

function controlViews(memory: WebAssembly.Memory): [Int32Array, Float32Array] {
  // The control area never moves, so views made now stay valid when the memory grows.
  return [new Int32Array(memory.buffer, 0, CONTROL_BYTES / 4), new Float32Array(memory.buffer, 0, CONTROL_BYTES / 4)];
}

/**
 * The body of a helper worker: instantiates the kernel on the shared memory and helps with every job
 * posted, blocking the worker (it uses Atomics.wait) until the backend is disposed.
 */
export async function runWasmGemmHelper(init: WasmGemmHelperInit): Promise<void> {
  const kernel = await instantiateKernels(init.module, init.memory);
  const [words, floats] = controlViews(init.memory);
  let seen = Atomics.load(words, GEN);
  for (;;) {
    if (Atomics.load(words, QUIT) === 1) return;
    if (Atomics.load(words, GEN) === seen) {
      waitWhile(words, GEN, seen);
      continue;
    }
    seen = Atomics.load(words, GEN);
    const job = readJob(words, floats, AREA[seen & 1]);
    claimChunks(kernel, words, seen, job, init.slot + 1);
  }
}

/** The calling thread's side of the helper threads: it posts jobs and works on them too. */
export class HelperThreads {
  private readonly words: Int32Array;
  private readonly floats: Float32Array;
  private generation = 0;

  constructor(memory: WebAssembly.Memory, private readonly kernel: KernelExports) {
    [this.words, this.floats] = controlViews(memory);
  }

  /** Posts `job`, works on it with the helpers, and returns when every chunk is done. */
  run(job: ThreadJob): void {
    const { words } = this;
    const tag = (this.generation = (this.generation + 1) & TAG_MASK);
    writeJob(words, this.floats, AREA[tag & 1], job);
    Atomics.store(words, DONE, 0);
    Atomics.store(words, NEXT, tag << TAG_BITS);
    Atomics.store(words, GEN, tag);
    Atomics.notify(words, GEN);
    claimChunks(this.kernel, words, tag, job, 0);
    for (let done = Atomics.load(words, DONE); done < job.chunks; done = Atomics.load(words, DONE)) {
      waitWhile(words, DONE, done);
    }
  }

  /** Tells every helper to return from runWasmGemmHelper. */
  quit(): void {
    Atomics.store(this.words, QUIT, 1);
    Atomics.add(this.words, GEN, 1 << TAG_BITS); // a change every sleeper wakes for, outside the tag range
    Atomics.notify(this.words, GEN);
  }
}
