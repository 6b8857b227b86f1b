// What a run's preprocessing did to the pixels, as plain JSON stored with the run and in its
// weights' safetensors metadata: with it, PyTorch reproduces the run's accuracy without recomputing
// the training split's statistics (which a student's copy of CIFAR-10 may not even match).
import type { Preprocessing, PreprocessingName } from './preprocessing';
import type { BatchLayout } from './write-image';

export interface PreprocessingRecord {
  name: PreprocessingName;
  /** The formula applied to each uint8 pixel value p. */
  formula: string;
  /** Per channel R, G, B on the [0, 1] scale (normalize). */
  mean?: number[];
  std?: number[];
  /** The training split's mean image, CHW, on the 0..255 scale (mean-image). */
  meanImage?: number[];
  /** How the network takes an image: nchw tensors, or nhwc flattened to 3072 values. */
  layout: BatchLayout;
}

const FORMULA: Record<PreprocessingName, string> = {
  raw: 'p',
  unit: 'p / 255',
  'mean-image': 'p - meanImage[chw]',
  normalize: '(p / 255 - mean[c]) / std[c]',
  'normalize-imagenet': '(p / 255 - mean[c]) / std[c]',
};

export function describePreprocessing(name: PreprocessingName, fitted: Preprocessing, layout: BatchLayout): PreprocessingRecord {
  const record: PreprocessingRecord = { name, formula: FORMULA[name], layout };
  if (fitted.kind === 'normalize') {
    record.mean = [...fitted.stats.mean];
    record.std = [...fitted.stats.std];
  } else if (fitted.kind === 'mean-image') {
    record.meanImage = Array.from(fitted.mean, (v) => Math.round(v * 1e4) / 1e4);
  }
  return record;
}
