import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  BatchNorm2d,
  Conv2d,
  Flatten,
  Linear,
  MaxPool2d,
  type Module,
  type Parameter,
  ReLU,
  Rng,
  Sequential,
  Tanh,
  Tensor,
  createParameter,
  loadSafetensors,
  loadStateDict,
  saveSafetensors,
  stateDict,
} from '../../../../airi/index';

/** A stand-in for BatchNorm: one parameter and two buffers, under PyTorch's names. */
class WithBuffers implements Module {
  readonly weight: Parameter = createParameter('weight', Tensor.fromArray([1, 2], [2]));
  readonly runningMean = Tensor.fromArray([0.5, -0.5], [2]);
  readonly runningVar = Tensor.fromArray([1, 4], [2]);
  forward(x: Tensor): Tensor {
    return x;
  }
  backward(dout: Tensor): Tensor {
    return dout;
  }
  parameters(): Parameter[] {
    return [this.weight];
  }
  buffers(): { name: string; value: Tensor }[] {
    return [
      { name: 'running_mean', value: this.runningMean },
      { name: 'running_var', value: this.runningVar },
    ];
  }
}

function mlp(seed: number): Sequential {
  const rng = new Rng(seed);
  return new Sequential(new Linear(2, 3, { rng }), new Tanh(), new Linear(3, 1, { rng }));
}

describe('stateDict', () => {
  it('names parameters and buffers as PyTorch does, sharing the module’s tensors', () => {
    const inner = new WithBuffers();
    const model = new Sequential(new Linear(2, 2, { rng: new Rng(1) }), new Sequential(new ReLU(), inner));
    const state = stateDict(model);
    expect(Object.keys(state)).toEqual(['0.weight', '0.bias', '1.1.weight', '1.1.running_mean', '1.1.running_var']);
    expect(state['1.1.running_var']).toBe(inner.runningVar);
  });
});

describe('loadStateDict', () => {
  it('restores a model saved as safetensors, in place', () => {
    const trained = mlp(1);
    const fresh = mlp(2);
    const weight = fresh.parameters()[0].value;
    loadStateDict(fresh, loadSafetensors(saveSafetensors(stateDict(trained))).tensors);
    const x = Tensor.fromArray([0.3, -0.7, 1.2, 0.1], [2, 2]);
    expect(fresh.forward(x).data).toEqual(trained.forward(x).data);
    // Same tensor objects: an optimizer built before the load keeps updating the model.
    expect(fresh.parameters()[0].value).toBe(weight);
  });

  it('loads buffers too', () => {
    const source = new Sequential(new WithBuffers());
    (source.modules[0] as WithBuffers).runningVar.data.set([9, 16]);
    const target = new Sequential(new WithBuffers());
    loadStateDict(target, stateDict(source));
    expect(Array.from((target.modules[0] as WithBuffers).runningVar.data)).toEqual([9, 16]);
  });

  it('names missing and unexpected keys, and changes nothing when it fails', () => {
    const model = mlp(1);
    const before = model.parameters().map((p) => Array.from(p.value.data));
    const state = { ...stateDict(mlp(2)) };
    delete state['2.bias'];
    state['3.weight'] = Tensor.zeros([1]);
    expect(() => loadStateDict(model, state)).toThrow('loadStateDict: missing keys: "2.bias"; unexpected keys: "3.weight"');
    expect(model.parameters().map((p) => Array.from(p.value.data))).toEqual(before);
    // strict: false reports them instead, as PyTorch's load_state_dict(strict=False).
    expect(loadStateDict(model, state, { strict: false })).toEqual({ missingKeys: ['2.bias'], unexpectedKeys: ['3.weight'] });
  });

  it('names the key and both shapes on a size mismatch, even when not strict', () => {
    const state = { ...stateDict(mlp(1)), '0.weight': Tensor.zeros([3, 5]) };
    const message = 'loadStateDict: size mismatch: "0.weight" has shape [3, 5] in the file and [3, 2] in the model';
    expect(() => loadStateDict(mlp(2), state)).toThrow(message);
    expect(() => loadStateDict(mlp(2), state, { strict: false })).toThrow(message);
  });
});

interface TorchCase {
  state: Record<string, number[]>;
  inputShape: number[];
  input: number[];
  output: number[];
}

function torchCase(name: string): { bytes: Uint8Array; expected: TorchCase } {
  const bytes = new Uint8Array(readFileSync(new URL(`../../../fixtures/io/${name}.safetensors`, import.meta.url)));
  const expected = JSON.parse(readFileSync(new URL(`../../../fixtures/io/${name}.json`, import.meta.url), 'utf8')) as TorchCase;
  return { bytes, expected };
}

/** Loads a PyTorch-saved file into `model` and checks its weights and its evaluation-mode outputs. */
function expectSameAsTorch(name: string, model: Module): Record<string, Tensor> {
  const { bytes, expected } = torchCase(name);
  const { tensors, metadata } = loadSafetensors(bytes);
  expect(metadata).toEqual({ format: 'pt' });
  expect(loadStateDict(model, tensors)).toEqual({ missingKeys: [], unexpectedKeys: [] });
  const state = stateDict(model);
  for (const [key, values] of Object.entries(expected.state)) expect(Array.from(state[key].data), key).toEqual(values);
  const y = model.forward(Tensor.fromArray(expected.input, expected.inputShape), false);
  y.data.forEach((v, i) => expect(Math.abs(v - expected.output[i]), `output ${i}`).toBeLessThan(1e-5));
  return tensors;
}

// Written by scripts/fixtures/generate-safetensors-fixture.py with PyTorch.
describe('PyTorch interoperability', () => {
  it('loads an MLP saved from PyTorch and computes the same outputs', () => {
    expectSameAsTorch('torch-mlp', mlp(3));
  });

  it('loads a conv net with BatchNorm running statistics, skipping PyTorch’s num_batches_tracked (I64)', () => {
    const rng = new Rng(4);
    const model = new Sequential(
      new Conv2d(2, 3, 3, { rng, padding: 1 }), new BatchNorm2d(3), new ReLU(),
      new MaxPool2d(2), new Flatten(), new Linear(12, 2, { rng }),
    );
    const tensors = expectSameAsTorch('torch-convnet', model);
    expect(Array.from(tensors['1.num_batches_tracked'].data)).toEqual([2]);
    expect(Object.keys(stateDict(model))).toEqual(['0.weight', '0.bias', '1.weight', '1.bias', '5.weight', '5.bias', '1.running_mean', '1.running_var']);
  });
});
