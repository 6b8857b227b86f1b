import { describe, expect, it } from 'vitest';
import { Rng } from '../../../airi/index';

function draw(rng: Rng, n: number): number[] {
  return Array.from({ length: n }, () => rng.nextUint32());
}

describe('Rng', () => {
  it('implements xoshiro128** (reference vectors of the C code from state 1, 2, 3, 4)', () => {
    const rng = Rng.fromState([1, 2, 3, 4]);
    expect(draw(rng, 6)).toEqual([11520, 0, 5927040, 70819200, 2031721883, 1637235492]);
  });

  it('replays exactly from the same seed, across every kind of draw', () => {
    const sequence = (seed: number): number[] => {
      const rng = new Rng(seed);
      return [rng.uniform(), rng.uniformRange(-9, 9), rng.normal(), rng.normal(3, 2), rng.int(10), ...rng.permutation(5)];
    };
    expect(sequence(42)).toEqual(sequence(42));
    expect(sequence(42)).not.toEqual(sequence(43));
  });

  it('gives unrelated streams for neighbouring seeds', () => {
    const a = draw(new Rng(0), 100);
    const b = draw(new Rng(1), 100);
    expect(a.filter((x, i) => x === b[i]).length).toBe(0);
  });

  it('accepts negative 32-bit seeds as their unsigned value and rejects non-integers', () => {
    expect(draw(new Rng(-1), 3)).toEqual(draw(new Rng(2 ** 32 - 1), 3));
    expect(() => new Rng(1.5)).toThrow('seed must be a 32-bit integer');
    expect(() => new Rng(2 ** 32)).toThrow();
  });

  it('state() and fromState() resume the same stream', () => {
    const rng = new Rng(9);
    draw(rng, 10);
    const copy = Rng.fromState(rng.state());
    expect(draw(copy, 5)).toEqual(draw(rng, 5));
    expect(() => Rng.fromState([0, 0, 0, 0])).toThrow();
  });

  it('uniform is in [0, 1) with mean 1/2 and variance 1/12', () => {
    const rng = new Rng(1);
    const n = 100_000;
    let sum = 0;
    let sumSq = 0;
    let outside = 0;
    for (let i = 0; i < n; i++) {
      const u = rng.uniform();
      if (!(u >= 0 && u < 1)) outside++;
      sum += u;
      sumSq += u * u;
    }
    expect(outside).toBe(0);
    const mean = sum / n;
    expect(Math.abs(mean - 0.5)).toBeLessThan(0.005);
    expect(Math.abs(sumSq / n - mean * mean - 1 / 12)).toBeLessThan(0.002);
  });

  it('uniformRange stays in [lo, hi)', () => {
    const rng = new Rng(2);
    const xs = Array.from({ length: 10_000 }, () => rng.uniformRange(-9, 9));
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(-9);
    expect(Math.max(...xs)).toBeLessThan(9);
    expect(Math.max(...xs) - Math.min(...xs)).toBeGreaterThan(17.9);
  });

  it('normal() has mean 0 and std 1 on 1e5 samples, and normal(mean, std) scales them', () => {
    const rng = new Rng(3);
    const n = 100_000;
    let sum = 0;
    let sumSq = 0;
    let beyond2 = 0;
    for (let i = 0; i < n; i++) {
      const z = rng.normal();
      sum += z;
      sumSq += z * z;
      if (Math.abs(z) > 2) beyond2++;
    }
    const mean = sum / n;
    const std = Math.sqrt(sumSq / n - mean * mean);
    // Standard error of the mean is 1/sqrt(1e5) ~ 0.003; of the std ~ 0.0022.
    expect(Math.abs(mean)).toBeLessThan(0.015);
    expect(Math.abs(std - 1)).toBeLessThan(0.015);
    // A normal, not just any unit-variance law: P(|z| > 2) = 4.55%.
    expect(Math.abs(beyond2 / n - 0.0455)).toBeLessThan(0.003);

    const shifted = new Rng(3);
    const z0 = new Rng(3).normal();
    expect(shifted.normal(5, 2)).toBeCloseTo(5 + 2 * z0, 12);
  });

  it('int(n) covers [0, n) evenly', () => {
    const rng = new Rng(4);
    const counts = new Array<number>(7).fill(0);
    for (let i = 0; i < 70_000; i++) counts[rng.int(7)]++;
    for (const c of counts) expect(Math.abs(c - 10_000)).toBeLessThan(400);
    expect(() => rng.int(0)).toThrow();
    expect(() => rng.int(2.5)).toThrow();
  });

  it('permutation(n) is a permutation, and not the identity', () => {
    const p = new Rng(5).permutation(1000);
    expect(p).toBeInstanceOf(Uint32Array);
    expect([...p].sort((a, b) => a - b)).toEqual(Array.from({ length: 1000 }, (_, i) => i));
    expect(p.filter((v, i) => v === i).length).toBeLessThan(10);
  });

  it('permutation puts every element everywhere about equally often', () => {
    const rng = new Rng(6);
    const firstPlace = [0, 0, 0, 0];
    for (let i = 0; i < 40_000; i++) firstPlace[rng.permutation(4)[0]]++;
    for (const c of firstPlace) expect(Math.abs(c - 10_000)).toBeLessThan(400);
  });

  it('shuffleInPlace shuffles arrays and typed arrays in place', () => {
    const rng = new Rng(7);
    const items = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'];
    const same = rng.shuffleInPlace(items);
    expect(same).toBe(items);
    expect([...items].sort()).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']);
    const floats = Float32Array.from([1, 2, 3, 4, 5, 6, 7, 8]);
    rng.shuffleInPlace(floats);
    expect([...floats].sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect([...floats]).not.toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });
});
