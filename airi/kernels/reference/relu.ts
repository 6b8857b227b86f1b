// Reference ReLU kernels (lesson 1's alternative activation; every CNN lesson after it), forward and backward.

export function relu(x: Float32Array, y: Float32Array): void {
  for (let i = 0; i < x.length; i++) y[i] = x[i] > 0 ? x[i] : 0;
}

// The slope is 1 where x > 0 and 0 elsewhere; at exactly 0 we take 0, as PyTorch does.
export function reluBackward(x: Float32Array, dy: Float32Array, dx: Float32Array): void {
  for (let i = 0; i < x.length; i++) dx[i] = x[i] > 0 ? dy[i] : 0;
}
