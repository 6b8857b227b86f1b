// loadWeightsByName: a state dict onto a model by name, every key and shape checked before anything
// is copied, BatchNorm's step counters ignored, and `keep` for a new head.
import { describe, expect, it } from 'vitest';
import {
  BatchNorm2d, Conv2d, Flatten, Linear, Rng, Sequential, Tensor, WeightsMismatchError, loadWeightsByName, stateDict,
} from '../../../../airi/index';

function build(seed: number, classes = 3): Sequential {
  const rng = new Rng(seed);
  return Sequential.named({
    features: new Sequential(new Conv2d(2, 4, 3, { rng, bias: false }), new BatchNorm2d(4)),
    flatten: new Flatten(),
    classifier: new Sequential(new Linear(4, classes, { rng })),
  });
}

/** A copy of a model's state dict, as a file would hold it (PyTorch's counters included). */
function fileOf(seed: number, classes = 3): Record<string, Tensor> {
  const tensors: Record<string, Tensor> = {};
  for (const [key, value] of Object.entries(stateDict(build(seed, classes)))) tensors[key] = Tensor.fromArray(Array.from(value.data), value.shape);
  tensors['features.1.num_batches_tracked'] = Tensor.fromArray([7], []);
  return tensors;
}

const snapshot = (model: Sequential): number[][] => Object.values(stateDict(model)).map((t) => Array.from(t.data));

describe('loadWeightsByName', () => {
  it('copies every tensor to the key of the same name, and ignores num_batches_tracked', () => {
    const model = build(1);
    const file = fileOf(2);
    const report = loadWeightsByName(model, file);
    expect(report.loaded.sort()).toEqual(Object.keys(stateDict(model)).sort());
    expect(report.kept).toEqual([]);
    for (const [key, value] of Object.entries(stateDict(model))) expect(Array.from(value.data), key).toEqual(Array.from(file[key].data));
  });

  it('names the key and both shapes on a mismatch, and copies nothing', () => {
    const model = build(1, 3);
    const before = snapshot(model);
    let error: unknown;
    try {
      loadWeightsByName(model, fileOf(2, 5));
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(WeightsMismatchError);
    const mismatch = error as WeightsMismatchError;
    expect(mismatch.shapeMismatches).toEqual([
      { key: 'classifier.0.weight', fileShape: [5, 4], modelShape: [3, 4] },
      { key: 'classifier.0.bias', fileShape: [5], modelShape: [3] },
    ]);
    expect(mismatch.message).toContain('"classifier.0.weight" is [5, 4] in the file but [3, 4] in the model');
    expect(snapshot(model)).toEqual(before);
  });

  it('keeps the parts named by `keep` (a new head), taking the rest from the file', () => {
    const model = build(1, 3);
    const headBefore = Array.from(stateDict(model)['classifier.0.weight'].data);
    const file = fileOf(2, 5);
    const report = loadWeightsByName(model, file, { keep: ['classifier.'] });
    expect(report.kept).toEqual(['classifier.0.weight', 'classifier.0.bias']);
    expect(Array.from(stateDict(model)['classifier.0.weight'].data)).toEqual(headBefore);
    expect(Array.from(stateDict(model)['features.0.weight'].data)).toEqual(Array.from(file['features.0.weight'].data));
  });

  it('lists missing and unexpected keys', () => {
    const file = fileOf(2);
    delete file['features.1.running_var'];
    file['features.9.weight'] = Tensor.zeros([1]);
    expect(() => loadWeightsByName(build(1), file)).toThrow(
      'the weights do not fit the model (1 missing from the file: "features.1.running_var"; 1 not in the model: "features.9.weight")',
    );
  });
});
