// Lesson 4's race surfaces: every hand-derived gradient agrees with central differences of the value
// at many points of its domain, and the listed minima really are stationary points with value fMin.
import { describe, expect, it } from 'vitest';
import { Rng, SURFACES, surfaceById, isSurfaceId } from '../../../../airi/index';

const H = 1e-6;
const POINTS = 200;

describe.each(SURFACES.map((s) => [s.id, s] as const))('surface %s', (_id, surface) => {
  it('has a gradient equal to central differences of its value', () => {
    const rng = new Rng(7);
    const { xMin, xMax, yMin, yMax } = surface.domain;
    let worst = 0;
    for (let i = 0; i < POINTS; i++) {
      const x = xMin + (xMax - xMin) * rng.uniform();
      const y = yMin + (yMax - yMin) * rng.uniform();
      const [gx, gy] = surface.gradient(x, y);
      const nx = (surface.value(x + H, y) - surface.value(x - H, y)) / (2 * H);
      const ny = (surface.value(x, y + H) - surface.value(x, y - H)) / (2 * H);
      for (const [a, n] of [[gx, nx], [gy, ny]]) {
        worst = Math.max(worst, Math.abs(a - n) / Math.max(Math.abs(a), Math.abs(n), 1));
      }
    }
    expect(worst).toBeLessThan(1e-6);
  });

  it('has zero gradient and the value fMin at each listed minimum, inside its domain', () => {
    for (const m of surface.minima) {
      const [gx, gy] = surface.gradient(m.x, m.y);
      expect(Math.hypot(gx, gy)).toBeLessThan(1e-4);
      expect(surface.value(m.x, m.y)).toBeCloseTo(surface.fMin, 8);
      expect(m.x).toBeGreaterThanOrEqual(surface.domain.xMin);
      expect(m.y).toBeLessThanOrEqual(surface.domain.yMax);
    }
  });

  it('starts inside its domain, above its minimum', () => {
    const { start, domain } = surface;
    expect(start.x > domain.xMin && start.x < domain.xMax && start.y > domain.yMin && start.y < domain.yMax).toBe(true);
    expect(surface.value(start.x, start.y)).toBeGreaterThan(surface.fMin);
  });
});

describe('surface lookup', () => {
  it('finds each surface by id and rejects unknown ids', () => {
    for (const s of SURFACES) expect(surfaceById(s.id)).toBe(s);
    expect(isSurfaceId('rosenbrock')).toBe(true);
    expect(isSurfaceId('everest')).toBe(false);
    expect(isSurfaceId(3)).toBe(false);
  });

  it('has the known value of Rosenbrock and Beale at a few points', () => {
    expect(surfaceById('rosenbrock').value(0, 0)).toBe(1);
    expect(surfaceById('beale').value(0, 0)).toBeCloseTo(1.5 ** 2 + 2.25 ** 2 + 2.625 ** 2, 12);
    expect(surfaceById('himmelblau').value(0, 0)).toBe(170);
  });
});
