// Lesson 4's optimizer race: airi's optimizers descend the test surfaces. The first steps follow the
// update equations worked out by hand, the defaults never diverge, a too-large rate does and says
// when, and the saddle shows what the lesson claims (plain SGD lingers, Adam escapes).
import { describe, expect, it } from 'vitest';
import {
  RACE_DEFAULTS, RACE_OPTIMIZER_IDS, SURFACES, isRaceOptimizerId, runOptimizerOnSurface, surfaceById,
} from '../../../../airi/index';

function lastPoint(points: Float64Array): [number, number] {
  return [points[points.length - 2], points[points.length - 1]];
}

describe('runOptimizerOnSurface', () => {
  it('moves plain SGD by -lr * gradient each step (ill-conditioned bowl, worked by hand)', () => {
    // f = (x² + 25 y²) / 2, gradient (x, 25 y); from (-2.8, 1.2) with lr 0.01:
    // x1 = -2.8 + 0.028 = -2.772, y1 = 1.2 - 0.3 = 0.9; x2 = -2.772 + 0.02772 = -2.74428, y2 = 0.9 - 0.225 = 0.675
    const run = runOptimizerOnSurface(surfaceById('ill-conditioned'), { x: -2.8, y: 1.2 }, 'sgd', 0.01, 2);
    const expected = [-2.8, 1.2, -2.772, 0.9, -2.74428, 0.675];
    expect(run.points.length).toBe(expected.length);
    expected.forEach((v, i) => expect(run.points[i]).toBeCloseTo(v, 5));
    expect(run.values[0]).toBeCloseTo(0.5 * (2.8 ** 2 + 25 * 1.2 ** 2), 5);
    expect(run.divergedAt).toBeNull();
  });

  it('takes Adam\'s first step of size lr along -sign(gradient) (bias correction)', () => {
    const run = runOptimizerOnSurface(surfaceById('rosenbrock'), { x: -1.5, y: 2.5 }, 'adam', 0.1, 1);
    // gradient at (-1.5, 2.5): (-2·2.5 - 400·(-1.5)·0.25, 200·0.25) = (145, 50), both positive
    expect(run.points[2]).toBeCloseTo(-1.6, 5);
    expect(run.points[3]).toBeCloseTo(2.4, 5);
  });

  it('with each surface\'s default rates, no optimizer diverges and every one ends lower than it started', () => {
    for (const surface of SURFACES) {
      const defaults = RACE_DEFAULTS[surface.id];
      for (const id of RACE_OPTIMIZER_IDS) {
        const run = runOptimizerOnSurface(surface, surface.start, id, defaults.learningRates[id], defaults.steps);
        const where = `${id} on ${surface.id}`;
        expect(run.divergedAt, where).toBeNull();
        expect(run.points.length, where).toBe(2 * (defaults.steps + 1));
        expect(run.values.at(-1)!, where).toBeLessThan(run.values[0]);
      }
    }
  });

  it('brings Adam close to a minimum on the bowl and on Himmelblau', () => {
    for (const id of ['ill-conditioned', 'himmelblau'] as const) {
      const surface = surfaceById(id);
      const run = runOptimizerOnSurface(surface, surface.start, 'adam', RACE_DEFAULTS[id].learningRates.adam, RACE_DEFAULTS[id].steps);
      expect(run.values.at(-1)! - surface.fMin, id).toBeLessThan(1e-3);
    }
  });

  it('reports the step at which a too-large rate diverges and keeps only the finite points', () => {
    // On the bowl SGD is stable only for lr < 2 / 25 = 0.08 along y; 0.3 blows up within a few steps.
    const run = runOptimizerOnSurface(surfaceById('ill-conditioned'), { x: -2.8, y: 1.2 }, 'sgd', 0.3, 500);
    expect(run.divergedAt).not.toBeNull();
    expect(run.divergedAt!).toBeLessThan(50);
    expect(run.points.length).toBe(2 * run.divergedAt!);
    expect(Array.from(run.points).every(Number.isFinite)).toBe(true);
  });

  it('shows the saddle lesson: SGD is still near the saddle when Adam has reached a valley', () => {
    const surface = surfaceById('saddle');
    const { steps, learningRates } = RACE_DEFAULTS.saddle;
    const sgd = runOptimizerOnSurface(surface, surface.start, 'sgd', learningRates.sgd, steps);
    const adam = runOptimizerOnSurface(surface, surface.start, 'adam', learningRates.adam, steps);
    expect(Math.abs(lastPoint(sgd.points)[1])).toBeLessThan(0.1);
    expect(Math.abs(lastPoint(adam.points)[1])).toBeCloseTo(1, 2);
  });

  it('gives different paths to Adam and AdamW (the decoupled decay pulls toward the origin)', () => {
    const surface = surfaceById('beale');
    const adam = runOptimizerOnSurface(surface, surface.start, 'adam', 0.1, 300);
    const adamw = runOptimizerOnSurface(surface, surface.start, 'adamw', 0.1, 300);
    expect(Math.hypot(...lastPoint(adamw.points))).toBeLessThan(Math.hypot(...lastPoint(adam.points)));
  });

  it('rejects a bad step count and a non-finite start', () => {
    const surface = surfaceById('beale');
    expect(() => runOptimizerOnSurface(surface, surface.start, 'sgd', 0.01, 0)).toThrow(/steps/);
    expect(() => runOptimizerOnSurface(surface, { x: Number.NaN, y: 0 }, 'sgd', 0.01, 10)).toThrow(/start/);
    expect(() => runOptimizerOnSurface(surface, surface.start, 'sgd', -1, 10)).toThrow(/lr/);
    expect(isRaceOptimizerId('adam')).toBe(true);
    expect(isRaceOptimizerId('lion')).toBe(false);
  });
});

describe('the notebook\'s sign error (x += lr·dx)', () => {
  it('climbs: f grows at every early step where descent shrinks it, on the bowl', () => {
    const surface = surfaceById('ill-conditioned');
    const ascent = runOptimizerOnSurface(surface, surface.start, 'sgd', 0.01, 20, 'ascent');
    const descent = runOptimizerOnSurface(surface, surface.start, 'sgd', 0.01, 20);
    expect(ascent.direction).toBe('ascent');
    for (let i = 1; i < ascent.values.length; i++) expect(ascent.values[i]).toBeGreaterThan(ascent.values[i - 1]);
    for (let i = 1; i < descent.values.length; i++) expect(descent.values[i]).toBeLessThan(descent.values[i - 1]);
    // First step by hand: gradient (-2.8, 30) at (-2.8, 1.2); x += 0.01·dx gives (-2.828, 1.5).
    expect(ascent.points[2]).toBeCloseTo(-2.828, 5);
    expect(ascent.points[3]).toBeCloseTo(1.5, 5);
  });

  it('runs away on the bowl within a few hundred steps, and the race says when', () => {
    const surface = surfaceById('ill-conditioned');
    const run = runOptimizerOnSurface(surface, surface.start, 'sgd', RACE_DEFAULTS['ill-conditioned'].learningRates.sgd, 300, 'ascent');
    expect(run.divergedAt).not.toBeNull();
  });
});
