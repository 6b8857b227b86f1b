// Checks a preprocessing contract a learner edited: returns it typed, or a sentence saying what is wrong.
import type { Preprocessing } from './models';

const finite = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const triple = (v: unknown): v is [number, number, number] => Array.isArray(v) && v.length === 3 && v.every(finite);

export function checkPreprocessing(input: unknown): Preprocessing | string {
  if (typeof input !== 'object' || input === null) return 'it must be an object';
  const p = input as Record<string, unknown>;
  if (p.resize !== 'shorter-side-crop' && p.resize !== 'squash') return 'resize must be shorter-side-crop or squash';
  if (!finite(p.size) || !Number.isInteger(p.size) || p.size < 8 || p.size > 1024) return 'size must be a whole number from 8 to 1024';
  if (!finite(p.resizeTo) || !Number.isInteger(p.resizeTo) || p.resizeTo < p.size || p.resizeTo > 2048) return 'the resize must be at least the crop size and at most 2048';
  if (!finite(p.scale) || p.scale <= 0 || p.scale > 1) return 'scale must be above 0 and at most 1 (1/255 maps pixels to 0..1)';
  if (!triple(p.mean) || p.mean.some((m) => Math.abs(m) > 255)) return 'mean must be three numbers';
  if (!triple(p.std) || p.std.some((s) => s <= 0 || s > 255)) return 'std must be three positive numbers';
  if (p.channelOrder !== 'RGB' && p.channelOrder !== 'BGR') return 'channel order must be RGB or BGR';
  if (p.layout !== 'NCHW' && p.layout !== 'NHWC') return 'layout must be NCHW or NHWC';
  if (!['nearest', 'linear', 'cubic', 'lanczos3'].includes(p.kernel as string)) return 'kernel must be nearest, linear, cubic or lanczos3';
  return {
    resize: p.resize, resizeTo: p.resizeTo, size: p.size, scale: p.scale, mean: [...p.mean], std: [...p.std],
    channelOrder: p.channelOrder, layout: p.layout, kernel: p.kernel as Preprocessing['kernel'],
  };
}
