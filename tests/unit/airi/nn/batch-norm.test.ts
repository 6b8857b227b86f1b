import { describe, expect, it } from 'vitest';
import { BatchNorm1d, BatchNorm2d, Linear, ReLU, Rng, Sequential, Tensor, gradientCheck, namedBuffers } from '../../../../airi/index';
import { GRADIENT_TOLERANCE, expectGradientsMatch, randomTensor } from '../expect-gradients';

function expectValues(actual: ArrayLike<number>, expected: number[], digits = 5): void {
  expect(actual.length).toBe(expected.length);
  expected.forEach((v, i) => expect(actual[i], `element ${i}`).toBeCloseTo(v, digits));
}

describe('BatchNorm1d and BatchNorm2d', () => {
  it('normalizes with the batch statistics in training (biased variance), hand-computed', () => {
    const bn = new BatchNorm1d(2);
    // channel 0: 1, 2, 3, 4 (mean 2.5, biased variance 1.25); channel 1: 0, 0, 0, 8 (mean 2, variance 12)
    const y = bn.forward(Tensor.fromArray([1, 0, 2, 0, 3, 0, 4, 8], [4, 2]), true);
    const s0 = Math.sqrt(1.25 + 1e-5);
    const s1 = Math.sqrt(12 + 1e-5);
    expectValues(y.data, [-1.5 / s0, -2 / s1, -0.5 / s0, -2 / s1, 0.5 / s0, -2 / s1, 1.5 / s0, 6 / s1]);
  });

  it('updates running stats with momentum 0.1 and the unbiased variance, over two steps (hand-computed)', () => {
    const bn = new BatchNorm1d(2);
    expect(Array.from(bn.runningMean.data)).toEqual([0, 0]);
    expect(Array.from(bn.runningVar.data)).toEqual([1, 1]);
    bn.forward(Tensor.fromArray([1, 0, 2, 0, 3, 0, 4, 8], [4, 2]), true);
    // mean [2.5, 2], unbiased variance [5/3, 16]: running = 0.9 * running + 0.1 * batch
    expectValues(bn.runningMean.data, [0.25, 0.2]);
    expectValues(bn.runningVar.data, [0.9 + 0.1 * (5 / 3), 0.9 + 1.6]);
    bn.forward(Tensor.fromArray([10, 2, 10, 4, 10, 6, 10, 8], [4, 2]), true);
    // mean [10, 5], unbiased variance [0, 20/3]
    expectValues(bn.runningMean.data, [0.9 * 0.25 + 1, 0.9 * 0.2 + 0.5]);
    expectValues(bn.runningVar.data, [0.9 * (0.9 + 0.1 * (5 / 3)), 0.9 * 2.5 + 0.1 * (20 / 3)]);
  });

  it('uses the running stats in evaluation (the default) and leaves them alone', () => {
    const bn = new BatchNorm1d(2);
    bn.runningMean.data.set([1, -2]);
    bn.runningVar.data.set([4, 0.25]);
    bn.weight.value.data.set([2, 1]);
    bn.bias.value.data.set([0.5, 0]);
    const y = bn.forward(Tensor.fromArray([3, -2, 1, -1.5], [2, 2]));
    // (x - mean) / sqrt(var + eps) * gamma + beta
    expectValues(y.data, [(2 / Math.sqrt(4 + 1e-5)) * 2 + 0.5, 0, 0.5, 0.5 / Math.sqrt(0.25 + 1e-5)]);
    expect(Array.from(bn.runningMean.data)).toEqual([1, -2]);
    expect(Array.from(bn.runningVar.data)).toEqual([4, 0.25]);
  });

  it('BatchNorm2d takes statistics over N, H and W: the same as BatchNorm1d on the pixels as rows', () => {
    const rng = new Rng(50);
    const [n, c, h, w] = [3, 2, 2, 3];
    const x = randomTensor(rng, [n, c, h, w], 2);
    const rows = Tensor.zeros([n * h * w, c]);
    for (let i = 0; i < n; i++) {
      for (let ch = 0; ch < c; ch++) {
        for (let p = 0; p < h * w; p++) rows.data[(i * h * w + p) * c + ch] = x.data[(i * c + ch) * h * w + p];
      }
    }
    const bn2 = new BatchNorm2d(c);
    const bn1 = new BatchNorm1d(c);
    const y2 = bn2.forward(x, true);
    const y1 = bn1.forward(rows, true);
    for (let i = 0; i < n; i++) {
      for (let ch = 0; ch < c; ch++) {
        for (let p = 0; p < h * w; p++) expect(y2.data[(i * c + ch) * h * w + p]).toBeCloseTo(y1.data[(i * h * w + p) * c + ch], 5);
      }
    }
    expectValues(bn2.runningVar.data, Array.from(bn1.runningVar.data));
    // BatchNorm1d also accepts [N, C, L], with statistics over N and L.
    expect(new BatchNorm1d(2).forward(Tensor.zeros([3, 2, 5]), true).shape).toEqual([3, 2, 5]);
  });

  it('exposes weight and bias as parameters and running_mean / running_var as buffers, named as PyTorch', () => {
    const bn = new BatchNorm2d(4);
    expect(bn.parameters().map((p) => p.name)).toEqual(['weight', 'bias']);
    expect(Array.from(bn.weight.value.data)).toEqual([1, 1, 1, 1]);
    expect(bn.buffers().map((b) => [b.name, b.value.shape])).toEqual([['running_mean', [4]], ['running_var', [4]]]);
    expect(bn.describe()).toBe('BatchNorm2d(4, eps=0.00001, momentum=0.1)');
    const model = new Sequential(new Linear(3, 4, { rng: new Rng(0) }), new BatchNorm1d(4), new ReLU(), new Sequential(new BatchNorm1d(4)));
    expect(namedBuffers(model).map((b) => b.name)).toEqual(['1.running_mean', '1.running_var', '3.0.running_mean', '3.0.running_var']);
    expect(namedBuffers(model)[0].value).toBe((model.modules[1] as BatchNorm1d).runningMean);
  });

  it('passes the numeric gradient check in training (batch statistics) and in evaluation', () => {
    const rng = new Rng(51);
    const withAffine = <T extends BatchNorm1d | BatchNorm2d>(bn: T): T => {
      bn.weight.value.data.set(Array.from(bn.weight.value.data, () => rng.uniformRange(0.5, 2)));
      bn.bias.value.data.set(Array.from(bn.bias.value.data, () => rng.normal()));
      return bn;
    };
    expectGradientsMatch('BatchNorm1d(3) [N, C] training', withAffine(new BatchNorm1d(3)), randomTensor(rng, [8, 3]));
    expectGradientsMatch('BatchNorm1d(2) [N, C, L] training', withAffine(new BatchNorm1d(2)), randomTensor(rng, [3, 2, 4]));
    expectGradientsMatch('BatchNorm2d(3) training', withAffine(new BatchNorm2d(3)), randomTensor(rng, [2, 3, 3, 3]));
    const evaluated = withAffine(new BatchNorm2d(2));
    evaluated.runningMean.data.set([0.3, -0.2]);
    evaluated.runningVar.data.set([0.5, 2]);
    const results = gradientCheck(evaluated, randomTensor(rng, [2, 2, 2, 3]), { rng: new Rng(7), training: false });
    console.info(`gradient check BatchNorm2d(2) eval: ${results.map((r) => `${r.name} ${r.maxRelativeError.toExponential(2)}`).join(', ')}`);
    for (const r of results) expect(r.maxRelativeError, r.name).toBeLessThan(GRADIENT_TOLERANCE);
  });

  it('refuses to train on one value per channel, as PyTorch, and names the layer and both shapes on a mismatch', () => {
    const bn = new BatchNorm1d(3);
    expect(() => bn.forward(Tensor.zeros([1, 3]), true)).toThrow('BatchNorm1d(3, eps=0.00001, momentum=0.1): training needs more than 1 value per channel, got input shape [1, 3]');
    expect(bn.forward(Tensor.zeros([1, 3])).shape).toEqual([1, 3]); // evaluation of one sample is fine
    expect(() => bn.forward(Tensor.zeros([4, 2]))).toThrow('BatchNorm1d(3, eps=0.00001, momentum=0.1): input has shape [4, 2], expected [N, 3] or [N, 3, L]');
    const bn2 = new BatchNorm2d(16);
    expect(() => bn2.forward(Tensor.zeros([4, 16]))).toThrow('BatchNorm2d(16, eps=0.00001, momentum=0.1): input has shape [4, 16], expected [N, 16, H, W]');
    expect(() => bn2.backward(Tensor.zeros([4, 16, 2, 2]))).toThrow('backward called before forward');
    bn2.forward(Tensor.zeros([2, 16, 2, 2]), true);
    expect(() => bn2.backward(Tensor.zeros([2, 16, 2, 1]))).toThrow('BatchNorm2d(16, eps=0.00001, momentum=0.1).backward: dout has shape [2, 16, 2, 1], expected [2, 16, 2, 2]');
    expect(() => new BatchNorm2d(0)).toThrow('BatchNorm2d: numFeatures must be a positive integer, got 0');
    expect(() => new BatchNorm2d(2, { momentum: 2 })).toThrow('momentum must be in [0, 1]');
  });
});
