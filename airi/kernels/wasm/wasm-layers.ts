// The WASM SIMD backend's kernels other than gemm (layer-kernels.as): each call copies its operands
// from the JS Float32Arrays into a staging area of the WASM memory, runs the kernel there, and copies
// what it wrote back out, as the gemm does. The copies are bulk memcpys (TypedArray.set), several
// times faster than the plain JS loops they replace, so even element-wise kernels gain. They run on
// the calling thread only; the staging area is the gemm's operand area, free between calls.
import type { AdamStepOptions, Backend, ChannelLayout, SgdStepOptions, Window2d } from '../backend';
import type { ConvKernels, LayerKernels } from './gemm-module';
import { type ConvJob, type GemmHelpers, convGradientBytes, convGradientsOf } from './gemm-threads';

/** The threads a fused convolution can split its batch across. */
export interface ConvTeam {
  helpers: GemmHelpers;
  /** Counting the calling one. */
  threads: number;
  /** Thread t's gemm workspace is at the calling thread's + t * workBytes. */
  workBytes: number;
}

/** See imagesPerCall. */
let MAX_CONV_STAGING_BYTES = 256 * 1024 * 1024;

/** For tests: lowers the staging cap so that small batches take the grouped path. Returns the old cap. */
export function setMaxConvStagingBytes(bytes: number): number {
  const old = MAX_CONV_STAGING_BYTES;
  MAX_CONV_STAGING_BYTES = bytes;
  return old;
}

/** Images per chunk are about images / (threads * this): enough chunks to balance a late helper. */
const CONV_CHUNKS_PER_THREAD = 8;

const PAGE_BYTES = 65536;

function alignUp(value: number, to: number): number {
  return Math.ceil(value / to) * to;
}

/** f[target .. target + count) += f[source .. source + count), with byte pointers. */
function addInto(f: Float32Array, target: number, source: number, count: number): void {
  const t = target >> 2;
  const s = source >> 2;
  for (let i = 0; i < count; i++) f[t + i] += f[s + i];
}

function windowArgs(w: Window2d): number[] {
  return [w.channels, w.height, w.width, w.kernelH, w.kernelW, w.strideH, w.strideW, w.padH, w.padW, w.outHeight, w.outWidth];
}

function convSizes(w: Window2d, outChannels: number, images: number): { imageCount: number; weights: number; outCount: number; colsBytes: number } {
  const patch = w.channels * w.kernelH * w.kernelW;
  const pixels = w.outHeight * w.outWidth;
  return {
    imageCount: images * w.channels * w.height * w.width,
    weights: outChannels * patch,
    outCount: images * outChannels * pixels,
    colsBytes: alignUp(patch * pixels * 4, 64),
  };
}

/** The Backend methods layer-kernels.as implements. */
export type LayerOverrides = Pick<
  Backend,
  | 'im2col' | 'col2im' | 'relu' | 'reluBackward' | 'biasAdd' | 'biasAddBackward' | 'maxPool2d' | 'maxPool2dBackward'
  | 'batchNormStats' | 'batchNorm' | 'batchNormBackward' | 'sgdStep' | 'adamStep' | 'adamwStep'
>;

/** Conv2d's whole-batch loops (see FusedConv2d in nn/conv2d.ts, which looks for them). */
export interface ConvOverrides {
  conv2dForward(
    x: Float32Array, weight: Float32Array, bias: Float32Array | null, fuseRelu: boolean, y: Float32Array,
    window: Window2d, outChannels: number, images: number,
  ): void;
  conv2dBackward(
    x: Float32Array, weight: Float32Array, dy: Float32Array, reluOutput: Float32Array | null, dx: Float32Array | null,
    dweight: Float32Array, dbias: Float32Array | null, window: Window2d, outChannels: number, images: number,
  ): void;
}

/** A fused convolution job before runConv cuts it into chunks. */
type ConvPlan = Omit<ConvJob, 'chunk' | 'chunks' | 'window' | 'workBase' | 'workBytes'>;

export class WasmLayers {
  private floats: Float32Array;
  private ints: Int32Array;

  constructor(
    private readonly kernels: LayerKernels & ConvKernels,
    private readonly memory: WebAssembly.Memory,
    /** Byte offset where the staging area starts. */
    private readonly base: number,
    /** The calling thread's gemm workspace, which the fused convolutions use. */
    private readonly work: number,
    private readonly team: () => ConvTeam | null = () => null,
  ) {
    this.floats = new Float32Array(memory.buffer);
    this.ints = new Int32Array(memory.buffer);
  }

  /** Places consecutive 64-byte aligned regions of the given element counts; returns their byte offsets. */
  private place(...counts: number[]): number[] {
    const pointers: number[] = [];
    let at = this.base;
    for (const count of counts) {
      pointers.push(at);
      at += alignUp(count * 4, 64);
    }
    const have = this.memory.buffer.byteLength;
    if (have < at) this.memory.grow(Math.ceil((at - have) / PAGE_BYTES));
    if (this.floats.byteLength !== this.memory.buffer.byteLength) {
      this.floats = new Float32Array(this.memory.buffer);
      this.ints = new Int32Array(this.memory.buffer);
    }
    return pointers;
  }

  private put(pointer: number, source: Float32Array | Int32Array, count: number): void {
    const view = source instanceof Int32Array ? this.ints : this.floats;
    view.set(source.length === count ? source : source.subarray(0, count), pointer >> 2);
  }

  private get(pointer: number, target: Float32Array | Int32Array, count: number): void {
    const view = target instanceof Int32Array ? this.ints : this.floats;
    target.set(view.subarray(pointer >> 2, (pointer >> 2) + count));
  }

  overrides(): LayerOverrides {
    const k = this.kernels;
    return {
      im2col: (x, cols, w) => {
        const inCount = w.channels * w.height * w.width;
        const colCount = w.channels * w.kernelH * w.kernelW * w.outHeight * w.outWidth;
        const [px, pc] = this.place(inCount, colCount);
        this.put(px, x, inCount);
        k.im2col(px, pc, ...windowArgs(w));
        this.get(pc, cols, colCount);
      },
      col2im: (cols, dx, w) => {
        const inCount = w.channels * w.height * w.width;
        const colCount = w.channels * w.kernelH * w.kernelW * w.outHeight * w.outWidth;
        const [pc, px] = this.place(colCount, inCount);
        this.put(pc, cols, colCount);
        k.col2im(pc, px, ...windowArgs(w));
        this.get(px, dx, inCount);
      },
      relu: (x, y) => {
        const n = x.length;
        const [px, py] = this.place(n, n);
        this.put(px, x, n);
        k.relu(px, py, n);
        this.get(py, y, n);
      },
      reluBackward: (x, dy, dx) => {
        const n = x.length;
        const [px, pd, pdx] = this.place(n, n, n);
        this.put(px, x, n);
        this.put(pd, dy, n);
        k.reluBackward(px, pd, pdx, n);
        this.get(pdx, dx, n);
      },
      biasAdd: (y, bias, { outer, channels, inner }: ChannelLayout) => {
        const n = outer * channels * inner;
        const [py, pb] = this.place(n, channels);
        this.put(py, y, n);
        this.put(pb, bias, channels);
        k.biasAdd(py, pb, outer, channels, inner);
        this.get(py, y, n);
      },
      biasAddBackward: (dy, dbias, { outer, channels, inner }: ChannelLayout) => {
        const n = outer * channels * inner;
        const [pd, pb] = this.place(n, channels);
        this.put(pd, dy, n);
        this.put(pb, dbias, channels);
        k.biasAddBackward(pd, pb, outer, channels, inner);
        this.get(pb, dbias, channels);
      },
      maxPool2d: (x, y, argmax, w) => {
        const inCount = w.channels * w.height * w.width;
        const outCount = w.channels * w.outHeight * w.outWidth;
        const [px, py, pa] = this.place(inCount, outCount, outCount);
        this.put(px, x, inCount);
        k.maxPool2d(px, py, pa, ...windowArgs(w));
        this.get(py, y, outCount);
        this.get(pa, argmax, outCount);
      },
      maxPool2dBackward: (dy, argmax, dx) => {
        const outCount = dy.length;
        const inCount = dx.length;
        const [pd, pa, px] = this.place(outCount, outCount, inCount);
        this.put(pd, dy, outCount);
        this.put(pa, argmax, outCount);
        k.maxPool2dBackward(pd, pa, px, outCount, inCount);
        this.get(px, dx, inCount);
      },
      batchNormStats: (x, mean, variance, { outer, channels, inner }: ChannelLayout) => {
        const n = outer * channels * inner;
        const [px, pm, pv] = this.place(n, channels, channels);
        this.put(px, x, n);
        k.batchNormStats(px, pm, pv, outer, channels, inner);
        this.get(pm, mean, channels);
        this.get(pv, variance, channels);
      },
      batchNorm: (x, mean, invStd, gamma, beta, y, { outer, channels, inner }: ChannelLayout) => {
        const n = outer * channels * inner;
        const [px, pm, pi, pg, pb, py] = this.place(n, channels, channels, channels, channels, n);
        this.put(px, x, n);
        this.put(pm, mean, channels);
        this.put(pi, invStd, channels);
        this.put(pg, gamma, channels);
        this.put(pb, beta, channels);
        k.batchNorm(px, pm, pi, pg, pb, py, outer, channels, inner);
        this.get(py, y, n);
      },
      batchNormBackward: (x, dy, mean, invStd, gamma, dx, dgamma, dbeta, { outer, channels, inner }: ChannelLayout, batchStats) => {
        const n = outer * channels * inner;
        const [px, pd, pm, pi, pg, pdx, pdg, pdb] = this.place(n, n, channels, channels, channels, n, channels, channels);
        this.put(px, x, n);
        this.put(pd, dy, n);
        this.put(pm, mean, channels);
        this.put(pi, invStd, channels);
        this.put(pg, gamma, channels);
        this.put(pdg, dgamma, channels);
        this.put(pdb, dbeta, channels);
        k.batchNormBackward(px, pd, pm, pi, pg, pdx, pdg, pdb, outer, channels, inner, batchStats ? 1 : 0);
        this.get(pdx, dx, n);
        this.get(pdg, dgamma, channels);
        this.get(pdb, dbeta, channels);
      },
      sgdStep: (param, grad, momentumBuffer, o: SgdStepOptions) => {
        const n = param.length;
        const [pp, pg, pb] = this.place(n, n, momentumBuffer ? n : 0);
        this.put(pp, param, n);
        this.put(pg, grad, n);
        if (momentumBuffer) this.put(pb, momentumBuffer, n);
        k.sgdStep(pp, pg, momentumBuffer ? pb : 0, n, o.lr, o.momentum, o.dampening, o.nesterov ? 1 : 0, o.weightDecay, o.firstStep ? 1 : 0);
        this.get(pp, param, n);
        if (momentumBuffer) this.get(pb, momentumBuffer, n);
      },
      adamStep: (param, grad, m, v, o: AdamStepOptions) => this.adam(param, grad, m, v, o, false),
      adamwStep: (param, grad, m, v, o: AdamStepOptions) => this.adam(param, grad, m, v, o, true),
    };
  }

  convOverrides(): ConvOverrides {
    return {
      conv2dForward: (x, weight, bias, fuseRelu, y, w, outChannels, images) => {
        const group = this.imagesPerCall(w, outChannels, images);
        if (group < images) {
          // Too big a batch for one staging area: run it in groups of images (same results).
          const inSize = w.channels * w.height * w.width;
          const outSize = outChannels * w.outHeight * w.outWidth;
          for (let first = 0; first < images; first += group) {
            const count = Math.min(group, images - first);
            const forward = this.convOverrides().conv2dForward;
            const [xPart, yPart] = [x.subarray(first * inSize, (first + count) * inSize), y.subarray(first * outSize, (first + count) * outSize)];
            forward(xPart, weight, bias, fuseRelu, yPart, w, outChannels, count);
          }
          return;
        }
        const { imageCount, weights, outCount, colsBytes } = convSizes(w, outChannels, images);
        const team = images > 1 ? this.team() : null;
        const threads = team ? team.threads : 1;
        const scratchBytes = 2 * colsBytes + alignUp(convGradientBytes(weights, outChannels), 64);
        const [px, pw, pb, py, ps] = this.place(imageCount, weights, outChannels, outCount, (threads * scratchBytes) / 4);
        this.put(px, x, imageCount);
        this.put(pw, weight, weights);
        if (bias) this.put(pb, bias, outChannels);
        const plan: ConvPlan = {
          kind: 'convForward', x: px, w: pw, bias: bias ? pb : 0, relu: fuseRelu ? 1 : 0, y: py, dx: 0, dw: 0, db: 0,
          outChannels, images, scratchBase: ps, scratchBytes, colsBytes,
        };
        this.runConv(team, plan, w);
        this.get(py, y, outCount);
      },
      conv2dBackward: (x, weight, dy, reluOutput, dx, dweight, dbias, w, outChannels, images) => {
        const group = this.imagesPerCall(w, outChannels, images);
        if (group < images) {
          const inSize = w.channels * w.height * w.width;
          const outSize = outChannels * w.outHeight * w.outWidth;
          const backward = this.convOverrides().conv2dBackward;
          for (let first = 0; first < images; first += group) {
            const count = Math.min(group, images - first);
            const [from, to] = [first * inSize, (first + count) * inSize];
            const [outFrom, outTo] = [first * outSize, (first + count) * outSize];
            const reluPart = reluOutput ? reluOutput.subarray(outFrom, outTo) : null;
            const dxPart = dx ? dx.subarray(from, to) : null;
            backward(x.subarray(from, to), weight, dy.subarray(outFrom, outTo), reluPart, dxPart, dweight, dbias, w, outChannels, count);
          }
          return;
        }
        const { imageCount, weights, outCount, colsBytes } = convSizes(w, outChannels, images);
        const team = images > 1 ? this.team() : null;
        const threads = team ? team.threads : 1;
        const scratchBytes = 2 * colsBytes + alignUp(convGradientBytes(weights, outChannels), 64);
        const [px, pw, pd, pr, pdx, pdw, pdb, ps] = this.place(
          imageCount, weights, outCount, reluOutput ? outCount : 0, dx ? imageCount : 0, weights, outChannels, (threads * scratchBytes) / 4,
        );
        this.put(px, x, imageCount);
        this.put(pw, weight, weights);
        this.put(pd, dy, outCount); // a fused ReLU masks this staged copy in place, never dy itself
        if (reluOutput) this.put(pr, reluOutput, outCount);
        this.put(pdw, dweight, weights);
        if (dbias) this.put(pdb, dbias, outChannels);
        const plan: ConvPlan = {
          kind: 'convBackward', x: px, w: pw, bias: 0, relu: reluOutput ? pr : 0, y: pd, dx: dx ? pdx : 0, dw: pdw, db: dbias ? pdb : 0,
          outChannels, images, scratchBase: ps, scratchBytes, colsBytes,
        };
        this.runConv(team, plan, w);
        if (dx) this.get(pdx, dx, imageCount);
        this.get(pdw, dweight, weights);
        if (dbias) this.get(pdb, dbias, outChannels);
      },
    };
  }

  /**
   * How many images one fused call stages at most: the whole batch while its x, dx, dy and a fused
   * ReLU's output fit in MAX_CONV_STAGING_BYTES (every CIFAR-10 lesson), else fewer (large images),
   * since the WASM memory never shrinks and holds them next to their JS copies.
   */
  private imagesPerCall(w: Window2d, outChannels: number, images: number): number {
    // x and dx, dy and a fused ReLU's output
    const perImage = 2 * (w.channels * w.height * w.width + outChannels * w.outHeight * w.outWidth) * 4;
    return Math.max(1, Math.min(images, Math.floor(MAX_CONV_STAGING_BYTES / perImage)));
  }

  /**
   * Runs a fused convolution on this thread alone, or split by images across the team; the helpers'
   * weight and bias gradients start at zero and are added to dw and db at the end.
   */
  private runConv(team: ConvTeam | null, p: ConvPlan, w: Window2d): void {
    const window = windowArgs(w);
    const k = this.kernels;
    if (!team) {
      const cols = p.scratchBase;
      if (p.kind === 'convForward') k.convForward(p.x, p.w, p.bias, p.relu, p.y, cols, this.work, p.outChannels, 0, p.images, ...window);
      else k.convBackward(p.x, p.w, p.y, p.relu, p.dx, p.dw, p.db, cols, cols + p.colsBytes, this.work, p.outChannels, 0, p.images, ...window);
      return;
    }
    const chunk = Math.max(1, Math.ceil(p.images / (team.threads * CONV_CHUNKS_PER_THREAD)));
    const job: ConvJob = { ...p, chunk, chunks: Math.ceil(p.images / chunk), window, workBase: this.work, workBytes: team.workBytes };
    const weights = p.outChannels * w.channels * w.kernelH * w.kernelW;
    const f = this.floats;
    const own = (t: number) => convGradientsOf(job, t, weights);
    if (p.kind === 'convBackward') {
      for (let t = 1; t < team.threads; t++) {
        f.fill(0, own(t).dw >> 2, (own(t).dw >> 2) + weights);
        if (p.db) f.fill(0, own(t).db >> 2, (own(t).db >> 2) + p.outChannels);
      }
    }
    team.helpers.run(job);
    if (p.kind === 'convBackward') {
      for (let t = 1; t < team.threads; t++) {
        addInto(f, p.dw, own(t).dw, weights);
        if (p.db) addInto(f, p.db, own(t).db, p.outChannels);
      }
    }
  }

  private adam(param: Float32Array, grad: Float32Array, m: Float32Array, v: Float32Array, o: AdamStepOptions, decoupled: boolean): void {
    const n = param.length;
    const [pp, pg, pm, pv] = this.place(n, n, n, n);
    this.put(pp, param, n);
    this.put(pg, grad, n);
    this.put(pm, m, n);
    this.put(pv, v, n);
    const stepSize = o.lr / (1 - o.beta1 ** o.step);
    const invCorrection = 1 / Math.sqrt(1 - o.beta2 ** o.step);
    const decay = decoupled ? 1 - o.lr * o.weightDecay : 1;
    this.kernels.adamStep(pp, pg, pm, pv, n, stepSize, invCorrection, o.beta1, o.beta2, o.eps, decoupled ? 0 : o.weightDecay, decay);
    this.get(pp, param, n);
    this.get(pm, m, n);
    this.get(pv, v, n);
  }
}
