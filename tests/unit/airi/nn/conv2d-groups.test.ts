// Grouped and depthwise Conv2d (EfficientNet's): the weight layout, the numeric gradient check, the
// defining property (a grouped convolution is separate convolutions on channel slices, side by side)
// and the same results on the WASM backend, which runs them through the reference loops.
import { describe, expect, it } from 'vitest';
import { Conv2d, Rng, Tensor, createWasmBackend, getBackend, setBackend } from '../../../../airi/index';
import { expectGradientsMatch, randomTensor } from '../expect-gradients';

describe('Conv2d with groups', () => {
  it("stores the weight as [out, in / groups, kH, kW], initializes from that fan-in and refuses groups that do not divide", () => {
    const depthwise = new Conv2d(6, 6, 3, { rng: new Rng(1), groups: 6, padding: 1, bias: false });
    expect(depthwise.weight.value.shape).toEqual([6, 1, 3, 3]);
    expect(depthwise.describe()).toBe('Conv2d(6 → 6, kernelSize=3, stride=1, padding=1, groups=6, bias=false)');
    const bound = 1 / Math.sqrt(9);
    expect(depthwise.weight.value.data.every((v) => Math.abs(v) <= bound)).toBe(true);
    expect(Math.max(...depthwise.weight.value.data.map(Math.abs))).toBeGreaterThan(0.5 * bound);
    expect(() => new Conv2d(6, 4, 3, { rng: new Rng(1), groups: 3 })).toThrow('Conv2d: groups must be a positive integer dividing inChannels (6) and outChannels (4), got 3');
    expect(() => new Conv2d(4, 4, 3, { rng: new Rng(1), groups: 0 })).toThrow('groups must be a positive integer');
  });

  it('equals separate convolutions of each group of channels, stacked', () => {
    const rng = new Rng(2);
    const grouped = new Conv2d(4, 6, 3, { rng, groups: 2, padding: 1 });
    const x = randomTensor(rng, [2, 4, 5, 5]);
    const y = grouped.forward(x);
    for (let g = 0; g < 2; g++) {
      const alone = new Conv2d(2, 3, 3, { rng, padding: 1 });
      alone.weight.value.data.set(grouped.weight.value.data.subarray(g * 3 * 2 * 9, (g + 1) * 3 * 2 * 9));
      alone.bias!.value.data.set(grouped.bias!.value.data.subarray(g * 3, (g + 1) * 3));
      const slice = Tensor.zeros([2, 2, 5, 5]);
      for (let n = 0; n < 2; n++) slice.data.set(x.data.subarray((n * 4 + 2 * g) * 25, (n * 4 + 2 * g + 2) * 25), n * 50);
      const part = alone.forward(slice);
      for (let n = 0; n < 2; n++) {
        const got = y.data.subarray((n * 6 + 3 * g) * 25, (n * 6 + 3 * g + 3) * 25);
        const expected = part.data.subarray(n * 75, (n + 1) * 75);
        got.forEach((v, i) => expect(v).toBeCloseTo(expected[i], 5));
      }
    }
  });

  it('passes the numeric gradient check: depthwise with stride, with a channel multiplier, and grouped', () => {
    expectGradientsMatch('depthwise', new Conv2d(3, 3, 3, { rng: new Rng(3), groups: 3, stride: 2, padding: 1 }), randomTensor(new Rng(4), [2, 3, 5, 5]));
    expectGradientsMatch('multiplier 2', new Conv2d(2, 4, [3, 2], { rng: new Rng(5), groups: 2 }), randomTensor(new Rng(6), [1, 2, 4, 5]));
    expectGradientsMatch('groups 2', new Conv2d(4, 2, 1, { rng: new Rng(7), groups: 2, bias: false }), randomTensor(new Rng(8), [2, 4, 3, 3]));
  });

  it('gives the same output and gradients on the WASM backend, after a fused ReLU too', async () => {
    const wasm = await createWasmBackend();
    const run = (): Float32Array[] => {
      const conv = new Conv2d(4, 4, 3, { rng: new Rng(9), groups: 4, padding: 1 });
      const x = randomTensor(new Rng(10), [3, 4, 6, 6]);
      const y = conv.forwardRelu(x);
      const dx = conv.backwardRelu(randomTensor(new Rng(11), y.shape), true)!;
      return [y.data, dx.data, conv.weight.grad.data, conv.bias!.grad.data];
    };
    const reference = run();
    const previous = getBackend();
    setBackend(wasm);
    try {
      const fast = run();
      fast.forEach((a, k) => a.forEach((v, i) => expect(v, `output ${k}[${i}]`).toBeCloseTo(reference[k][i], 5)));
    } finally {
      setBackend(previous);
    }
  });
});
