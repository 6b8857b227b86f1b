// Reference element-wise sum: a residual block's output plus its input (He et al. 2016; EfficientNet's MBConv).
export function add(a: Float32Array, b: Float32Array, y: Float32Array): void {
  for (let i = 0; i < y.length; i++) y[i] = a[i] + b[i];
}
