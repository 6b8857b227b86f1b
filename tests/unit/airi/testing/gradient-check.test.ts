import { describe, expect, it } from 'vitest';
import {
  Linear,
  type Module,
  type Parameter,
  Rng,
  Tensor,
  compareGradients,
  gradientCheck,
  numericGradient,
} from '../../../../airi/index';
import { randomTensor } from '../expect-gradients';

/** y = x^2 with a deliberately wrong backward: it forgets the factor 2 of d(x^2)/dx. */
class BrokenSquare implements Module {
  private input: Tensor | null = null;
  forward(x: Tensor): Tensor {
    this.input = x;
    return Tensor.fromArray(Array.from(x.data, (v) => v * v), x.shape);
  }
  backward(dout: Tensor): Tensor {
    const x = this.input!;
    return Tensor.fromArray(Array.from(x.data, (v, i) => v * dout.data[i]), x.shape);
  }
  parameters(): Parameter[] {
    return [];
  }
}

/** A Linear whose weight gradient is transposed-wrong: it swaps two entries. */
class SwappedWeightGrad extends Linear {
  override backward(dout: Tensor): Tensor {
    const dx = super.backward(dout);
    const g = this.weight.grad.data;
    [g[0], g[1]] = [g[1], g[0]];
    return dx;
  }
}

describe('gradientCheck', () => {
  it('reports one entry per tensor, input first, and small errors for a correct layer', () => {
    const rng = new Rng(1);
    const results = gradientCheck(new Linear(3, 2, { rng }), randomTensor(rng, [4, 3]), { rng });
    expect(results.map((r) => r.name)).toEqual(['input', 'weight', 'bias']);
    for (const r of results) expect(r.maxRelativeError).toBeLessThan(1e-3);
  });

  it('catches a wrong input gradient', () => {
    const rng = new Rng(2);
    const [input] = gradientCheck(new BrokenSquare(), randomTensor(rng, [2, 3]), { rng });
    expect(input.maxRelativeError).toBeGreaterThan(0.3);
    expect(input.numeric).toBeCloseTo(2 * input.analytic, 2);
  });

  it('catches a wrong parameter gradient and says where', () => {
    const rng = new Rng(3);
    const results = gradientCheck(new SwappedWeightGrad(3, 2, { rng }), randomTensor(rng, [4, 3]), { rng });
    const weight = results.find((r) => r.name === 'weight')!;
    expect(weight.maxRelativeError).toBeGreaterThan(0.1);
    expect([0, 1]).toContain(weight.index);
    expect(results.find((r) => r.name === 'input')!.maxRelativeError).toBeLessThan(1e-3);
  });

  it('leaves the checked tensors as it found them', () => {
    const rng = new Rng(4);
    const layer = new Linear(2, 2, { rng });
    const x = randomTensor(rng, [3, 2]);
    const before = [Array.from(x.data), Array.from(layer.weight.value.data)];
    gradientCheck(layer, x, { rng });
    expect([Array.from(x.data), Array.from(layer.weight.value.data)]).toEqual(before);
  });

  it('numericGradient differentiates a known function', () => {
    const t = Tensor.fromArray([0.5, -1.5, 2], [3]);
    // f = sum(t^3): f' = 3 t^2
    const grad = numericGradient(() => t.data.reduce((s, v) => s + v ** 3, 0), t);
    expect(grad[0]).toBeCloseTo(0.75, 3);
    expect(grad[1]).toBeCloseTo(6.75, 3);
    expect(grad[2]).toBeCloseTo(12, 3);
  });

  it('compareGradients uses a floor for tiny gradients and never lets NaN pass', () => {
    expect(compareGradients('t', [1e-7], [2e-7]).maxRelativeError).toBeLessThan(1e-3);
    expect(compareGradients('t', [1, 2], [1, 2.2]).maxRelativeError).toBeCloseTo(0.2 / 2.2, 10);
    const nan = compareGradients('t', [1, Number.NaN, 3], [1, 2, 3]);
    expect(nan.maxRelativeError).toBeNaN();
    expect(nan.index).toBe(1);
    expect(() => compareGradients('t', [1], [1, 2])).toThrow();
  });
});
