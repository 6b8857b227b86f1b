import { describe, expect, it } from 'vitest';
import { Linear, Rng, Tensor } from '../../../../airi/index';
import { expectGradientsMatch, randomTensor } from '../expect-gradients';

/** W = [[1, 2], [3, 4], [5, 6]] (3 outputs, 2 inputs), b = [0.5, -1, 2]. */
function handMadeLayer(): Linear {
  const layer = new Linear(2, 3, { rng: new Rng(0) });
  layer.weight.value.data.set([1, 2, 3, 4, 5, 6]);
  layer.bias!.value.data.set([0.5, -1, 2]);
  return layer;
}

describe('Linear', () => {
  it('stores the weight as [outFeatures, inFeatures] and the bias as [outFeatures], like PyTorch', () => {
    const layer = new Linear(4, 3, { rng: new Rng(1) });
    expect(layer.weight.value.shape).toEqual([3, 4]);
    expect(layer.bias!.value.shape).toEqual([3]);
    expect(layer.parameters().map((p) => p.name)).toEqual(['weight', 'bias']);
    expect(layer.weight.grad.shape).toEqual([3, 4]);
    expect(layer.describe()).toBe('Linear(4 → 3)');
  });

  it('forward computes x W^T + b (hand-computed)', () => {
    const x = Tensor.fromArray([1, -1, 2, 0.5], [2, 2]);
    const y = handMadeLayer().forward(x);
    // row 0: [1*1 + 2*(-1) + 0.5, 3*1 + 4*(-1) - 1, 5*1 + 6*(-1) + 2] = [-0.5, -2, 1]
    // row 1: [1*2 + 2*0.5 + 0.5, 3*2 + 4*0.5 - 1, 5*2 + 6*0.5 + 2] = [3.5, 7, 15]
    expect(y.shape).toEqual([2, 3]);
    expect(Array.from(y.data)).toEqual([-0.5, -2, 1, 3.5, 7, 15]);
  });

  it('backward gives dx = dout W, dW = dout^T x, db = sum of dout (hand-computed), and accumulates', () => {
    const layer = handMadeLayer();
    layer.forward(Tensor.fromArray([1, -1, 2, 0.5], [2, 2]));
    const dout = Tensor.fromArray([1, 0, -1, 2, 1, 0], [2, 3]);
    const dx = layer.backward(dout);
    // dx row 0: 1*[1, 2] + 0*[3, 4] - 1*[5, 6] = [-4, -4]; row 1: 2*[1, 2] + 1*[3, 4] = [5, 8]
    expect(Array.from(dx.data)).toEqual([-4, -4, 5, 8]);
    // dW[o, i] = sum_n dout[n, o] x[n, i]: o=0: 1*[1, -1] + 2*[2, 0.5] = [5, 0]; o=1: [2, 0.5]; o=2: [-1, 1]
    expect(Array.from(layer.weight.grad.data)).toEqual([5, 0, 2, 0.5, -1, 1]);
    expect(Array.from(layer.bias!.grad.data)).toEqual([3, 1, -1]);
    layer.backward(dout);
    expect(Array.from(layer.weight.grad.data)).toEqual([10, 0, 4, 1, -2, 2]);
    expect(Array.from(layer.bias!.grad.data)).toEqual([6, 2, -2]);
  });

  it('works without a bias', () => {
    const layer = new Linear(2, 3, { rng: new Rng(0), bias: false });
    layer.weight.value.data.set([1, 2, 3, 4, 5, 6]);
    expect(layer.bias).toBeNull();
    expect(layer.parameters().map((p) => p.name)).toEqual(['weight']);
    expect(layer.describe()).toBe('Linear(2 → 3, bias=false)');
    expect(Array.from(layer.forward(Tensor.fromArray([1, -1], [1, 2])).data)).toEqual([-1, -1, -1]);
  });

  it('passes the numeric gradient check for dx, weight and bias', () => {
    const rng = new Rng(11);
    const layer = new Linear(5, 4, { rng });
    expectGradientsMatch('Linear(5 → 4)', layer, randomTensor(rng, [3, 5]));
    expectGradientsMatch('Linear(3 → 2, bias=false)', new Linear(3, 2, { rng, bias: false }), randomTensor(rng, [6, 3]));
  });

  it('draws the same weights from the same seed, and uses the chosen initializer', () => {
    const a = new Linear(8, 8, { rng: new Rng(3) });
    const b = new Linear(8, 8, { rng: new Rng(3) });
    expect(Array.from(a.weight.value.data)).toEqual(Array.from(b.weight.value.data));
    const zeros = new Linear(8, 8, { rng: new Rng(3), init: 'zeros' });
    expect(zeros.weight.value.data.every((v) => v === 0)).toBe(true);
    expect(zeros.bias!.value.data.every((v) => v === 0)).toBe(true);
  });

  it('names the layer and both shapes when the input or dout do not fit', () => {
    const layer = new Linear(1, 16, { rng: new Rng(0) });
    expect(() => layer.forward(Tensor.zeros([16, 3]))).toThrow('Linear(1 → 16): input has shape [16, 3], expected [N, 1]');
    expect(() => layer.forward(Tensor.zeros([16]))).toThrow('input has shape [16], expected [N, 1]');
    expect(() => layer.backward(Tensor.zeros([4, 16]))).toThrow('Linear(1 → 16): backward called before forward');
    layer.forward(Tensor.zeros([4, 1]));
    expect(() => layer.backward(Tensor.zeros([4, 8]))).toThrow('Linear(1 → 16).backward: dout has shape [4, 8], expected [4, 16]');
  });

  it('rejects non-positive or fractional sizes', () => {
    expect(() => new Linear(0, 3, { rng: new Rng(0) })).toThrow('inFeatures must be a positive integer');
    expect(() => new Linear(2, 1.5, { rng: new Rng(0) })).toThrow('outFeatures must be a positive integer');
  });
});
