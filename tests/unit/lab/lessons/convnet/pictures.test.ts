// Lessons 5 and 6's picture jobs on a real run folder and a real (tiny) CIFAR-10 cache: filters,
// feature maps and Grad-CAM of a test image and of a photo, the confusion matrix (computed once,
// then read back) and a cell's gallery.
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Rng, saveSafetensors, stateDict } from '../../../../../airi/index';
import { writeCache } from '../../../../../lab/datasets/cifar10-cache';
import { CIFAR10_CLASSES } from '../../../../../lab/datasets/cifar10-format';
import { fitPreprocessing, pixelAffine } from '../../../../../lab/datasets/preprocessing';
import { buildBetterConvNet, buildDemoConvNet } from '../../../../../lab/lessons/cifar/cifar-models';
import { computeConvPicture, type ConvPictureJob } from '../../../../../lab/lessons/convnet/pictures/compute-conv-picture';
import { PREPROCESSING_FILE, preprocessingBytes } from '../../../../../lab/lessons/convnet/pictures/run-inputs';
import { TEST_REPORT_FILE } from '../../../../../lab/lessons/convnet/pictures/test-report-pictures';
import { tinySplit } from '../../datasets/tiny-split';

let root: string;
let datasetDir: string;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'airi-conv-pictures-'));
  const train = tinySplit(20);
  const test = tinySplit(30);
  await writeCache(join(root, 'cache'), 'tiny', { classes: CIFAR10_CLASSES, train, test }, {
    classes: [...CIFAR10_CLASSES], source: { path: 'tiny', kind: 'folder', format: 'binary', size: 0, mtimeMs: 0 },
    limitPerClass: null, importedAt: new Date(0).toISOString(), importSeconds: 0,
  });
  datasetDir = join(root, 'cache', 'tiny');
  for (const [lesson, build] of [['convnet', buildDemoConvNet], ['cnn', buildBetterConvNet]] as const) {
    const runDir = join(root, lesson);
    mkdirSync(runDir, { recursive: true });
    const model = build(new Rng(3));
    writeFileSync(join(runDir, 'model.safetensors'), saveSafetensors(stateDict(model), {}));
    writeFileSync(join(runDir, PREPROCESSING_FILE), preprocessingBytes(pixelAffine(fitPreprocessing('normalize', train))));
  }
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

function job(lessonId: 'convnet' | 'cnn', kind: ConvPictureJob['kind'], params: Record<string, number> = {}, photoRgb?: Uint8Array): ConvPictureJob {
  return { kind, lessonId, runDir: join(root, lessonId), datasetDir, classes: CIFAR10_CLASSES, doubleSoftmax: false, params, photoRgb };
}

const bytesOf = (base64: string) => Buffer.from(base64, 'base64');

describe('lesson 5 and 6 pictures', () => {
  it('draws the 16 first-layer filters of DemoConvNet as 5×5 colour tiles', () => {
    const picture = computeConvPicture(job('convnet', 'filters'));
    expect([picture.count, picture.tileWidth, picture.tileHeight]).toEqual([16, 5, 5]);
    expect(bytesOf(picture.pixels).length).toBe(16 * 5 * 5 * 3);
  });

  it('draws the feature maps of each convolution of a test image, with its label and top 3', () => {
    const first = computeConvPicture(job('convnet', 'feature-maps', { imageIndex: 7, layer: 0 }));
    expect([first.count, first.tileWidth, first.total]).toEqual([16, 28, 2]);
    expect(first.values?.label).toEqual([7]); // tinySplit labels image n as n % 10
    expect(first.values?.top).toHaveLength(3);
    const second = computeConvPicture(job('cnn', 'feature-maps', { imageIndex: 2, layer: 2 }));
    expect([second.count, second.tileWidth, second.total]).toEqual([128, 8, 3]);
  });

  it('draws Grad-CAM at every block of BetterConvNet for a chosen class and method', () => {
    const picture = computeConvPicture(job('cnn', 'grad-cam', { imageIndex: 3, classIndex: 4, method: 1 }));
    expect([picture.count, picture.tileWidth]).toEqual([4, 32]);
    expect(picture.values?.classIndex).toEqual([4]);
    expect(picture.values?.layer).toEqual([3, 7, 11]);
    expect(picture.values?.camSize).toEqual([16, 16, 8, 8, 4, 4]);
    expect(picture.values?.weights2).toHaveLength(128);
    expect(picture.values?.cam1).toHaveLength(64);
    const heat = bytesOf(picture.pixels).subarray(32 * 32 * 3);
    expect(Math.max(...heat)).toBe(255); // each map is scaled to its own maximum
  });

  it('explains a dropped photo like a test image, with no label', () => {
    const photo = new Uint8Array(32 * 32 * 3).map((_, i) => (i * 7) % 256);
    const picture = computeConvPicture(job('convnet', 'grad-cam', { classIndex: -1 }, photo));
    expect(picture.values?.label).toEqual([-1]);
    expect(picture.values?.classIndex).toEqual(picture.values?.top.slice(0, 1));
    expect(Array.from(bytesOf(picture.pixels).subarray(0, 32 * 32 * 3))).toEqual(Array.from(photo));
  });

  it('computes the confusion matrix once, stores it, and opens the gallery of a cell', () => {
    const runDir = join(root, 'convnet');
    expect(existsSync(join(runDir, TEST_REPORT_FILE))).toBe(false);
    const matrix = computeConvPicture(job('convnet', 'confusion'));
    expect(existsSync(join(runDir, TEST_REPORT_FILE))).toBe(true);
    const counts = matrix.values!.counts;
    expect(counts).toHaveLength(100);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(30);
    const cell = counts.findIndex((c) => c > 0);
    const [actual, predicted] = [Math.floor(cell / 10), cell % 10];
    const gallery = computeConvPicture(job('convnet', 'cell-gallery', { actual, predicted }));
    expect(gallery.total).toBe(counts[cell]);
    expect(gallery.count).toBe(Math.min(24, counts[cell]));
    expect(gallery.values!.index.every((i) => i % 10 === actual)).toBe(true);
    const confidences = gallery.values!.confidence;
    expect([...confidences].sort((a, b) => b - a)).toEqual(confidences);
  });

  it('refuses a test image that does not exist', () => {
    expect(() => computeConvPicture(job('convnet', 'grad-cam', { imageIndex: 30 }))).toThrow(/test image 30 does not exist/);
  });
});
