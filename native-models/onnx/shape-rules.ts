// The shape arithmetic of ONNX's operators (onnx.ai/onnx/operators): convolution and pooling windows,
// NumPy broadcasting and matrix products. Each function throws on inconsistent shapes.
import type { AttributeValue } from './onnx-graph';

type Attributes = Record<string, AttributeValue>;

function list(value: AttributeValue | undefined, length: number, fallback: number): number[] {
  return Array.isArray(value) && value.length >= length ? (value as number[]).slice(0, length) : Array.from({ length }, () => fallback);
}

export function normaliseAxis(axis: number, rank: number): number {
  const at = axis < 0 ? axis + rank : axis;
  if (at < 0 || at >= rank) throw new RangeError(`axis ${axis} out of range for rank ${rank}`);
  return at;
}

/** Spatial output sizes of a sliding window (Conv, MaxPool, AveragePool), with pads, strides, dilations and auto_pad. */
function windowOutput(spatial: number[], kernel: number[], a: Attributes, ceil: boolean): number[] {
  const n = spatial.length;
  const strides = list(a.strides, n, 1);
  const dilations = list(a.dilations, n, 1);
  const pads = list(a.pads, 2 * n, 0);
  const autoPad = typeof a.auto_pad === 'string' ? a.auto_pad : 'NOTSET';
  return spatial.map((size, i) => {
    if (autoPad === 'SAME_UPPER' || autoPad === 'SAME_LOWER') return Math.ceil(size / strides[i]);
    const span = dilations[i] * (kernel[i] - 1) + 1;
    const padded = size + (autoPad === 'VALID' ? 0 : pads[i] + pads[i + n]) - span;
    if (padded < 0) throw new RangeError('window larger than its input');
    return (ceil ? Math.ceil(padded / strides[i]) : Math.floor(padded / strides[i])) + 1;
  });
}

/** Conv's output: [N, M, ...spatial] from X [N, C, ...] and W [M, C/group, ...kernel]. */
export function convOutput(x: number[], w: number[], a: Attributes): number[] {
  const kernel = Array.isArray(a.kernel_shape) ? (a.kernel_shape as number[]) : w.slice(2);
  return [x[0], w[0], ...windowOutput(x.slice(2), kernel, a, false)];
}

export function poolOutput(x: number[], a: Attributes): number[] {
  const kernel = list(a.kernel_shape, x.length - 2, 1);
  return [x[0], x[1], ...windowOutput(x.slice(2), kernel, a, a.ceil_mode === 1)];
}

/** NumPy broadcasting of two shapes. */
export function broadcast(a: number[], b: number[]): number[] {
  const rank = Math.max(a.length, b.length);
  return Array.from({ length: rank }, (_, i) => {
    const p = a[a.length - rank + i] ?? 1;
    const q = b[b.length - rank + i] ?? 1;
    if (p !== q && p !== 1 && q !== 1) throw new RangeError(`shapes [${a}] and [${b}] do not broadcast`);
    return p === 1 ? q : p;
  });
}

/** numpy.matmul's output shape. */
export function matmulShape(a: number[], b: number[]): number[] {
  const left = a.length === 1 ? [1, a[0]] : a;
  const right = b.length === 1 ? [b[0], 1] : b;
  if (left[left.length - 1] !== right[right.length - 2]) throw new RangeError(`cannot multiply [${a}] by [${b}]`);
  const batch = broadcast(left.slice(0, -2), right.slice(0, -2));
  const out = [...batch, left[left.length - 2], right[right.length - 1]];
  return a.length === 1 ? out.filter((_, i) => i !== out.length - 2) : b.length === 1 ? out.slice(0, -1) : out;
}
