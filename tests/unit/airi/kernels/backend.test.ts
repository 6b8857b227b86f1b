import { afterEach, describe, expect, it } from 'vitest';
import { type Backend, Linear, Rng, Tensor, getBackend, referenceBackend, setBackend } from '../../../../airi/index';

afterEach(() => setBackend(referenceBackend));

describe('setBackend / getBackend', () => {
  it('defaults to the reference backend', () => {
    expect(getBackend()).toBe(referenceBackend);
    expect(getBackend().name).toBe('reference');
  });

  it('routes every layer call through the backend set last', () => {
    const calls: string[] = [];
    const counting: Backend = {
      ...referenceBackend,
      name: 'counting',
      gemm: (...args) => {
        calls.push('gemm');
        referenceBackend.gemm(...args);
      },
      biasAdd: (...args) => {
        calls.push('biasAdd');
        referenceBackend.biasAdd(...args);
      },
    };
    const layer = new Linear(2, 3, { rng: new Rng(1) });
    const x = Tensor.fromArray([1, 2, 3, 4], [2, 2]);
    const before = layer.forward(x);
    setBackend(counting);
    const after = layer.forward(x);
    expect(calls).toEqual(['gemm', 'biasAdd']);
    expect(Array.from(after.data)).toEqual(Array.from(before.data));
  });
});
