// EfficientNet-B0 as torchvision builds it: parameter count, every state-dict key and shape, the
// stages' output sizes Grad-CAM uses, and a new head for transfer learning.
import { describe, expect, it } from 'vitest';
import {
  Rng, Tensor, countParameters, createWasmBackend, efficientNetB0, getBackend, getSubmodule, loadWeightsByName, setBackend, stateDict, summarize,
} from '../../../../airi/index';
import { airiKeys, torchvisionKeys } from './torchvision-keys';

describe('efficientNetB0', () => {
  const model = efficientNetB0({ rng: new Rng(1) });

  it("has torchvision's 5,288,548 parameters with 1000 classes, and 4,026,763 with lesson 8's 15", () => {
    expect(countParameters(model)).toBe(5_288_548);
    expect(countParameters(efficientNetB0({ numClasses: 15, rng: new Rng(1) }))).toBe(4_026_763);
  });

  it("has torchvision's state-dict keys and shapes", () => {
    expect(airiKeys(model)).toEqual(torchvisionKeys('efficientnet_b0'));
  });

  it('maps a 64x64 image through the stages at torchvision\'s strides to [N, classes] logits', () => {
    const x = Tensor.zeros([1, 3, 64, 64]);
    let out = x;
    const channels: number[] = [];
    const features = getSubmodule(model, 'features');
    for (let stage = 0; stage <= 8; stage++) {
      out = getSubmodule(features, `${stage}`).forward(out);
      channels.push(out.shape[1], out.shape[2]);
    }
    // channels and side of features.0 .. features.8 (the spec's 112/56/28/14/14/7/7 px at 224, here / 3.5)
    expect(channels).toEqual([32, 32, 16, 32, 24, 16, 40, 8, 80, 4, 112, 4, 192, 2, 320, 2, 1280, 2]);
    expect(model.forward(Tensor.zeros([2, 3, 64, 64])).shape).toEqual([2, 1000]);
  });

  it('takes ImageNet weights except the head, which a 15-class model keeps as initialized', () => {
    const cats = efficientNetB0({ numClasses: 15, rng: new Rng(2) });
    const headBefore = Float32Array.from(stateDict(cats)['classifier.1.weight'].data);
    const report = loadWeightsByName(cats, stateDict(model), { keep: ['classifier.1.'] });
    expect(report.kept).toEqual(['classifier.1.weight', 'classifier.1.bias']);
    expect(report.loaded).toHaveLength(311 - 2);
    expect(Array.from(stateDict(cats)['features.0.0.weight'].data)).toEqual(Array.from(stateDict(model)['features.0.0.weight'].data));
    expect(Array.from(stateDict(cats)['classifier.1.weight'].data)).toEqual(Array.from(headBefore));
    expect(() => loadWeightsByName(efficientNetB0({ numClasses: 15, rng: new Rng(3) }), stateDict(model))).toThrow(
      '"classifier.1.weight" is [1000, 1280] in the file but [15, 1280] in the model',
    );
  });

  it("summarizes layer by layer inside the blocks: 0.39 G multiply-adds at 224x224, as torchvision's documentation says", async () => {
    const previous = getBackend();
    setBackend(await createWasmBackend());
    try {
      const summary = summarize(model, [1, 3, 224, 224]);
      expect(summary.totalParameters).toBe(5_288_548);
      expect(summary.totalFlops / 2).toBeGreaterThan(0.385e9);
      expect(summary.totalFlops / 2).toBeLessThan(0.4e9);
      const names = summary.layers.map((l) => l.name);
      expect(names).toContain('features.2.0.block.1.0'); // stage 2's first depthwise convolution
      expect(names).toContain('features.7.0.block.2'); // a squeeze-excitation, one row
      expect(summary.layers.find((l) => l.name === 'features.8.0')?.outputShape).toEqual([1, 1280, 7, 7]);
    } finally {
      setBackend(previous);
    }
  }, 30_000);
});
