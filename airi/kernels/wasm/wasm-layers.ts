// The WASM SIMD backend's kernels around gemm (layer-kernels.as): each call stages its operands in
// the WASM memory (wasm-staging.ts), runs the kernel there and copies what it wrote back out. They run
// on the calling thread only; the staging area is the gemm's operand area, free between calls.
import type { AdamStepOptions, Backend, ChannelLayout, SgdStepOptions, Window2d } from '../backend';
import type { KernelExports } from './kernel-module';
import { type Staging, inout, input, output } from './wasm-staging';

/** Window2d's 11 numbers in the order the kernels take them. */
export type WindowArgs = [
  channels: number, height: number, width: number, kernelH: number, kernelW: number,
  strideH: number, strideW: number, padH: number, padW: number, outHeight: number, outWidth: number,
];

export function windowArgs(w: Window2d): WindowArgs {
  return [w.channels, w.height, w.width, w.kernelH, w.kernelW, w.strideH, w.strideW, w.padH, w.padW, w.outHeight, w.outWidth];
}

/** The Backend methods layer-kernels.as implements. */
export type LayerOverrides = Pick<
  Backend,
  | 'im2col' | 'col2im' | 'relu' | 'reluBackward' | 'biasAdd' | 'biasAddBackward' | 'maxPool2d' | 'maxPool2dBackward'
  | 'batchNormStats' | 'batchNorm' | 'batchNormBackward' | 'sgdStep' | 'adamStep' | 'adamwStep'
>;

function sizeOf({ outer, channels, inner }: ChannelLayout): number {
  return outer * channels * inner;
}

export function layerOverrides(k: KernelExports, staging: Staging): LayerOverrides {
  const stage = staging.run.bind(staging);
  const adam = (param: Float32Array, grad: Float32Array, m: Float32Array, v: Float32Array, o: AdamStepOptions, decoupled: boolean): void => {
    const stepSize = o.lr / (1 - o.beta1 ** o.step);
    const invCorrection = 1 / Math.sqrt(1 - o.beta2 ** o.step);
    const decay = decoupled ? 1 - o.lr * o.weightDecay : 1;
    stage([inout(param), input(grad), inout(m), inout(v)], ([pp, pg, pm, pv]) =>
      k.adamStep(pp, pg, pm, pv, param.length, stepSize, invCorrection, o.beta1, o.beta2, o.eps, decoupled ? 0 : o.weightDecay, decay));
  };
  return {
    im2col: (x, cols, w) => {
      const inCount = w.channels * w.height * w.width;
      const colCount = w.channels * w.kernelH * w.kernelW * w.outHeight * w.outWidth;
      stage([input(x, inCount), output(cols, colCount)], ([px, pc]) => k.im2col(px, pc, ...windowArgs(w)));
    },
    col2im: (cols, dx, w) => {
      const inCount = w.channels * w.height * w.width;
      const colCount = w.channels * w.kernelH * w.kernelW * w.outHeight * w.outWidth;
      stage([input(cols, colCount), output(dx, inCount)], ([pc, px]) => k.col2im(pc, px, ...windowArgs(w)));
    },
    relu: (x, y) => stage([input(x), output(y, x.length)], ([px, py]) => k.relu(px, py, x.length)),
    reluBackward: (x, dy, dx) => {
      const n = x.length;
      stage([input(x), input(dy, n), output(dx, n)], ([px, pd, pdx]) => k.reluBackward(px, pd, pdx, n));
    },
    biasAdd: (y, bias, layout) => {
      const { outer, channels, inner } = layout;
      stage([inout(y, sizeOf(layout)), input(bias, channels)], ([py, pb]) => k.biasAdd(py, pb, outer, channels, inner));
    },
    biasAddBackward: (dy, dbias, layout) => {
      const { outer, channels, inner } = layout;
      stage([input(dy, sizeOf(layout)), inout(dbias, channels)], ([pd, pb]) => k.biasAddBackward(pd, pb, outer, channels, inner));
    },
    maxPool2d: (x, y, argmax, w) => {
      const inCount = w.channels * w.height * w.width;
      const outCount = w.channels * w.outHeight * w.outWidth;
      stage([input(x, inCount), output(y, outCount), output(argmax, outCount)], ([px, py, pa]) => k.maxPool2d(px, py, pa, ...windowArgs(w)));
    },
    maxPool2dBackward: (dy, argmax, dx) => {
      stage([input(dy), input(argmax, dy.length), output(dx)], ([pd, pa, px]) => k.maxPool2dBackward(pd, pa, px, dy.length, dx.length));
    },
    batchNormStats: (x, mean, variance, layout) => {
      const { outer, channels, inner } = layout;
      stage([input(x, sizeOf(layout)), output(mean, channels), output(variance, channels)], ([px, pm, pv]) =>
        k.batchNormStats(px, pm, pv, outer, channels, inner));
    },
    batchNorm: (x, mean, invStd, gamma, beta, y, layout) => {
      const { outer, channels, inner } = layout;
      const n = sizeOf(layout);
      const perChannel = [mean, invStd, gamma, beta].map((a) => input(a, channels));
      stage([input(x, n), ...perChannel, output(y, n)], ([px, pm, pi, pg, pb, py]) => k.batchNorm(px, pm, pi, pg, pb, py, outer, channels, inner));
    },
    batchNormBackward: (x, dy, mean, invStd, gamma, dx, dgamma, dbeta, layout, batchStats) => {
      const { outer, channels, inner } = layout;
      const n = sizeOf(layout);
      const operands = [
        input(x, n), input(dy, n), input(mean, channels), input(invStd, channels), input(gamma, channels),
        output(dx, n), inout(dgamma, channels), inout(dbeta, channels),
      ];
      stage(operands, ([px, pd, pm, pi, pg, pdx, pdg, pdb]) =>
        k.batchNormBackward(px, pd, pm, pi, pg, pdx, pdg, pdb, outer, channels, inner, batchStats ? 1 : 0));
    },
    sgdStep: (param, grad, momentumBuffer, o: SgdStepOptions) => {
      const n = param.length;
      stage([inout(param), input(grad, n), inout(momentumBuffer, n)], ([pp, pg, pb]) =>
        k.sgdStep(pp, pg, pb, n, o.lr, o.momentum, o.dampening, o.nesterov ? 1 : 0, o.weightDecay, o.firstStep ? 1 : 0));
    },
    adamStep: (param, grad, m, v, o) => adam(param, grad, m, v, o, false),
    adamwStep: (param, grad, m, v, o) => adam(param, grad, m, v, o, true),
  };
}
