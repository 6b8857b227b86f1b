// Reference sigmoid kernels (lesson 1's third activation choice), forward and backward.

// For very negative x, exp(-x) overflows to Infinity and 1 / Infinity is exactly 0: no NaN.
export function sigmoid(x: Float32Array, y: Float32Array): void {
  for (let i = 0; i < x.length; i++) y[i] = 1 / (1 + Math.exp(-x[i]));
}

// d sigmoid(x)/dx = sigmoid(x) * (1 - sigmoid(x)): again only the forward output is needed.
export function sigmoidBackward(y: Float32Array, dy: Float32Array, dx: Float32Array): void {
  for (let i = 0; i < y.length; i++) dx[i] = dy[i] * y[i] * (1 - y[i]);
}
