import { describe, expect, it } from 'vitest';
import { INIT_NAMES, Linear, Rng, Tensor, initBias, initWeight, isInitName } from '../../../../airi/index';

function stats(data: Float32Array): { mean: number; std: number; min: number; max: number } {
  let sum = 0;
  let sumSq = 0;
  let min = Infinity;
  let max = -Infinity;
  for (const v of data) {
    sum += v;
    sumSq += v * v;
    min = Math.min(min, v);
    max = Math.max(max, v);
  }
  const mean = sum / data.length;
  return { mean, std: Math.sqrt(sumSq / data.length - mean * mean), min, max };
}

/** A [fanOut, fanIn] weight of 100k+ elements, filled by `name`. */
function filled(name: (typeof INIT_NAMES)[number], fanIn: number, fanOut: number, seed = 1): Float32Array {
  const w = Tensor.zeros([fanOut, fanIn]);
  initWeight(w, name, { fanIn, fanOut }, new Rng(seed));
  return w.data;
}

describe('initializers', () => {
  it('pytorch-default draws weight and bias from U(-1/sqrt(fanIn), 1/sqrt(fanIn)), like nn.Linear', () => {
    const layer = new Linear(64, 2048, { rng: new Rng(1) });
    const bound = 1 / 8;
    for (const tensor of [layer.weight.value, layer.bias!.value]) {
      const s = stats(tensor.data);
      expect(s.min).toBeGreaterThanOrEqual(-bound);
      expect(s.max).toBeLessThanOrEqual(bound);
      // The draws fill the range: U(-b, b) has std b / sqrt(3).
      expect(s.max).toBeGreaterThan(0.99 * bound);
      expect(s.min).toBeLessThan(-0.99 * bound);
    }
    expect(Math.abs(stats(layer.weight.value.data).std - bound / Math.sqrt(3))).toBeLessThan(0.002);
  });

  it('kaiming-normal has std sqrt(2 / fanIn) and kaiming-uniform the same std with bound sqrt(6 / fanIn)', () => {
    const fanIn = 200;
    const normal = stats(filled('kaiming-normal', fanIn, 1000));
    expect(Math.abs(normal.mean)).toBeLessThan(0.002);
    expect(normal.std / Math.sqrt(2 / fanIn)).toBeCloseTo(1, 2);
    const uniform = stats(filled('kaiming-uniform', fanIn, 1000));
    expect(uniform.std / Math.sqrt(2 / fanIn)).toBeCloseTo(1, 2);
    expect(uniform.max).toBeLessThanOrEqual(Math.sqrt(6 / fanIn));
  });

  it('xavier uses fanIn + fanOut: Var = 2 / (fanIn + fanOut)', () => {
    const [fanIn, fanOut] = [300, 1000];
    const expectedStd = Math.sqrt(2 / (fanIn + fanOut));
    expect(stats(filled('xavier-normal', fanIn, fanOut)).std / expectedStd).toBeCloseTo(1, 2);
    const uniform = stats(filled('xavier-uniform', fanIn, fanOut));
    expect(uniform.std / expectedStd).toBeCloseTo(1, 2);
    expect(uniform.max).toBeLessThanOrEqual(Math.sqrt(6 / (fanIn + fanOut)));
  });

  it('lecun-normal has std 1 / sqrt(fanIn); small-random is N(0, 1) * 1e-4; zeros is zeros', () => {
    expect(stats(filled('lecun-normal', 400, 500)).std / (1 / 20)).toBeCloseTo(1, 2);
    expect(stats(filled('small-random', 400, 500)).std / 1e-4).toBeCloseTo(1, 2);
    expect(filled('zeros', 10, 10).every((v) => v === 0)).toBe(true);
  });

  it('only pytorch-default draws the bias; the others start it at zero', () => {
    for (const name of INIT_NAMES) {
      const bias = Tensor.fromArray([5, 5, 5], [3]);
      initBias(bias, name, { fanIn: 4, fanOut: 3 }, new Rng(1));
      if (name === 'pytorch-default') expect(Array.from(bias.data).every((v) => Math.abs(v) <= 0.5 && v !== 5)).toBe(true);
      else expect(Array.from(bias.data)).toEqual([0, 0, 0]);
    }
  });

  it('is reproducible from the seed and knows its names', () => {
    expect(Array.from(filled('kaiming-normal', 10, 10, 5))).toEqual(Array.from(filled('kaiming-normal', 10, 10, 5)));
    expect(Array.from(filled('kaiming-normal', 10, 10, 5))).not.toEqual(Array.from(filled('kaiming-normal', 10, 10, 6)));
    expect(INIT_NAMES).toHaveLength(8);
    expect(isInitName('xavier-uniform')).toBe(true);
    expect(isInitName('glorot')).toBe(false);
    expect(() => initWeight(Tensor.zeros([1]), 'glorot' as never, { fanIn: 1, fanOut: 1 }, new Rng(1))).toThrow('unknown initializer glorot');
  });
});
