// 8-bit quantization in float: what an int8 graph's QuantizeLinear and QLinear* outputs do to a real
// value (round to the scale's grid, clamp to the integer range; the clamp is how a quantized
// convolution applies its fused ReLU or ReLU6), and the straight-through gradient of it: passed
// unchanged where the value was inside the range, zero where it was clamped.
import type { Quantization } from './quantization';
import type { Value } from './tail-value';

export interface FakeQuantized {
  value: Value;
  /** 1 where the gradient passes, 0 where the value was clamped. */
  pass: Uint8Array;
}

export function fakeQuantize(x: Value, q: Quantization): FakeQuantized {
  const out = new Float32Array(x.data.length);
  const pass = new Uint8Array(x.data.length);
  for (let i = 0; i < out.length; i++) {
    const level = Math.round(x.data[i] / q.scale) + q.zeroPoint;
    const clamped = Math.min(q.max, Math.max(q.min, level));
    pass[i] = clamped === level ? 1 : 0;
    out[i] = (clamped - q.zeroPoint) * q.scale;
  }
  return { value: { dims: x.dims, data: out }, pass };
}

export function straightThrough(dout: Float32Array, pass: Uint8Array): Float32Array {
  const dx = new Float32Array(dout.length);
  for (let i = 0; i < dx.length; i++) dx[i] = pass[i] ? dout[i] : 0;
  return dx;
}

/** A stored integer tensor's real values; a computed one is already real. */
export function realValues(v: Value, q: Quantization | null, perAxis?: { scales: Float32Array; zeros: Float32Array | null; axis: number }): Float32Array {
  if (!v.raw) return v.data;
  const out = new Float32Array(v.data.length);
  if (perAxis && perAxis.scales.length > 1) {
    const inner = v.dims.slice(perAxis.axis + 1).reduce((n, d) => n * d, 1);
    const channels = v.dims[perAxis.axis];
    for (let i = 0; i < out.length; i++) {
      const c = Math.floor(i / inner) % channels;
      out[i] = (v.data[i] - (perAxis.zeros?.[c] ?? 0)) * perAxis.scales[c];
    }
    return out;
  }
  const scale = q?.scale ?? 1;
  const zero = q?.zeroPoint ?? 0;
  for (let i = 0; i < out.length; i++) out[i] = (v.data[i] - zero) * scale;
  return out;
}
