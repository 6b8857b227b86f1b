// The WASM SIMD backend's Conv2d (conv-kernels.as): the whole batch's per-image im2col + gemm loop
// runs inside the WASM memory, so the columns never travel to JS and back; with helper threads the
// batch is split into groups of images (thread-team.ts), each thread keeping its own weight and bias
// gradients, which are summed at the end. Depthwise convolutions (EfficientNet's) run their own loops
// (depthwise-kernels.as), on this thread; other grouped ones, which no lesson uses, the reference's.
import type { Backend, Conv2dShape } from '../backend';
import * as reference from '../reference/conv2d';
import type { KernelExports } from './kernel-module';
import { type ConvJob, convGradientBytes, convGradientsOf } from './thread-jobs';
import type { HelperThreads } from './thread-team';
import { windowArgs } from './wasm-layers';
import { type Operand, type Staging, alignUp, inout, input, output, scratch } from './wasm-staging';

/** The threads a fused convolution can split its batch across. */
export interface ConvTeam {
  helpers: HelperThreads;
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

export type ConvOverrides = Pick<Backend, 'conv2dForward' | 'conv2dBackward'>;

/** A fused convolution job before runConv cuts it into chunks. */
type ConvPlan = Omit<ConvJob, 'chunk' | 'chunks' | 'window' | 'workBase' | 'workBytes'>;

/** f[target .. target + count) += f[source .. source + count), with byte pointers. */
function addInto(f: Float32Array, target: number, source: number, count: number): void {
  const t = target >> 2;
  const s = source >> 2;
  for (let i = 0; i < count; i++) f[t + i] += f[s + i];
}

/** Window2d's numbers after channels, in the order the depthwise kernels take them. */
function depthwiseWindow({ window: w }: Conv2dShape): [number, number, number, number, number, number, number, number, number, number] {
  return [w.height, w.width, w.kernelH, w.kernelW, w.strideH, w.strideW, w.padH, w.padW, w.outHeight, w.outWidth];
}

/** Element counts of the batch, the weights and the output. */
function counts({ window: w, outChannels, images, groups }: Conv2dShape): { imageCount: number; weights: number; outCount: number } {
  return {
    imageCount: images * w.channels * w.height * w.width,
    weights: (outChannels * w.channels * w.kernelH * w.kernelW) / groups,
    outCount: images * outChannels * w.outHeight * w.outWidth,
  };
}

/**
 * How many images one fused call stages at most: the whole batch while its x, dx, dy and a fused
 * ReLU's output fit in MAX_CONV_STAGING_BYTES (every CIFAR-10 lesson), else fewer (large images),
 * since the WASM memory never shrinks and holds them next to their JS copies.
 */
function imagesPerCall({ window: w, outChannels, images }: Conv2dShape): number {
  const perImage = 2 * (w.channels * w.height * w.width + outChannels * w.outHeight * w.outWidth) * 4;
  return Math.max(1, Math.min(images, Math.floor(MAX_CONV_STAGING_BYTES / perImage)));
}

/** Runs `part` on consecutive groups of at most `group` images, with each group's slice of x-sized and y-sized arrays. */
function inGroups(shape: Conv2dShape, group: number, part: (xPart: (a: Float32Array) => Float32Array, yPart: (a: Float32Array) => Float32Array, count: number) => void): void {
  const { window: w, outChannels, images } = shape;
  const inSize = w.channels * w.height * w.width;
  const outSize = outChannels * w.outHeight * w.outWidth;
  for (let first = 0; first < images; first += group) {
    const count = Math.min(group, images - first);
    part((a) => a.subarray(first * inSize, (first + count) * inSize), (a) => a.subarray(first * outSize, (first + count) * outSize), count);
  }
}

export function convOverrides(k: KernelExports, staging: Staging, work: number, team: () => ConvTeam | null): ConvOverrides {
  /** The per-thread scratch: the columns and their gradient, then the thread's own gradients. */
  const scratchOf = ({ window: w, outChannels, images }: Conv2dShape) => {
    const patch = w.channels * w.kernelH * w.kernelW;
    const colsBytes = alignUp(patch * w.outHeight * w.outWidth * 4, 64);
    const threadTeam = images > 1 ? team() : null;
    const threads = threadTeam ? threadTeam.threads : 1;
    const scratchBytes = 2 * colsBytes + alignUp(convGradientBytes(outChannels * patch, outChannels), 64);
    return { threadTeam, colsBytes, scratchBytes, area: scratch((threads * scratchBytes) / 4) };
  };

  /**
   * Runs a fused convolution on this thread alone, or split by images across the team; the helpers'
   * weight and bias gradients start at zero and are added to dw and db at the end.
   */
  const runConv = (threadTeam: ConvTeam | null, p: ConvPlan, shape: Conv2dShape): void => {
    const window = windowArgs(shape.window);
    if (!threadTeam) {
      const cols = p.scratchBase;
      if (p.kind === 'convForward') k.convForward(p.x, p.w, p.bias, p.relu, p.y, cols, work, p.outChannels, 0, p.images, ...window);
      else k.convBackward(p.x, p.w, p.y, p.relu, p.dx, p.dw, p.db, cols, cols + p.colsBytes, work, p.outChannels, 0, p.images, ...window);
      return;
    }
    const chunk = Math.max(1, Math.ceil(p.images / (threadTeam.threads * CONV_CHUNKS_PER_THREAD)));
    const job: ConvJob = { ...p, chunk, chunks: Math.ceil(p.images / chunk), window, workBase: work, workBytes: threadTeam.workBytes };
    const weights = p.outChannels * window[0] * window[3] * window[4];
    const f = staging.views.floats;
    const own = (t: number) => convGradientsOf(job, t, weights);
    if (p.kind === 'convBackward') {
      for (let t = 1; t < threadTeam.threads; t++) {
        f.fill(0, own(t).dw >> 2, (own(t).dw >> 2) + weights);
        if (p.db) f.fill(0, own(t).db >> 2, (own(t).db >> 2) + p.outChannels);
      }
    }
    threadTeam.helpers.run(job);
    if (p.kind === 'convBackward') {
      for (let t = 1; t < threadTeam.threads; t++) {
        addInto(f, p.dw, own(t).dw, weights);
        if (p.db) addInto(f, p.db, own(t).db, p.outChannels);
      }
    }
  };

  const conv2dForward: Backend['conv2dForward'] = (x, weight, bias, y, shape, fuseRelu) => {
    if (shape.groups !== 1 && shape.groups !== shape.window.channels) {
      reference.conv2dForward(x, weight, bias, y, shape, fuseRelu);
      return;
    }
    if (shape.groups !== 1) {
      const { imageCount, weights, outCount } = counts(shape);
      const operands = [input(x, imageCount), input(weight, weights), input(bias, shape.outChannels), output(y, outCount)];
      staging.run(operands, ([px, pw, pb, py]) => {
        k.depthwiseForward(px, pw, pb, py, shape.images, shape.groups, shape.outChannels / shape.groups, ...depthwiseWindow(shape));
        if (fuseRelu) k.relu(py, py, outCount);
      });
      return;
    }
    const group = imagesPerCall(shape);
    if (group < shape.images) {
      // Too big a batch for one staging area: run it in groups of images (same results).
      inGroups(shape, group, (xPart, yPart, count) => conv2dForward(xPart(x), weight, bias, yPart(y), { ...shape, images: count }, fuseRelu));
      return;
    }
    const { threadTeam, colsBytes, scratchBytes, area } = scratchOf(shape);
    const { imageCount, weights, outCount } = counts(shape);
    const operands: Operand[] = [input(x, imageCount), input(weight, weights), input(bias, shape.outChannels), output(y, outCount), area];
    staging.run(operands, ([px, pw, pb, py, ps]) => {
      const plan: ConvPlan = {
        kind: 'convForward', x: px, w: pw, bias: pb, relu: fuseRelu ? 1 : 0, y: py, dx: 0, dw: 0, db: 0,
        outChannels: shape.outChannels, images: shape.images, scratchBase: ps, scratchBytes, colsBytes,
      };
      runConv(threadTeam, plan, shape);
    });
  };

  const conv2dBackward: Backend['conv2dBackward'] = (x, weight, dy, reluOutput, dx, dweight, dbias, shape) => {
    if (shape.groups !== 1 && shape.groups !== shape.window.channels) {
      reference.conv2dBackward(x, weight, dy, reluOutput, dx, dweight, dbias, shape);
      return;
    }
    if (shape.groups !== 1) {
      const { imageCount, weights, outCount } = counts(shape);
      const operands = [
        input(x, imageCount), input(weight, weights), input(dy, outCount), input(reluOutput, outCount), output(dx, imageCount),
        inout(dweight, weights), inout(dbias, shape.outChannels),
      ];
      staging.run(operands, ([px, pw, pd, pr, pdx, pdw, pdb]) => {
        if (pr) k.reluBackward(pr, pd, pd, outCount); // masks the staged copy of dy, never dy itself
        k.depthwiseBackward(px, pw, pd, pdx, pdw, pdb, shape.images, shape.groups, shape.outChannels / shape.groups, ...depthwiseWindow(shape));
      });
      return;
    }
    const group = imagesPerCall(shape);
    if (group < shape.images) {
      inGroups(shape, group, (xPart, yPart, count) => {
        const [reluPart, dxPart] = [reluOutput ? yPart(reluOutput) : null, dx ? xPart(dx) : null];
        conv2dBackward(xPart(x), weight, yPart(dy), reluPart, dxPart, dweight, dbias, { ...shape, images: count });
      });
      return;
    }
    const { threadTeam, colsBytes, scratchBytes, area } = scratchOf(shape);
    const { imageCount, weights, outCount } = counts(shape);
    // A fused ReLU masks the staged copy of dy in place, never dy itself.
    const operands: Operand[] = [
      input(x, imageCount), input(weight, weights), input(dy, outCount), input(reluOutput, outCount), output(dx, imageCount),
      inout(dweight, weights), inout(dbias, shape.outChannels), area,
    ];
    staging.run(operands, ([px, pw, pd, pr, pdx, pdw, pdb, ps]) => {
      const plan: ConvPlan = {
        kind: 'convBackward', x: px, w: pw, bias: 0, relu: pr, y: pd, dx: pdx, dw: pdw, db: pdb,
        outChannels: shape.outChannels, images: shape.images, scratchBase: ps, scratchBytes, colsBytes,
      };
      runConv(threadTeam, plan, shape);
    });
  };

  return { conv2dForward, conv2dBackward };
}
