import { describe, expect, it } from 'vitest';
import { LogSoftmax, Rng, Softmax, Tensor } from '../../../../airi/index';
import { expectGradientsMatch, randomTensor } from '../expect-gradients';

describe('Softmax and LogSoftmax', () => {
  it('Softmax(dim=1) gives rows that sum to 1, unchanged by a shift, and survives huge logits', () => {
    const y = new Softmax().forward(Tensor.fromArray([1, 2, 3, 1001, 1002, 1003], [2, 3]));
    const e = [Math.exp(-2), Math.exp(-1), 1];
    const z = e[0] + e[1] + e[2];
    [...e, ...e].forEach((v, i) => expect(y.data[i]).toBeCloseTo(v / z, 6));
  });

  it('LogSoftmax(dim=1) is x - logsumexp(x), finite where softmax underflows', () => {
    const y = new LogSoftmax().forward(Tensor.fromArray([0, 0, -200, 300], [1, 4]));
    const lse = 300; // exp(300) dwarfs the rest
    [0 - lse, 0 - lse, -200 - lse, 0].forEach((v, i) => expect(y.data[i]).toBeCloseTo(v, 3));
    expect(new Softmax().forward(Tensor.fromArray([0, 0, -200, 300], [1, 4])).data[2]).toBe(0);
  });

  it('normalizes along any dim, negative ones counted from the end', () => {
    const x = Tensor.fromArray([1, 2, 3, 4, 5, 6], [1, 2, 3]);
    const channels = new Softmax(1).forward(x); // pairs (1, 4), (2, 5), (3, 6)
    for (let i = 0; i < 3; i++) expect(channels.data[i] + channels.data[i + 3]).toBeCloseTo(1, 6);
    const last = new Softmax(-1).forward(x); // triples (1, 2, 3), (4, 5, 6)
    expect(last.data[0] + last.data[1] + last.data[2]).toBeCloseTo(1, 6);
    expect(new LogSoftmax(2).describe()).toBe('LogSoftmax(dim=2)');
  });

  it('pass the numeric gradient check on [N, C] and on the channels of NCHW', () => {
    const rng = new Rng(63);
    expectGradientsMatch('Softmax(dim=1) [N, C]', new Softmax(), randomTensor(rng, [4, 5], 2));
    expectGradientsMatch('Softmax(dim=1) NCHW', new Softmax(), randomTensor(rng, [2, 3, 2, 2], 2));
    expectGradientsMatch('LogSoftmax(dim=1) [N, C]', new LogSoftmax(), randomTensor(rng, [4, 5], 2));
    expectGradientsMatch('LogSoftmax(dim=-1) [N, C, L]', new LogSoftmax(-1), randomTensor(rng, [2, 3, 4], 2));
  });

  it('name the layer and the shape on a bad dim or dout', () => {
    expect(() => new Softmax().forward(Tensor.zeros([5]))).toThrow('Softmax(dim=1): input has shape [5], which has no dimension 1');
    const layer = new LogSoftmax();
    layer.forward(Tensor.zeros([2, 3]));
    expect(() => layer.backward(Tensor.zeros([2, 4]))).toThrow('LogSoftmax(dim=1).backward: dout has shape [2, 4], expected [2, 3]');
  });
});
