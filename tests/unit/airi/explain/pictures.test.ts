// The other pictures of lessons 5 and 6: feature maps of every convolution, first-layer filters as
// tiles, the confusion matrix, top classes, and the resize every heatmap goes through.
import { describe, expect, it } from 'vitest';
import {
  Conv2d, Flatten, Linear, ReLU, Rng, Sequential, Tensor,
  cellMembers, confusionMatrix, convolutionLayers, featureMaps, filterTiles, normalizePlanes, resizeBilinear,
  spatialLayers, topClasses, traceLayers,
} from '../../../../airi/index';

function demoNet(): Sequential {
  const rng = new Rng(1);
  return new Sequential(
    new Conv2d(3, 4, 3, { rng }), new ReLU(), new Conv2d(4, 2, 3, { rng }), new ReLU(), new Flatten(), new Linear(2 * 4 * 4, 3, { rng }),
  );
}

describe('feature maps', () => {
  it('gives every convolution output, before its ReLU, equal to the Sequential run', () => {
    const model = demoNet();
    const rng = new Rng(2);
    const x = Tensor.fromArray(Array.from({ length: 3 * 8 * 8 }, () => rng.uniform() - 0.5), [1, 3, 8, 8]);
    const trace = traceLayers(model, x);
    expect(convolutionLayers(trace)).toEqual([0, 2]);
    expect(spatialLayers(trace)).toEqual([0, 1, 2, 3]);
    const maps = featureMaps(trace);
    expect(maps.map((m) => [m.layer, m.channels, m.height, m.width])).toEqual([[0, 4, 6, 6], [2, 2, 4, 4]]);
    expect(maps[0].values.some((v) => v < 0)).toBe(true); // before the ReLU, as the notebook showed them
    expect(Array.from(trace.outputs[5].data)).toEqual(Array.from(model.forward(x).data));
  });

  it('scales each plane by its own range', () => {
    const out = normalizePlanes(Float32Array.from([1, 3, 2, -5, -5, -5]), 2, 3);
    expect(Array.from(out)).toEqual([0, 1, 0.5, 0, 0, 0]);
  });
});

describe('filter tiles', () => {
  it('lays each colour filter out as HWC, min-max scaled on its own', () => {
    const conv = new Conv2d(3, 2, 2, { rng: new Rng(0) });
    conv.weight.value.data.set([
      // filter 0: channel r = 0..3, g = 4..7, b = 8..11
      0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11,
      // filter 1: constant
      2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
    ]);
    const tiles = filterTiles(conv.weight.value);
    expect([tiles.count, tiles.height, tiles.width]).toEqual([2, 2, 2]);
    // pixel (0, 0) of filter 0 is (r, g, b) = (0, 4, 8) / 11
    expect(Array.from(tiles.rgb.subarray(0, 3))).toEqual([0, 4 / 11, 8 / 11].map(Math.fround));
    expect(tiles.rgb[3 * 3 + 2]).toBe(1); // pixel (1, 1), blue: the largest weight
    expect(Array.from(tiles.rgb.subarray(12)).every((v) => v === 0.5)).toBe(true);
  });
});

describe('confusion matrix', () => {
  it('counts true class by row and predicted class by column, and lists a cell', () => {
    const labels = [0, 0, 1, 1, 2, 2];
    const predicted = [0, 1, 1, 1, 0, 2];
    const { counts } = confusionMatrix(predicted, labels, 3);
    expect(Array.from(counts)).toEqual([1, 1, 0, 0, 2, 0, 1, 0, 1]);
    expect(cellMembers(predicted, labels, 2, 0)).toEqual([4]);
    expect(() => confusionMatrix([3], [0], 3)).toThrow(/prediction 3/);
  });
});

describe('top classes and resize', () => {
  it('ranks classes with their probabilities', () => {
    const top = topClasses([1, 3, 2], 2);
    expect(top.map((t) => t.classIndex)).toEqual([1, 2]);
    const e = [Math.exp(1), Math.exp(3), Math.exp(2)];
    expect(top[0].probability).toBeCloseTo(e[1] / (e[0] + e[1] + e[2]), 6);
  });

  it('upsamples bilinearly with pixel centres aligned (PyTorch align_corners=False)', () => {
    // [0, 1] to 4 pixels: centres at -0.25, 0.25, 0.75, 1.25 clamp to 0, 0.25, 0.75, 1.
    expect(Array.from(resizeBilinear(Float32Array.from([0, 1]), 1, 2, 1, 4))).toEqual([0, 0.25, 0.75, 1]);
  });
});
