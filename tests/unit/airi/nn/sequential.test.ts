import { describe, expect, it } from 'vitest';
import { Conv2d, Flatten, Linear, type Module, ReLU, Rng, Sequential, Sigmoid, Tanh, Tensor, countParameters } from '../../../../airi/index';
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

  it.each([
    ['an MLP', (rng: Rng) => mlp(rng), [4, 3]],
    ['a net starting with parameter-free layers', (rng: Rng) => new Sequential(new Flatten(), new ReLU(), new Linear(6, 3, { rng }), new Tanh(), new Linear(3, 2, { rng })), [4, 2, 3]],
    ['a convnet', (rng: Rng) => new Sequential(new Conv2d(2, 3, 3, { rng }), new ReLU(), new Flatten(), new Linear(12, 2, { rng })), [3, 2, 4, 4]],
    ['a nested first block', (rng: Rng) => new Sequential(new Sequential(new Tanh(), new Linear(3, 4, { rng })), new ReLU(), new Linear(4, 2, { rng })), [5, 3]],
  ] as [string, (rng: Rng) => Sequential, number[]][])('backwardParameters gives %s the same parameter gradients as backward', (_name, build, shape) => {
    const gradients = (useFull: boolean): Float32Array[] => {
      const rng = new Rng(7);
      const model = build(rng);
      const x = randomTensor(rng, shape);
      const y = model.forward(x, true);
      const dy = randomTensor(rng, y.shape);
      if (useFull) model.backward(dy);
      else model.backwardParameters(dy);
      return model.parameters().map((p) => p.grad.data);
    };
    const full = gradients(true);
    const partial = gradients(false);
    expect(partial.length).toBeGreaterThan(0);
    full.forEach((expected, i) => expect(Array.from(partial[i])).toEqual(Array.from(expected)));
  });

  it('backwardParameters skips the layers before the first trainable one and that layer’s input gradient', () => {
    const calls: string[] = [];
    const spy = (name: string, module: Module): Module => ({
      forward: (x, training) => module.forward(x, training),
      backward: (dout) => (calls.push(`${name}.backward`), module.backward(dout)),
      backwardParameters: module.backwardParameters ? (dout) => (calls.push(`${name}.backwardParameters`), module.backwardParameters?.(dout)) : undefined,
      parameters: () => module.parameters(),
    });
    const rng = new Rng(3);
    const model = new Sequential(spy('flatten', new Flatten()), spy('linear', new Linear(4, 3, { rng })), spy('relu', new ReLU()), spy('head', new Linear(3, 2, { rng })));
    const y = model.forward(randomTensor(rng, [2, 2, 2]), true);
    model.backwardParameters(randomTensor(rng, y.shape));
    expect(calls).toEqual(['head.backward', 'relu.backward', 'linear.backwardParameters']);
  });

  it('runs a Conv2d followed by a ReLU fused, with the results of the two layers run one by one', () => {
    const build = (rng: Rng) => [new Conv2d(2, 3, 3, { rng, padding: 1 }), new ReLU(), new Conv2d(3, 2, 3, { rng }), new ReLU(), new Flatten(), new Linear(8, 2, { rng })];
    const rng = new Rng(11);
    const x = randomTensor(rng, [3, 2, 4, 4]);
    const dy = randomTensor(rng, [3, 2]);
    const layers = build(new Rng(5));
    let out = x;
    for (const layer of layers) out = layer.forward(out, true);
    let grad = dy;
    for (let i = layers.length - 1; i >= 0; i--) grad = layers[i].backward(grad);
    const model = new Sequential(...build(new Rng(5)));
    const fusedOut = model.forward(x, true);
    const fusedGrad = model.backward(dy);
    expect(Array.from(fusedOut.data)).toEqual(Array.from(out.data));
    expect(Array.from(fusedGrad.data)).toEqual(Array.from(grad.data));
    const expected = layers.flatMap((layer) => layer.parameters().map((p) => Array.from(p.grad.data)));
    expect(model.parameters().map((p) => Array.from(p.grad.data))).toEqual(expected);
    // The ReLU modules never ran: the pairs went through Conv2d.forwardRelu / backwardRelu.
    expect(() => (model.modules[1] as ReLU).backward(fusedOut)).toThrow('ReLU(): backward called before forward');
  });

  it('keeps a fused Conv2d from being taken back the wrong way', () => {
    const rng = new Rng(2);
    const conv = new Conv2d(1, 1, 1, { rng });
    const y = conv.forwardRelu(randomTensor(rng, [1, 1, 2, 2]));
    expect(() => conv.backward(y)).toThrow('Conv2d(1 → 1, kernelSize=1, stride=1, padding=0): the last forward was forwardRelu; call backwardRelu');
    conv.forward(randomTensor(rng, [1, 1, 2, 2]));
    expect(() => conv.backwardRelu(y, true)).toThrow('backwardRelu called without forwardRelu');
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
