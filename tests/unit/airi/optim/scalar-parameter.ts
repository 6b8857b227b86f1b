// Test helpers for optimizers: a parameter whose gradients the test writes by hand, so each step can
// be compared with numbers worked out independently.
import { expect } from 'vitest';
import { type Optimizer, type Parameter, Tensor, createParameter } from '../../../../airi/index';

export function parameterOf(values: number[]): Parameter {
  return createParameter('p', Tensor.fromArray(values, [values.length]));
}

/** Runs one step per entry of `grads` and returns the parameter's values after each step. */
export function stepsWith(param: Parameter, optimizer: Optimizer, grads: number[][], lrs?: number[]): number[][] {
  return grads.map((g, t) => {
    optimizer.zeroGrad();
    param.grad.data.set(g);
    if (lrs) optimizer.lr = lrs[t];
    optimizer.step();
    return Array.from(param.value.data);
  });
}

/** float32 parameters against float64 hand values: `tolerance` absolute, per element and step. */
export function expectSteps(actual: number[][], expected: number[][], tolerance = 1e-6): void {
  expect(actual.length).toBe(expected.length);
  actual.forEach((row, t) =>
    row.forEach((v, i) => {
      const message = `step ${t + 1}, element ${i}: ${v} vs ${expected[t][i]}`;
      expect(Math.abs(v - expected[t][i]), message).toBeLessThan(tolerance);
    }),
  );
}
