// Named sub-modules: Sequential.named, the paths of namedModules, and getSubmodule.
import { describe, expect, it } from 'vitest';
import { Linear, ReLU, Rng, Sequential, Tensor, getSubmodule, namedModules } from '../../../../airi/index';

describe('named children', () => {
  const rng = new Rng(1);
  const head = new Linear(4, 2, { rng });
  const model = Sequential.named({ features: new Sequential(new Linear(3, 4, { rng }), new ReLU()), classifier: new Sequential(head) });

  it('names parameters by the path of names, and lists every module with its path', () => {
    expect(model.parameters().map((p) => p.name)).toEqual(['features.0.weight', 'features.0.bias', 'classifier.0.weight', 'classifier.0.bias']);
    expect(namedModules(model).map(([path]) => path)).toEqual(['', 'features', 'features.0', 'features.1', 'classifier', 'classifier.0']);
    expect(model.describe()).toContain('(features): Sequential(');
  });

  it('finds a module by path, and names the missing part otherwise', () => {
    expect(getSubmodule(model, 'classifier.0')).toBe(head);
    expect(getSubmodule(model, '')).toBe(model);
    expect(() => getSubmodule(model, 'features.7')).toThrow('getSubmodule: "features" has no sub-module "7"');
    expect(() => getSubmodule(model, 'avgpool')).toThrow('getSubmodule: the model has no sub-module "avgpool"');
  });

  it('refuses names that would make paths ambiguous', () => {
    expect(() => Sequential.named({ 'a.b': new ReLU() })).toThrow('Sequential.named: a layer name must be non-empty without ".", got "a.b"');
  });

  it('inlines a child chain into one chain of the same layers, which computes the same function', () => {
    const flat = model.inlined('features');
    expect(flat.names).toEqual(['features_0', 'features_1', 'classifier']);
    expect(flat.modules[2]).toBe(model.modules[1]);
    const x = Tensor.fromArray([1, -2, 3, 0.5, 0, -1], [2, 3]);
    expect(Array.from(flat.forward(x).data)).toEqual(Array.from(model.forward(x).data));
    expect(() => model.inlined('nothing')).toThrow('Sequential.inlined: "nothing" is not a Sequential layer of this model');
  });
});
