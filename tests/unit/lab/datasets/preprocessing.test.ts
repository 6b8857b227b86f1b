// The notebooks' preprocessing: mean image (0..255 scale, HWC order for the flattened lessons),
// per-channel statistics and Normalize, checked against direct formulas.
import { describe, expect, it } from 'vitest';
import { computeChannelStats, IMAGENET_STATS } from '../../../../lab/datasets/channel-stats';
import { IMAGE_BYTES, IMAGE_SIDE, PLANE_BYTES } from '../../../../lab/datasets/cifar10-format';
import { chwToHwc, computeMeanImage } from '../../../../lab/datasets/mean-image';
import { fitPreprocessing, pixelAffine } from '../../../../lab/datasets/preprocessing';
import { IDENTITY_TRANSFORM } from '../../../../lab/datasets/augmentation';
import { writeImage } from '../../../../lab/datasets/write-image';
import { pixelValue, tinySplit } from './tiny-split';

describe('mean image', () => {
  it('averages each position over the split', () => {
    const split = tinySplit(5);
    const mean = computeMeanImage(split);
    for (const p of [0, 1, 100, PLANE_BYTES + 7, IMAGE_BYTES - 1]) {
      let sum = 0;
      for (let n = 0; n < 5; n++) sum += split.images[n * IMAGE_BYTES + p];
      expect(mean[p]).toBeCloseTo(sum / 5, 5);
    }
  });

  it('reorders CHW to the notebooks\' HWC flattening', () => {
    const chw = tinySplit(1).images;
    const hwc = chwToHwc(chw);
    expect(hwc[0]).toBe(pixelValue(0, 0, 0, 0));
    expect(hwc[1]).toBe(pixelValue(0, 1, 0, 0));
    expect(hwc[2]).toBe(pixelValue(0, 2, 0, 0));
    expect(hwc[3]).toBe(pixelValue(0, 0, 0, 1));
    expect(hwc[(5 * IMAGE_SIDE + 6) * 3 + 2]).toBe(pixelValue(0, 2, 5, 6));
  });

  it('subtracts the mean at each output position', () => {
    const split = tinySplit(4);
    const preprocessing = fitPreprocessing('mean-image', split);
    const out = new Float32Array(IMAGE_BYTES);
    writeImage(split.images, 2, out, 0, pixelAffine(preprocessing), IDENTITY_TRANSFORM, 'nchw');
    const mean = computeMeanImage(split);
    for (let p = 0; p < IMAGE_BYTES; p += 97) expect(out[p]).toBeCloseTo(split.images[2 * IMAGE_BYTES + p] - mean[p], 4);
  });
});

describe('channel statistics and Normalize', () => {
  it('computes per-channel mean and population std on the [0, 1] scale', () => {
    const split = tinySplit(3);
    const stats = computeChannelStats(split);
    for (let c = 0; c < 3; c++) {
      const values: number[] = [];
      for (let n = 0; n < 3; n++) for (let p = 0; p < PLANE_BYTES; p++) values.push(split.images[n * IMAGE_BYTES + c * PLANE_BYTES + p] / 255);
      const mean = values.reduce((a, b) => a + b, 0) / values.length;
      const std = Math.sqrt(values.reduce((a, b) => a + (b - mean) ** 2, 0) / values.length);
      expect(stats.mean[c]).toBeCloseTo(mean, 10);
      expect(stats.std[c]).toBeCloseTo(std, 10);
    }
  });

  it('normalizes as ToTensor then Normalize, and padding is black before normalizing', () => {
    const split = tinySplit(2);
    const stats = computeChannelStats(split);
    const affine = pixelAffine(fitPreprocessing('normalize', split));
    const out = new Float32Array(IMAGE_BYTES);
    writeImage(split.images, 1, out, 0, affine, IDENTITY_TRANSFORM, 'nchw');
    for (let c = 0; c < 3; c++) {
      for (let p = 0; p < PLANE_BYTES; p += 33) {
        const v = split.images[IMAGE_BYTES + c * PLANE_BYTES + p];
        expect(out[c * PLANE_BYTES + p]).toBeCloseTo((v / 255 - stats.mean[c]) / stats.std[c], 5);
      }
    }
    writeImage(split.images, 1, out, 0, affine, { shiftY: -4, shiftX: 0, flip: false }, 'nchw');
    for (let c = 0; c < 3; c++) expect(out[c * PLANE_BYTES]).toBeCloseTo(-stats.mean[c] / stats.std[c], 5);
  });

  it('offers ImageNet\'s constants with the green mean the notebooks mistyped corrected', () => {
    const preprocessing = fitPreprocessing('normalize-imagenet', tinySplit(1));
    expect(preprocessing).toEqual({ kind: 'normalize', stats: IMAGENET_STATS });
    expect(IMAGENET_STATS.mean[1]).toBe(0.456);
    const affine = pixelAffine(preprocessing);
    expect(affine.scale[PLANE_BYTES] * 255 * 0.224).toBeCloseTo(1, 6);
    expect(affine.offset[2 * PLANE_BYTES]).toBeCloseTo(-0.406 / 0.225, 6);
  });

  it('scales to [0, 1] for unit and keeps 0..255 for raw', () => {
    const split = tinySplit(1);
    const out = new Float32Array(IMAGE_BYTES);
    writeImage(split.images, 0, out, 0, pixelAffine({ kind: 'unit' }), IDENTITY_TRANSFORM, 'nchw');
    expect(out[5]).toBeCloseTo(split.images[5] / 255, 7);
    writeImage(split.images, 0, out, 0, pixelAffine({ kind: 'raw' }), IDENTITY_TRANSFORM, 'nchw');
    expect(out[5]).toBe(split.images[5]);
    expect(() => pixelAffine({ kind: 'normalize', stats: { mean: [0, 0, 0], std: [1, 0, 1] } })).toThrow(/channel 1/);
  });
});
