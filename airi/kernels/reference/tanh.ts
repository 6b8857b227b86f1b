// Reference tanh kernels (lesson 1's default activation), forward and backward.

export function tanh(x: Float32Array, y: Float32Array): void {
  for (let i = 0; i < x.length; i++) y[i] = Math.tanh(x[i]);
}

// d tanh(x)/dx = 1 - tanh(x)^2: the forward output is all backward needs.
export function tanhBackward(y: Float32Array, dy: Float32Array, dx: Float32Array): void {
  for (let i = 0; i < y.length; i++) dx[i] = dy[i] * (1 - y[i] * y[i]);
}
