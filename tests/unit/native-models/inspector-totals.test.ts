// The model inspector against known totals: MobileNetV2 (the shared int8 model) about 3.5 M parameters
// and 300 M multiply-accumulates; torchvision's VGG16 exactly 138,357,544 parameters and about 15.5 G;
// EfficientNet-B0 5,288,548 in torchvision, less the BatchNorm channels the exporter folds into convs,
// and about 0.39 G. The torchvision exports are generated with random weights (see onnx-fixtures.ts).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { inspectGraph } from '../../../native-models/inspector/inspect-model';
import { parseOnnx } from '../../../native-models/onnx/parse-onnx';
import { SHARED_MODEL, torchvisionModel } from '../../helpers/onnx-fixtures';

const inspect = (path: string) => inspectGraph(parseOnnx(readFileSync(path)));

describe('model inspector totals', () => {
  it('MobileNetV2 int8: about 3.5 M parameters and 300 M MACs, every shape known', () => {
    const report = inspect(SHARED_MODEL);
    expect(report.totals.unknownShapes).toBe(0);
    // torchvision's 3,504,872 less its 17,056 BatchNorm channels folded away by quantization.
    expect(report.totals.params).toBe(3_487_816);
    expect(report.totals.macs / 1e6).toBeGreaterThan(290);
    expect(report.totals.macs / 1e6).toBeLessThan(310);
    expect(report.inputs).toEqual([{ name: 'input', type: 'float32', dims: ['batch_size', 3, 224, 224] }]);
    expect(report.layers.at(-2)?.outputShape).toEqual([1, 1000]);
    // The classifier's 1280×1000 matrix is the largest by parameters (its bias sits in a QLinearAdd).
    const byParams = report.layers.filter((l) => l.largestByParams).map((l) => l.params);
    expect(Math.max(...byParams)).toBe(1_280_000);
    expect(report.layers.filter((l) => l.largestByMacs)).toHaveLength(3);
  });

  it('VGG16 from torchvision: 138,357,544 parameters and about 15.5 G MACs', { timeout: 120_000 }, () => {
    const report = inspect(torchvisionModel('vgg16').path);
    expect(report.totals.params).toBe(138_357_544);
    expect(report.totals.macs / 1e9).toBeCloseTo(15.47, 2);
    expect(report.totals.unknownShapes).toBe(0);
    // Five convolution stages and the classifier head, as the lesson draws VGG.
    expect(report.blocks.map((b) => b.name)).toEqual([
      'stage 1 · 224×224', 'stage 2 · 112×112', 'stage 3 · 56×56', 'stage 4 · 28×28', 'stage 5 · 14×14', 'stage 6 · 7×7', 'stage 7 · head',
    ]);
    const largest = report.layers.find((l) => l.largestByParams && l.params === 102_764_544);
    expect(largest?.opType).toBe('Gemm');
  });

  it('EfficientNet-B0 from torchvision: 5,288,548 less folded BatchNorm, about 0.39 G MACs', { timeout: 120_000 }, () => {
    const fixture = torchvisionModel('efficientnet_b0');
    expect(fixture.torchvisionParams).toBe(5_288_548);
    const report = inspect(fixture.path);
    expect(report.totals.params).toBe(fixture.torchvisionParams - fixture.foldedBatchNormChannels);
    expect(report.totals.macs / 1e9).toBeCloseTo(0.386, 2);
    expect(report.grouping).toBe('module');
    expect(report.blocks.map((b) => b.name)).toContain('features.4');
    // The exporter's weight-sharing Identity nodes are not layers.
    expect(report.layers.some((l) => l.opType === 'Identity')).toBe(false);
  });
});
