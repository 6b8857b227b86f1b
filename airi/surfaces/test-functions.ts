// The five surfaces of lesson 4's optimizer race, each chosen to show one way descent can struggle:
// a curved narrow valley (Rosenbrock), flat plateaus and steep walls (Beale), a saddle point that
// plain gradient descent leaves only slowly, several minima (Himmelblau) and an ill-conditioned
// bowl where one direction is far steeper than the other (the zig-zag that momentum damps).
// Rosenbrock 1960; Beale 1958; Himmelblau 1972, "Applied Nonlinear Programming".
import type { Surface, SurfaceId } from './surface';

const rosenbrock: Surface = {
  id: 'rosenbrock',
  formula: 'f(x, y) = (1 − x)² + 100·(y − x²)²',
  domain: { xMin: -2, xMax: 2, yMin: -1, yMax: 3 },
  start: { x: -1.5, y: 2.5 },
  minima: [{ x: 1, y: 1 }],
  fMin: 0,
  value: (x, y) => (1 - x) ** 2 + 100 * (y - x * x) ** 2,
  gradient: (x, y) => [-2 * (1 - x) - 400 * x * (y - x * x), 200 * (y - x * x)],
};

// Beale: three squared residuals r_i = c_i − x + x·y^i with c = 1.5, 2.25, 2.625.
const BEALE_C = [1.5, 2.25, 2.625];
const beale: Surface = {
  id: 'beale',
  formula: 'f(x, y) = (1.5 − x + x·y)² + (2.25 − x + x·y²)² + (2.625 − x + x·y³)²',
  domain: { xMin: -4.5, xMax: 4.5, yMin: -4.5, yMax: 4.5 },
  start: { x: 1, y: 1.5 },
  minima: [{ x: 3, y: 0.5 }],
  fMin: 0,
  value: (x, y) => BEALE_C.reduce((sum, c, i) => sum + (c - x + x * y ** (i + 1)) ** 2, 0),
  gradient: (x, y) => {
    let gx = 0;
    let gy = 0;
    BEALE_C.forEach((c, i) => {
      const power = i + 1;
      const r = c - x + x * y ** power;
      gx += 2 * r * (y ** power - 1);
      gy += 2 * r * x * power * y ** (power - 1);
    });
    return [gx, gy];
  },
};

// A saddle at the origin between two valleys at y = ±1: f curves up along x and down along y near 0.
const saddle: Surface = {
  id: 'saddle',
  formula: 'f(x, y) = x² + y⁴/4 − y²/2',
  domain: { xMin: -2, xMax: 2, yMin: -2, yMax: 2 },
  start: { x: -1.8, y: 0.001 },
  minima: [{ x: 0, y: 1 }, { x: 0, y: -1 }],
  fMin: -0.25,
  value: (x, y) => x * x + y ** 4 / 4 - (y * y) / 2,
  gradient: (x, y) => [2 * x, y ** 3 - y],
};

const himmelblau: Surface = {
  id: 'himmelblau',
  formula: 'f(x, y) = (x² + y − 11)² + (x + y² − 7)²',
  domain: { xMin: -5, xMax: 5, yMin: -5, yMax: 5 },
  start: { x: -0.3, y: -0.9 },
  minima: [
    { x: 3, y: 2 },
    { x: -2.805118, y: 3.131312 },
    { x: -3.77931, y: -3.283186 },
    { x: 3.584428, y: -1.848126 },
  ],
  fMin: 0,
  value: (x, y) => (x * x + y - 11) ** 2 + (x + y * y - 7) ** 2,
  gradient: (x, y) => {
    const a = x * x + y - 11;
    const b = x + y * y - 7;
    return [4 * x * a + 2 * b, 2 * a + 4 * y * b];
  },
};

// Condition number 25: the curvature along y is 25 times the curvature along x.
const ILL_CONDITIONING = 25;
const illConditioned: Surface = {
  id: 'ill-conditioned',
  formula: 'f(x, y) = ½·(x² + 25·y²)',
  domain: { xMin: -3, xMax: 3, yMin: -2, yMax: 2 },
  start: { x: -2.8, y: 1.2 },
  minima: [{ x: 0, y: 0 }],
  fMin: 0,
  value: (x, y) => 0.5 * (x * x + ILL_CONDITIONING * y * y),
  gradient: (x, y) => [x, ILL_CONDITIONING * y],
};

export const SURFACES: readonly Surface[] = [rosenbrock, beale, saddle, himmelblau, illConditioned];

export const SURFACE_IDS: readonly SurfaceId[] = SURFACES.map((s) => s.id);

export function surfaceById(id: SurfaceId): Surface {
  const surface = SURFACES.find((s) => s.id === id);
  if (!surface) throw new Error(`no surface named "${id}"`);
  return surface;
}

export function isSurfaceId(value: unknown): value is SurfaceId {
  return typeof value === 'string' && (SURFACE_IDS as readonly string[]).includes(value);
}
