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
// A job (thread-jobs.ts) is either a gemm cut into blocks of C, or a convolution layer's batch (conv-kernels.as) cut
// into groups of images: each thread runs im2col + gemm (+ col2im) on the images it claims, in its
// own scratch, and accumulates the weight and bias gradients into its own buffers, which the caller
// sums at the end. Splitting the batch beats splitting each image's small gemms: one sync per group of images
// instead of three per image, and the im2col/col2im loops run in parallel too.
import { type KernelExports, instantiateKernels } from './kernel-module';
import { type ThreadJob, readJob, runIndex, writeJob } from './thread-jobs';

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
