// Test helpers for the engine: the numeric gradient check with a printed report, and seeded random tensors.
import { expect } from 'vitest';
import { type Module, Rng, Tensor, type TensorGradientError, gradientCheck } from '../../../airi/index';

/** float32 forward passes leave central differences about 1e-4 accurate; 1e-2 is a clear margin. */
export const GRADIENT_TOLERANCE = 1e-2;

/**
 * Checks dx and every parameter gradient of `module` at `input`, prints the max relative error of each
 * tensor (so a drift shows in the log before it fails), and asserts each is below the tolerance.
 */
export function expectGradientsMatch(label: string, module: Module, input: Tensor, seed = 7, training = true): TensorGradientError[] {
  const results = gradientCheck(module, input, { rng: new Rng(seed), training });
  console.info(`gradient check ${label}: ${results.map((r) => `${r.name} ${r.maxRelativeError.toExponential(2)}`).join(', ')}`);
  for (const r of results) {
    expect(r.maxRelativeError, `${label} ${r.name}[${r.index}]: analytic ${r.analytic}, numeric ${r.numeric}`).toBeLessThan(
      GRADIENT_TOLERANCE,
    );
  }
  return results;
}

/** A tensor of normal(0, std) values drawn from `rng`. */
export function randomTensor(rng: Rng, shape: number[], std = 1): Tensor {
  const size = shape.reduce((a, b) => a * b, 1);
  return Tensor.fromArray(Array.from({ length: size }, () => rng.normal(0, std)), shape);
}
