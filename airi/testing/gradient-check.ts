// Numeric gradient check: compares a module's backward against central differences of its forward.
// Every layer's test uses it, and lesson material can show it (it is how one trusts a backward pass).
//
// The scalar checked is L = sum(out * w) with fixed random weights w, so d L / d out = w: one backward
// call with dout = w gives every analytic gradient, and random w make a wrong index or a transposed
// gradient show up. L is summed in float64; each numeric derivative is (L(v + h) - L(v - h)) divided by
// the perturbation actually stored, since v +/- h are rounded to float32.
import type { Module } from '../nn/module';
import type { Rng } from '../rng';
import type { Tensor } from '../tensor';

export interface GradientCheckOptions {
  /** Draws the weights w of L = sum(out * w). */
  rng: Rng;
  /**
   * Perturbation h; defaults to 1e-2. With float32 forwards the rounding noise of a difference grows
   * as 1/h and the truncation error as h^2; 1e-2 balances them. Keep inputs more than h from kinks (ReLU).
   */
  epsilon?: number;
  /**
   * Gradients smaller than this are compared absolutely instead of relatively (float32 noise of about
   * 1e-4 would otherwise make a gradient of 1e-6 look wrong). Defaults to 1e-3.
   */
  floor?: number;
  /** Passed to forward; defaults to true, the path backward serves. */
  training?: boolean;
}

/** The comparison for one tensor: the input ("input") or a parameter (by its name). */
export interface TensorGradientError {
  name: string;
  /** max over elements of |analytic - numeric| / max(|analytic|, |numeric|, floor). */
  maxRelativeError: number;
  /** Where the worst element is, and its two values, for a useful failure message. */
  index: number;
  analytic: number;
  numeric: number;
}

/**
 * Checks d L / d input and d L / d every parameter; returns one entry per tensor, input first.
 * It overwrites the parameters' gradients (zeroes them, then runs one backward) and restores every value it perturbs.
 */
export function gradientCheck(module: Module, input: Tensor, options: GradientCheckOptions): TensorGradientError[] {
  const { rng, epsilon = 1e-2, floor = 1e-3, training = true } = options;
  const params = module.parameters();

  const probe = module.forward(input, training);
  const weights = new Float64Array(probe.size);
  for (let i = 0; i < weights.length; i++) weights[i] = rng.normal();
  const loss = (): number => {
    const out = module.forward(input, training);
    let sum = 0;
    for (let i = 0; i < out.size; i++) sum += out.data[i] * weights[i];
    return sum;
  };

  // Analytic gradients: one backward with dout = w after the probe forward, from zeroed parameter gradients.
  for (const p of params) p.grad.data.fill(0);
  const dout = probe.clone();
  dout.data.set(weights);
  const dx = module.backward(dout);
  const analytic = [dx.data.slice(), ...params.map((p) => p.grad.data.slice())];

  const tensors = [input, ...params.map((p) => p.value)];
  const names = ['input', ...params.map((p) => p.name)];
  return tensors.map((tensor, t) =>
    compareGradients(names[t], analytic[t], numericGradient(loss, tensor, epsilon), floor),
  );
}

/**
 * d f / d tensor by central differences, perturbing each element of `tensor` in place (and restoring
 * it). `f` must read the tensor's current values, e.g. by running a forward pass.
 */
export function numericGradient(f: () => number, tensor: Tensor, epsilon = 1e-2): Float64Array {
  const grad = new Float64Array(tensor.size);
  const data = tensor.data;
  for (let i = 0; i < data.length; i++) {
    const original = data[i];
    data[i] = original + epsilon;
    const plus = data[i]; // the float32 value actually stored
    const fPlus = f();
    data[i] = original - epsilon;
    const minus = data[i];
    const fMinus = f();
    data[i] = original;
    grad[i] = (fPlus - fMinus) / (plus - minus);
  }
  return grad;
}

/** The worst element-wise relative error between two gradients of one tensor. */
export function compareGradients(
  name: string,
  analytic: ArrayLike<number>,
  numeric: ArrayLike<number>,
  floor = 1e-3,
): TensorGradientError {
  if (analytic.length !== numeric.length) {
    throw new Error(`compareGradients(${name}): ${analytic.length} analytic values, ${numeric.length} numeric`);
  }
  const worst: TensorGradientError = { name, maxRelativeError: 0, index: -1, analytic: 0, numeric: 0 };
  for (let i = 0; i < analytic.length; i++) {
    const a = analytic[i];
    const n = numeric[i];
    const error = Math.abs(a - n) / Math.max(Math.abs(a), Math.abs(n), floor);
    // A NaN must never pass as "small": it is the answer.
    if (Number.isNaN(error)) return { name, maxRelativeError: Number.NaN, index: i, analytic: a, numeric: n };
    if (worst.index === -1 || error > worst.maxRelativeError) {
      Object.assign(worst, { maxRelativeError: error, index: i, analytic: a, numeric: n });
    }
  }
  return worst;
}
