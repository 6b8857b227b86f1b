// Reference LeakyReLU kernels, forward and backward: a ReLU that keeps a small slope for x < 0, so a
// unit pushed negative still gets a gradient (the "dying ReLU" remedy the CNN lessons mention).

export function leakyRelu(x: Float32Array, y: Float32Array, negativeSlope: number): void {
  for (let i = 0; i < x.length; i++) {
    const v = x[i];
    y[i] = v >= 0 ? v : negativeSlope * v;
  }
}

// As PyTorch's leaky_relu_backward (x > 0 ? dy : slope * dy), the kink at 0 takes the negative slope.
export function leakyReluBackward(x: Float32Array, dy: Float32Array, dx: Float32Array, negativeSlope: number): void {
  for (let i = 0; i < x.length; i++) dx[i] = x[i] > 0 ? dy[i] : negativeSlope * dy[i];
}
