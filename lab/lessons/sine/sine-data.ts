// Lesson 1's data, as notebook 1 made it: x uniform on [-9, 9), y = sin(x) + Gaussian noise.
import type { Rng } from '../../../airi';
import { SINE_X_RANGE } from '../../../contract/lessons/sine';

export interface SineSet {
  x: Float32Array;
  y: Float32Array;
}

export function makeSineSet(count: number, noiseStd: number, rng: Rng): SineSet {
  const x = new Float32Array(count);
  const y = new Float32Array(count);
  for (let i = 0; i < count; i++) {
    x[i] = rng.uniformRange(-SINE_X_RANGE, SINE_X_RANGE);
    y[i] = Math.sin(x[i]) + rng.normal(0, noiseStd);
  }
  return { x, y };
}

/** Evenly spaced points over the sampled range, for drawing the true sine and the prediction. */
export function sineGrid(count: number): Float32Array {
  const grid = new Float32Array(count);
  for (let i = 0; i < count; i++) grid[i] = -SINE_X_RANGE + (2 * SINE_X_RANGE * i) / (count - 1);
  return grid;
}
