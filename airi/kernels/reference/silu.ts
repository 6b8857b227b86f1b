// Reference SiLU (swish) kernels, forward and backward: x * sigmoid(x), the activation of EfficientNet
// (lesson 8), here so learners can try it in the small CNNs too.

export function silu(x: Float32Array, y: Float32Array): void {
  for (let i = 0; i < x.length; i++) {
    const v = x[i];
    // 1 / (1 + exp(-v)) is exactly 0 when exp overflows, so v * 0 = -0 and never NaN.
    y[i] = v / (1 + Math.exp(-v));
  }
}

// d/dx x s(x) = s + x s (1 - s) = s (1 + x (1 - s)). Written from the input: the output alone cannot
// recover x (SiLU is not monotonic below about -1.28).
export function siluBackward(x: Float32Array, dy: Float32Array, dx: Float32Array): void {
  for (let i = 0; i < x.length; i++) {
    const v = x[i];
    const s = 1 / (1 + Math.exp(-v));
    dx[i] = dy[i] * s * (1 + v * (1 - s));
  }
}
