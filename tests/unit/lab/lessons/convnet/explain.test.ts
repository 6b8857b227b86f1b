// Lessons 5 and 6's lab side of the pictures: which layers Grad-CAM explains, everything about one
// image in one call, and the test-set report behind the confusion matrix and its gallery.
import { describe, expect, it } from 'vitest';
import { Conv2d, Flatten, Linear, ReLU, Rng, Sequential } from '../../../../../airi/index';
import { buildBetterConvNet, buildDemoConvNet } from '../../../../../lab/lessons/cifar/cifar-models';
import { blockOutputLayers } from '../../../../../lab/lessons/convnet/explain/cam-layers';
import { explainImage } from '../../../../../lab/lessons/convnet/explain/explain-image';
import { imageTensor, rgbToChw, splitImage } from '../../../../../lab/lessons/convnet/explain/image-tensor';
import { cellImages, testReport } from '../../../../../lab/lessons/convnet/explain/test-report';
import { chwToRgb } from '../../../../../lab/lessons/convnet/explain/picture-bytes';
import { fitPreprocessing, pixelAffine } from '../../../../../lab/datasets/preprocessing';
import { CIFAR10_CLASSES } from '../../../../../lab/datasets/cifar10-format';
import { tinySplit } from '../../datasets/tiny-split';

describe('Grad-CAM layers', () => {
  it('are the end of each convolution block', () => {
    expect(blockOutputLayers(buildDemoConvNet(new Rng(0))).map((l) => l.layer)).toEqual([1, 3]);
    const better = blockOutputLayers(buildBetterConvNet(new Rng(0)));
    expect(better.map((l) => [l.layer, l.block, l.name])).toEqual([[3, 1, 'ReLU()'], [7, 2, 'ReLU()'], [11, 3, 'ReLU()']]);
  });
});

describe('explainImage', () => {
  it('gives the top 3 classes, every conv layer\'s maps and a map per class, block and method', () => {
    const split = tinySplit(4);
    const affine = pixelAffine(fitPreprocessing('normalize', split));
    const model = buildBetterConvNet(new Rng(2));
    const input = imageTensor(splitImage(split.images, 1), affine);
    const result = explainImage(model, input, { methods: ['grad-cam', 'eigen-cam'] });
    expect(result.top).toHaveLength(3);
    expect(result.probabilities.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 5);
    expect(result.featureMaps.map((m) => [m.layer, m.channels, m.height])).toEqual([[0, 32, 32], [4, 64, 16], [8, 128, 8]]);
    expect(Math.max(...result.featureMaps[0].scaled)).toBe(1);
    expect(result.cams).toHaveLength(3 * 3 * 2);
    expect(result.cams[0]).toMatchObject({ classIndex: result.top[0].classIndex, layer: 3, method: 'grad-cam', height: 32, width: 32 });
    expect(result.cams.every((c) => c.heatmap.length === 32 * 32 && c.heatmap.every((v) => v >= 0 && v <= 1))).toBe(true);
  });

  it('converts a photo between RGB and the planes the model reads', () => {
    const split = tinySplit(1);
    expect(Array.from(rgbToChw(chwToRgb(split.images)))).toEqual(Array.from(split.images));
    expect(() => imageTensor(new Uint8Array(10), pixelAffine({ kind: 'unit' }))).toThrow(/3072 bytes/);
  });
});

describe('testReport', () => {
  it('predicts every test image and fills the confusion matrix, per-class accuracy and cells', () => {
    const split = tinySplit(30);
    const rng = new Rng(4);
    // A model that always says class 3: every image lands in column 3.
    const model = new Sequential(new Conv2d(3, 1, 32, { rng }), new ReLU(), new Flatten(), new Linear(1, 10, { rng }));
    const linear = model.modules[3] as Linear;
    linear.weight.value.data.fill(0);
    linear.bias!.value.data.fill(0);
    linear.bias!.value.data[3] = 5;
    const report = testReport(model, split, pixelAffine({ kind: 'unit' }), CIFAR10_CLASSES, { batchSize: 7 })!;
    expect(Array.from(report.predictions).every((p) => p === 3)).toBe(true);
    expect(report.confusion.counts.reduce((a, b) => a + b, 0)).toBe(30);
    expect(report.confusion.counts[0 * 10 + 3]).toBe(3);
    expect(report.accuracy).toBeCloseTo(3 / 30, 6);
    expect(report.perClassAccuracy[3]).toBe(1);
    expect(report.perClassAccuracy[0]).toBe(0);
    expect(report.confidence[0]).toBeCloseTo(Math.exp(5) / (Math.exp(5) + 9), 5);
    expect(cellImages(report, 1, 3)).toEqual([1, 11, 21]);
    expect(testReport(model, split, pixelAffine({ kind: 'unit' }), CIFAR10_CLASSES, { shouldStop: () => true })).toBeNull();
  });
});
