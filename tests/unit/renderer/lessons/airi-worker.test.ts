// Lesson 4's worker-side code, run in Node: the gradient check of every offered layer passes with
// airi's tolerance and catches a broken backward; the surface map is a full picture with level lines.
import { describe, expect, it } from 'vitest';
import type { Tensor} from '../../../../airi/index';
import { Linear, SURFACES, surfaceById } from '../../../../airi/index';
import { runGradientCheck } from '../../../../renderer/lessons/airi/worker/gradient-check-cases';
import { GRADIENT_CHECK_LAYERS } from '../../../../renderer/lessons/airi/worker/protocol';
import { computeSurfaceMap } from '../../../../renderer/lessons/airi/worker/surface-map';

describe('lesson 4 gradient check cases', () => {
  it.each(GRADIENT_CHECK_LAYERS)('%s: every tensor agrees within 1e-2 for several seeds', (layer) => {
    for (const seed of [1, 2, 3]) {
      const result = runGradientCheck(layer, seed, () => 0);
      expect(result.layer).toBe(layer);
      expect(result.tensors[0].name).toBe('input');
      expect(result.tensors[0].shape).toEqual(result.inputShape);
      for (const t of result.tensors) expect(t.maxRelativeError, `${layer} ${t.name} seed ${seed}`).toBeLessThan(1e-2);
    }
  });

  it('checks the parameters too: Linear has input, weight and bias; Conv2d likewise', () => {
    expect(runGradientCheck('linear', 1, () => 0).tensors.map((t) => [t.name, t.shape])).toEqual([['input', [3, 6]], ['weight', [4, 6]], ['bias', [4]]]);
    expect(runGradientCheck('conv2d', 1, () => 0).tensors.map((t) => t.name)).toEqual(['input', 'weight', 'bias']);
  });

  it('would catch a wrong backward: a Linear whose backward forgets a transpose fails the same check', () => {
    // The check the lesson runs is airi's gradientCheck; break a Linear's backward and it must see it.
    const original = Linear.prototype.backward;
    Linear.prototype.backward = function broken(this: Linear, dout: Tensor): Tensor {
      const dx = original.call(this, dout);
      dx.data[0] += 1; // one wrong element of dx
      return dx;
    };
    try {
      const result = runGradientCheck('linear', 1, () => 0);
      expect(result.tensors[0].maxRelativeError).toBeGreaterThan(0.1);
    } finally {
      Linear.prototype.backward = original;
    }
  });
});

describe('lesson 4 surface map', () => {
  it.each(SURFACES.map((s) => s.id))('%s: every pixel is opaque, colours vary and there are level lines', (id) => {
    const map = computeSurfaceMap(surfaceById(id), 60, 40);
    expect(map.pixels.length).toBe(60 * 40 * 4);
    const colours = new Set<number>();
    for (let i = 0; i < map.pixels.length; i += 4) {
      expect(map.pixels[i + 3]).toBe(255);
      colours.add((map.pixels[i] << 16) | (map.pixels[i + 1] << 8) | map.pixels[i + 2]);
    }
    expect(colours.size).toBeGreaterThan(50);
    const rings = map.contours.flat(2);
    expect(rings.length).toBeGreaterThan(5);
    for (const [u, v] of rings.flat()) {
      expect(u >= 0 && u <= 60 && v >= 0 && v <= 40).toBe(true);
    }
  });

  it('is lightest at the minimum: the pixel nearest Rosenbrock\'s (1, 1) is lighter than a far corner', () => {
    const surface = surfaceById('rosenbrock');
    const map = computeSurfaceMap(surface, 100, 100);
    const { xMin, xMax, yMin, yMax } = surface.domain;
    const at = (x: number, y: number) => {
      const column = Math.floor(((x - xMin) / (xMax - xMin)) * 100);
      const row = Math.floor(((yMax - y) / (yMax - yMin)) * 100);
      const i = (row * 100 + column) * 4;
      return map.pixels[i] + map.pixels[i + 1] + map.pixels[i + 2];
    };
    expect(at(1, 1)).toBeGreaterThan(at(-1.95, -0.95));
  });

  it('refuses a grid that is too small or too large', () => {
    expect(() => computeSurfaceMap(surfaceById('beale'), 1, 10)).toThrow(/grid/);
    expect(() => computeSurfaceMap(surfaceById('beale'), 2000, 2000)).toThrow(/grid/);
  });
});
