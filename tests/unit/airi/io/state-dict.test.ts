import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  Linear,
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

describe('PyTorch interoperability', () => {
  it('loads a state_dict saved from PyTorch and computes the same outputs', () => {
    // Written by scripts/fixtures/generate-safetensors-fixture.py from torch.nn.Sequential(Linear(2, 3), Tanh(), Linear(3, 1)).
    const bytes = new Uint8Array(readFileSync(new URL('../../../fixtures/io/torch-mlp.safetensors', import.meta.url)));
    const expected = JSON.parse(readFileSync(new URL('../../../fixtures/io/torch-mlp.json', import.meta.url), 'utf8')) as {
      state: Record<string, number[]>;
      input: number[][];
      output: number[][];
    };
    const { tensors, metadata } = loadSafetensors(bytes);
    expect(metadata).toEqual({ format: 'pt' });
    // PyTorch's BatchNorm step counter (I64) is read, then skipped by loadStateDict.
    expect(Array.from(tensors['1.num_batches_tracked'].data)).toEqual([7]);
    const model = mlp(3);
    expect(loadStateDict(model, tensors)).toEqual({ missingKeys: [], unexpectedKeys: [] });
    for (const [name, values] of Object.entries(expected.state)) expect(Array.from(tensors[name].data), name).toEqual(values);
    const y = model.forward(Tensor.fromArray(expected.input.flat(), [3, 2]));
    y.data.forEach((v, i) => expect(Math.abs(v - expected.output.flat()[i])).toBeLessThan(1e-6));
  });
});
