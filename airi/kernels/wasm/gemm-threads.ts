// Threads for the WASM gemm: the calling thread and N - 1 helper threads share one
// WebAssembly.Memory({ shared: true }); the caller splits C into blocks, posts one block per helper
// through a small control area at the start of that memory, computes the first block itself, and
// waits with Atomics until every helper is done. Lessons 5 to 7 (convolutions) are where it pays.
//
// airi cannot create threads (no Node, no DOM), so the host does: createWasmBackend({ threads,
// startHelper }) calls startHelper(init) once per helper; the host starts a worker (Node
// worker_threads, or a browser Web Worker) and hands it `init` by postMessage (a WebAssembly.Module
// and a shared Memory are both structured-cloneable); the worker calls runWasmGemmHelper(init),
// which loads the same kernel on the same memory and serves jobs until dispose().
//
// Control area: one slot of SLOT_WORDS int32 words per helper. Word 0 is the slot's state; the rest
// are the job's arguments, written before the state flips to BUSY (Atomics.store is a full fence, so
// the helper sees them).
import { type GemmKernel, instantiateGemmKernel } from './gemm-module';

export const SLOT_WORDS = 16;
export const MAX_HELPERS = 15;
/** Bytes at the start of the memory reserved for the control area. */
export const CONTROL_BYTES = 1024;

const IDLE = 0;
const BUSY = 1;
const QUIT = 2;

/** How long a waiting thread polls before it sleeps in Atomics.wait: waking a sleeper costs tens of µs. */
const SPIN_POLLS = 20000;
/** A helper that does not answer in this time was, most likely, never started by the host. */
const HELPER_TIMEOUT_MS = 30000;

/** What a host hands each helper worker, by postMessage. */
export interface WasmGemmHelperInit {
  /** The compiled kernel (the shared-memory build). */
  module: WebAssembly.Module;
  /** The shared memory holding the control area, the workspaces and the operands. */
  memory: WebAssembly.Memory;
  /** This helper's control slot, 0 .. threads - 2. */
  slot: number;
}

/** The arguments of one kernel call on one block (pointers are byte offsets into the memory). */
export interface GemmJob {
  a: number; rsA: number; csA: number;
  b: number; rsB: number; csB: number;
  c: number; ldc: number;
  m: number; n: number; k: number;
  alpha: number; beta: number;
  work: number;
}

export function runJob(kernel: GemmKernel, j: GemmJob): void {
  kernel.gemm(j.a, j.rsA, j.csA, j.b, j.rsB, j.csB, j.c, j.ldc, j.m, j.n, j.k, j.alpha, j.beta, j.work);
}

/** Waits until `words[index]` is no longer `value`, polling first and sleeping after; returns the new value. */
function waitWhile(words: Int32Array, index: number, value: number, timeoutMs: number): number {
  for (let poll = 0; poll < SPIN_POLLS; poll++) {
    const now = Atomics.load(words, index);
    if (now !== value) return now;
  }
  for (;;) {
    const outcome = Atomics.wait(words, index, value, timeoutMs);
    const now = Atomics.load(words, index);
    if (now !== value) return now;
    if (outcome === 'timed-out') throw new Error(`wasm gemm: no answer within ${timeoutMs} ms`);
  }
}

/**
 * The body of a helper worker: instantiates the kernel on the shared memory and runs the jobs posted
 * to its slot, blocking the worker (it uses Atomics.wait) until the backend is disposed.
 */
export async function runWasmGemmHelper(init: WasmGemmHelperInit): Promise<void> {
  const kernel = await instantiateGemmKernel(init.module, init.memory);
  // The control area never moves, so a view made now stays valid when the memory grows.
  const words = new Int32Array(init.memory.buffer, 0, CONTROL_BYTES / 4);
  const floats = new Float32Array(init.memory.buffer, 0, CONTROL_BYTES / 4);
  const base = init.slot * SLOT_WORDS;
  for (;;) {
    const state = waitWhile(words, base, IDLE, Infinity);
    if (state === QUIT) return;
    runJob(kernel, readJob(words, floats, base));
    Atomics.store(words, base, IDLE);
    Atomics.notify(words, base);
  }
}

function readJob(words: Int32Array, floats: Float32Array, base: number): GemmJob {
  return {
    a: words[base + 1], rsA: words[base + 2], csA: words[base + 3],
    b: words[base + 4], rsB: words[base + 5], csB: words[base + 6],
    c: words[base + 7], ldc: words[base + 8],
    m: words[base + 9], n: words[base + 10], k: words[base + 11],
    alpha: floats[base + 12], beta: floats[base + 13],
    work: words[base + 14],
  };
}

/** The calling thread's side: posts jobs to helper slots and waits for them. */
export class GemmHelpers {
  private readonly words: Int32Array;
  private readonly floats: Float32Array;

  constructor(memory: WebAssembly.Memory, readonly count: number) {
    this.words = new Int32Array(memory.buffer, 0, CONTROL_BYTES / 4);
    this.floats = new Float32Array(memory.buffer, 0, CONTROL_BYTES / 4);
  }

  post(slot: number, job: GemmJob): void {
    const { words, floats } = this;
    const base = slot * SLOT_WORDS;
    words[base + 1] = job.a; words[base + 2] = job.rsA; words[base + 3] = job.csA;
    words[base + 4] = job.b; words[base + 5] = job.rsB; words[base + 6] = job.csB;
    words[base + 7] = job.c; words[base + 8] = job.ldc;
    words[base + 9] = job.m; words[base + 10] = job.n; words[base + 11] = job.k;
    floats[base + 12] = job.alpha; floats[base + 13] = job.beta;
    words[base + 14] = job.work;
    Atomics.store(words, base, BUSY);
    Atomics.notify(words, base);
  }

  wait(slot: number): void {
    const state = waitWhile(this.words, slot * SLOT_WORDS, BUSY, HELPER_TIMEOUT_MS);
    if (state !== IDLE) throw new Error(`wasm gemm: helper ${slot} is in state ${state}`);
  }

  /** Tells every helper to return from runWasmGemmHelper. */
  quit(): void {
    for (let slot = 0; slot < this.count; slot++) {
      Atomics.store(this.words, slot * SLOT_WORDS, QUIT);
      Atomics.notify(this.words, slot * SLOT_WORDS);
    }
  }
}
