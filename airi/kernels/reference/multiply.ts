// Reference element-wise product. Dropout multiplies by its scaled keep-mask on the way forward and
// by the same mask on the way back, so one kernel serves both directions.

export function multiply(a: Float32Array, b: Float32Array, y: Float32Array): void {
  for (let i = 0; i < a.length; i++) y[i] = a[i] * b[i];
}
