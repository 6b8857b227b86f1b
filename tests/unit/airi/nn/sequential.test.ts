import { describe, expect, it } from 'vitest';
import { Linear, ReLU, Rng, Sequential, Sigmoid, Tanh, Tensor, countParameters } from '../../../../airi/index';
import { expectGradientsMatch, randomTensor } from '../expect-gradients';

function mlp(rng: Rng): Sequential {
  return new Sequential(new Linear(3, 5, { rng }), new Tanh(), new Linear(5, 4, { rng }), new Sigmoid(), new Linear(4, 2, { rng }));
}

describe('Sequential', () => {
  it('names parameters by layer index, like a PyTorch state_dict', () => {
    const model = mlp(new Rng(1));
    expect(model.parameters().map((p) => p.name)).toEqual(['0.weight', '0.bias', '2.weight', '2.bias', '4.weight', '4.bias']);
    const nested = new Sequential(new Tanh(), new Sequential(new Linear(2, 2, { rng: new Rng(1) })));
    expect(nested.parameters().map((p) => p.name)).toEqual(['1.0.weight', '1.0.bias']);
  });

  it('exposes the layers’ own tensors, so optimizers update the layers', () => {
    const first = new Linear(2, 2, { rng: new Rng(1) });
    const model = new Sequential(first, new ReLU());
    expect(model.parameters()[0].value).toBe(first.weight.value);
    expect(model.parameters()[0].grad).toBe(first.weight.grad);
  });

  it('chains forward in order (hand-computed)', () => {
    const rng = new Rng(1);
    const a = new Linear(1, 2, { rng });
    a.weight.value.data.set([1, -1]);
    a.bias!.value.data.set([0, 0]);
    const b = new Linear(2, 1, { rng });
    b.weight.value.data.set([2, 3]);
    b.bias!.value.data.set([1]);
    // x = 2: a -> [2, -2], ReLU -> [2, 0], b -> 2*2 + 3*0 + 1 = 5
    expect(Array.from(new Sequential(a, new ReLU(), b).forward(Tensor.fromArray([2], [1, 1])).data)).toEqual([5]);
  });

  it('passes the numeric gradient check through every layer', () => {
    const rng = new Rng(51);
    expectGradientsMatch('Sequential(3-5-4-2)', mlp(rng), randomTensor(rng, [4, 3]));
  });

  it('counts parameters and describes itself layer by layer', () => {
    const rng = new Rng(1);
    const model = new Sequential(new Linear(1, 16, { rng }), new Tanh(), new Linear(16, 16, { rng }), new Tanh(), new Linear(16, 1, { rng }));
    expect(countParameters(model)).toBe(16 + 16 + 256 + 16 + 16 + 1);
    expect(model.describe()).toBe(
      'Sequential(\n  (0): Linear(1 → 16)\n  (1): Tanh()\n  (2): Linear(16 → 16)\n  (3): Tanh()\n  (4): Linear(16 → 1)\n)',
    );
    expect(new Sequential(new Sequential(new ReLU())).describe()).toBe('Sequential(\n  (0): Sequential(\n    (0): ReLU()\n  )\n)');
  });

  it('lets the failing layer name itself and both shapes', () => {
    const model = mlp(new Rng(1));
    expect(() => model.forward(Tensor.zeros([4, 2]))).toThrow('Linear(3 → 5): input has shape [4, 2], expected [N, 3]');
  });
});
