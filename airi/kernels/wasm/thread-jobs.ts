// The jobs the WASM kernels' threads share (thread-team.ts runs them): a gemm cut into blocks of C, or
// a convolution layer's batch (conv-kernels.as) cut into groups of images; how one chunk of each runs
// on a given thread, and how a job's arguments are written into the control area and read back.
import type { KernelExports } from './kernel-module';
import type { WindowArgs } from './wasm-layers';

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

/** Runs chunk `index` of `job` on thread `thread`. */
export function runIndex(kernel: KernelExports, job: ThreadJob, index: number, thread: number): void {
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

/** Writes a job's arguments into the control area at word `base`. */
export function writeJob(words: Int32Array, floats: Float32Array, base: number, j: ThreadJob): void {
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

/** Reads back what writeJob wrote. */
export function readJob(words: Int32Array, floats: Float32Array, base: number): ThreadJob {
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
