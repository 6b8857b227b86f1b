// The float operators torchvision exports (Conv, BatchNormalization, Relu, Clip, Sigmoid, LeakyRelu,
// Add, Sub, Mul, GlobalAveragePool, ReduceMean, Flatten, Reshape, Squeeze, Gemm, MatMul, Softmax), each
// with its forward and backward. Convolutions, ReLU, sigmoid and pooling are airi's own layers, so the
// gradient is airi's backward; the int8 operators (int8-ops.ts) reuse these in float.
import { Conv2d, GlobalAvgPool2d, ReLU, Rng, Sigmoid, Tensor } from '../../../airi/index';
import { type Node, attribute } from '../graph-index';
import { type Value, broadcastDims, broadcastIndex, size } from '../tail-value';
import { type MakeTailOp, type TailOp, ints, need, num } from './tail-op';

export function convOp(node: Node, weightOf: (inputs: (Value | null)[]) => { w: Value; b: Float32Array | null }): TailOp {
  let conv: Conv2d | null = null;
  let outDims: number[] = [];
  return {
    forward(inputs) {
      const x = need(inputs[0], 'X');
      const { w, b } = weightOf(inputs);
      const [m, cPerGroup, kh, kw] = w.dims;
      const group = num(node, 'group', 1);
      const pads = ints(node, 'pads', [0, 0, 0, 0]);
      const strides = ints(node, 'strides', [1, 1]);
      const dilations = ints(node, 'dilations', [1, 1]);
      const autoPad = attribute(node, 'auto_pad');
      if (dilations.some((d) => d !== 1)) throw new Error(`Conv ${node.name}: dilated convolutions are not supported`);
      let [pt, pl, pb, pr] = pads;
      if (autoPad === 'SAME_UPPER' || autoPad === 'SAME_LOWER') {
        const padFor = (inSize: number, k: number, s: number) => Math.max(0, (Math.ceil(inSize / s) - 1) * s + k - inSize);
        const [ph, pw] = [padFor(x.dims[2], kh, strides[0]), padFor(x.dims[3], kw, strides[1])];
        [pt, pb, pl, pr] = [Math.floor(ph / 2), ph - Math.floor(ph / 2), Math.floor(pw / 2), pw - Math.floor(pw / 2)];
      }
      if (pt !== pb || pl !== pr) throw new Error(`Conv ${node.name}: asymmetric padding is not supported`);
      // 'zeros': the graph's weights replace them at once, so drawing random ones would be wasted time.
      conv = new Conv2d(cPerGroup * group, m, [kh, kw], { rng: new Rng(0), init: 'zeros', stride: [strides[0], strides[1]], padding: [pt, pl], groups: group, bias: b !== null });
      conv.weight.value.data.set(w.data);
      if (b && conv.bias) conv.bias.value.data.set(b);
      const y = conv.forward(new Tensor(x.data, x.dims));
      outDims = y.shape;
      return [{ dims: y.shape, data: y.data }];
    },
    backward([d]) {
      if (!d || !conv) return [null];
      return [conv.backward(new Tensor(d, outDims)).data];
    },
  };
}

/** Wraps one of airi's parameter-free layers (ReLU, Sigmoid, global average pooling). */
export function layerOp(make: () => { forward(x: Tensor): Tensor; backward(d: Tensor): Tensor }, outDims?: (x: number[]) => number[]): TailOp {
  let layer: ReturnType<typeof make> | null = null;
  let xDims: number[] = [];
  let yDims: number[] = [];
  return {
    forward(inputs) {
      const x = need(inputs[0], 'X');
      layer = make();
      xDims = x.dims;
      const y = layer.forward(new Tensor(x.data, x.dims));
      yDims = outDims ? outDims(x.dims) : y.shape;
      return [{ dims: yDims, data: y.data }];
    },
    backward([d]) {
      if (!d || !layer) return [null];
      const inner = outDims ? [xDims[0], xDims[1]] : yDims;
      return [layer.backward(new Tensor(d, inner)).data];
    },
  };
}

export function elementwise(f: (x: number) => number, df: (x: number, y: number) => number): TailOp {
  let x: Value | null = null;
  let y: Float32Array | null = null;
  return {
    forward(inputs) {
      x = need(inputs[0], 'X');
      y = x.data.map(f);
      return [{ dims: x.dims, data: y }];
    },
    backward([d]) {
      if (!d || !x || !y) return [null];
      const dx = new Float32Array(d.length);
      for (let i = 0; i < d.length; i++) dx[i] = d[i] * df(x.data[i], y[i]);
      return [dx];
    },
  };
}

/** Add, Sub or Mul with NumPy broadcasting; the gradient is summed back over broadcast dimensions. */
export function binary(kind: 'add' | 'sub' | 'mul', realA: (v: Value) => Float32Array = (v) => v.data, realB: (v: Value) => Float32Array = (v) => v.data): TailOp {
  let cache: { a: Float32Array; b: Float32Array; ia: Int32Array; ib: Int32Array; aLen: number; bLen: number } | null = null;
  return {
    forward(inputs) {
      const A = need(inputs[0], 'A');
      const B = need(inputs[1], 'B');
      const [a, b] = [realA(A), realB(B)];
      const dims = broadcastDims(A.dims, B.dims);
      const ia = broadcastIndex(A.dims, dims);
      const ib = broadcastIndex(B.dims, dims);
      const out = new Float32Array(size(dims));
      for (let i = 0; i < out.length; i++) {
        const [x, y] = [a[ia[i]], b[ib[i]]];
        out[i] = kind === 'add' ? x + y : kind === 'sub' ? x - y : x * y;
      }
      cache = { a, b, ia, ib, aLen: a.length, bLen: b.length };
      return [{ dims, data: out }];
    },
    backward([d]) {
      if (!d || !cache) return [null, null];
      const { a, b, ia, ib, aLen, bLen } = cache;
      const da = new Float32Array(aLen);
      const db = new Float32Array(bLen);
      for (let i = 0; i < d.length; i++) {
        if (kind === 'mul') {
          da[ia[i]] += d[i] * b[ib[i]];
          db[ib[i]] += d[i] * a[ia[i]];
        } else {
          da[ia[i]] += d[i];
          db[ib[i]] += kind === 'sub' ? -d[i] : d[i];
        }
      }
      return [da, db];
    },
  };
}


/** Y = A·B (+ C): A [N, K] computed, B a constant [K, M] (or [M, K] transposed). */
export function matmul(realB: (v: Value) => Float32Array, transB: boolean, alpha = 1, beta = 1): TailOp {
  let cache: { a: Value; b: Float32Array; k: number; m: number } | null = null;
  return {
    forward(inputs) {
      const A = need(inputs[0], 'A');
      const B = need(inputs[1], 'B');
      const b = realB(B);
      const [n, k] = [A.dims.length === 2 ? A.dims[0] : size(A.dims.slice(0, -1)), A.dims.at(-1)!];
      const m = transB ? B.dims[0] : B.dims[1];
      if ((transB ? B.dims[1] : B.dims[0]) !== k) throw new Error(`MatMul: [${A.dims.join(', ')}] by [${B.dims.join(', ')}]`);
      const out = new Float32Array(n * m);
      for (let r = 0; r < n; r++) {
        for (let j = 0; j < m; j++) {
          let s = 0;
          for (let i = 0; i < k; i++) s += A.data[r * k + i] * (transB ? b[j * k + i] : b[i * m + j]);
          out[r * m + j] = alpha * s;
        }
      }
      const C = inputs[2];
      if (C) {
        const c = C.data;
        for (let i = 0; i < out.length; i++) out[i] += beta * c[c.length === out.length ? i : i % m];
      }
      cache = { a: A, b, k, m };
      return [{ dims: [...A.dims.slice(0, -1), m], data: out }];
    },
    backward([d]) {
      if (!d || !cache) return [null, null, null];
      const { a, b, k, m } = cache;
      const n = a.data.length / k;
      const da = new Float32Array(a.data.length);
      for (let r = 0; r < n; r++) {
        for (let j = 0; j < m; j++) {
          const g = alpha * d[r * m + j];
          if (g === 0) continue;
          for (let i = 0; i < k; i++) da[r * k + i] += g * (transB ? b[j * k + i] : b[i * m + j]);
        }
      }
      return [da, null, null];
    },
  };
}


/** Shape changes (Flatten, Reshape, Squeeze...): the values as they are, the gradient reshaped back. */
export function reshapeOp(target: (x: Value, inputs: (Value | null)[]) => number[]): TailOp {
  return {
    forward(inputs) {
      const x = need(inputs[0], 'X');
      return [{ dims: target(x, inputs), data: x.data, raw: x.raw }];
    },
    backward([d]) {
      return [d, null];
    },
  };
}

function reshapeTarget(x: Value, shape: number[], allowZero: boolean): number[] {
  const out = shape.map((s, i) => (s === 0 && !allowZero ? x.dims[i] : s));
  const known = out.filter((s) => s !== -1).reduce((n, s) => n * s, 1);
  return out.map((s) => (s === -1 ? size(x.dims) / known : s));
}


function softmaxOp(): TailOp {
  let y: Value | null = null;
  return {
    forward(inputs) {
      const x = need(inputs[0], 'X');
      const classes = x.dims.at(-1)!;
      const out = new Float32Array(x.data.length);
      for (let r = 0; r < x.data.length / classes; r++) {
        let max = -Infinity;
        for (let j = 0; j < classes; j++) max = Math.max(max, x.data[r * classes + j]);
        let sum = 0;
        for (let j = 0; j < classes; j++) sum += (out[r * classes + j] = Math.exp(x.data[r * classes + j] - max));
        for (let j = 0; j < classes; j++) out[r * classes + j] /= sum;
      }
      y = { dims: x.dims, data: out };
      return [y];
    },
    backward([d]) {
      if (!d || !y) return [null];
      const classes = y.dims.at(-1)!;
      const dx = new Float32Array(d.length);
      for (let r = 0; r < d.length / classes; r++) {
        let dot = 0;
        for (let j = 0; j < classes; j++) dot += d[r * classes + j] * y.data[r * classes + j];
        for (let j = 0; j < classes; j++) dx[r * classes + j] = y.data[r * classes + j] * (d[r * classes + j] - dot);
      }
      return [dx];
    },
  };
}

function batchNorm(node: Node): TailOp {
  let cache: { gain: Float32Array; inner: number } | null = null;
  return {
    forward(inputs) {
      const x = need(inputs[0], 'X');
      const [scale, bias, mean, variance] = [1, 2, 3, 4].map((i) => need(inputs[i], 'statistics').data);
      const eps = num(node, 'epsilon', 1e-5);
      const channels = x.dims[1];
      const inner = size(x.dims.slice(2));
      const gain = new Float32Array(channels);
      const out = new Float32Array(x.data.length);
      for (let c = 0; c < channels; c++) gain[c] = scale[c] / Math.sqrt(variance[c] + eps);
      for (let i = 0; i < out.length; i++) {
        const c = Math.floor(i / inner) % channels;
        out[i] = (x.data[i] - mean[c]) * gain[c] + bias[c];
      }
      cache = { gain, inner };
      return [{ dims: x.dims, data: out }];
    },
    backward([d]) {
      if (!d || !cache) return [null];
      const { gain, inner } = cache;
      const dx = new Float32Array(d.length);
      for (let i = 0; i < d.length; i++) dx[i] = d[i] * gain[Math.floor(i / inner) % gain.length];
      return [dx];
    },
  };
}


export const FLOAT_OPS: Record<string, MakeTailOp> = {
  Conv: (node) => convOp(node, (inputs) => ({ w: need(inputs[1], 'W'), b: inputs[2]?.data ?? null })),
  BatchNormalization: batchNorm,
  Relu: () => layerOp(() => new ReLU()),
  Sigmoid: () => layerOp(() => new Sigmoid()),
  Clip: (node) => {
    let bounds: [number, number] = [-Infinity, Infinity];
    const inner = elementwise(
      (x) => Math.min(bounds[1], Math.max(bounds[0], x)),
      (x) => (x > bounds[0] && x < bounds[1] ? 1 : 0),
    );
    return {
      forward(inputs) {
        bounds = [inputs[1]?.data[0] ?? num(node, 'min', -Infinity), inputs[2]?.data[0] ?? num(node, 'max', Infinity)];
        return inner.forward([inputs[0]]);
      },
      backward: (d) => [...inner.backward(d), null, null],
    };
  },
  LeakyRelu: (node) => {
    const alpha = num(node, 'alpha', 0.01);
    return elementwise((x) => (x > 0 ? x : alpha * x), (x) => (x > 0 ? 1 : alpha));
  },
  Add: () => binary('add'),
  Sub: () => binary('sub'),
  Mul: () => binary('mul'),
  GlobalAveragePool: () => layerOp(() => new GlobalAvgPool2d(), (x) => [x[0], x[1], 1, 1]),
  ReduceMean: (node) => {
    const axes = ints(node, 'axes', []);
    if (!(axes.length === 2 && axes.includes(2) && axes.includes(3)) && !(axes.length === 2 && axes.includes(-1) && axes.includes(-2))) {
      throw new Error(`ReduceMean ${node.name}: only the mean over height and width is supported`);
    }
    const keep = num(node, 'keepdims', 1) === 1;
    return layerOp(() => new GlobalAvgPool2d(), (x) => (keep ? [x[0], x[1], 1, 1] : [x[0], x[1]]));
  },
  Flatten: (node) => reshapeOp((x) => {
    const axis = num(node, 'axis', 1);
    return [size(x.dims.slice(0, axis)), size(x.dims.slice(axis))];
  }),
  Reshape: (node) => reshapeOp((x, inputs) => reshapeTarget(x, [...need(inputs[1], 'shape').data], num(node, 'allowzero', 0) === 1)),
  Squeeze: (node) => reshapeOp((x, inputs) => {
    const axes = inputs[1] ? [...inputs[1].data] : ints(node, 'axes', []);
    const drop = new Set(axes.map((a) => (a < 0 ? a + x.dims.length : a)));
    return x.dims.filter((d, i) => (drop.size ? !drop.has(i) : d !== 1));
  }),
  Identity: () => reshapeOp((x) => x.dims),
  Dropout: () => reshapeOp((x) => x.dims),
  Gemm: (node) => {
    if (num(node, 'transA', 0) !== 0) throw new Error(`Gemm ${node.name}: a transposed A is not supported`);
    return matmul((v) => v.data, num(node, 'transB', 0) === 1, num(node, 'alpha', 1), num(node, 'beta', 1));
  },
  MatMul: () => matmul((v) => v.data, false),
  Softmax: () => softmaxOp(),
};
