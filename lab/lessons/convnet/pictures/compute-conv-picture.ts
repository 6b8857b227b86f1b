// One picture job of lessons 5 and 6, as the insights worker runs it: read what it needs from the
// run's folder and the imported CIFAR-10, then draw it. The test report behind the confusion matrix
// and its gallery is computed the first time it is asked for and kept in the run's folder.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CAM_METHODS, loadSafetensors } from '../../../../airi';
import { loadCache } from '../../../datasets/cifar10-cache';
import { testReport } from '../explain/test-report';
import { rgbToChw } from '../explain/image-tensor';
import { filtersPicture } from './filters';
import { featureMapsPicture, gradCamPicture, type PictureImage } from './image-pictures';
import type { ConvPictureSet } from './picture-set';
import { type ConvLessonId, loadPreprocessing, loadRunModel, readTestImage } from './run-inputs';
import { confusionPicture, galleryPicture, loadTestReport, storeTestReport } from './test-report-pictures';

export const CONV_PICTURE_KINDS = ['filters', 'feature-maps', 'grad-cam', 'confusion', 'cell-gallery'] as const;
export type ConvPictureKind = (typeof CONV_PICTURE_KINDS)[number];

export interface ConvPictureJob {
  kind: ConvPictureKind;
  lessonId: ConvLessonId;
  runDir: string;
  /** The CIFAR-10 cache folder (test images). */
  datasetDir?: string;
  classes: readonly string[];
  /** The run trained with the notebook's final Softmax (lesson 6's double-softmax switch). */
  doubleSoftmax: boolean;
  /** feature-maps { imageIndex, layer }, grad-cam { imageIndex, classIndex, method, target }, cell-gallery { actual, predicted, offset }. */
  params: Record<string, number>;
  /** A dropped photo, already decoded and resized to 32×32 RGB, instead of a test image. */
  photoRgb?: Uint8Array;
}

function imageOf(job: ConvPictureJob): PictureImage {
  if (job.photoRgb) return { image: rgbToChw(job.photoRgb), label: -1, index: -1 };
  if (!job.datasetDir) throw new Error('a picture of a test image needs the imported CIFAR-10');
  return readTestImage(job.datasetDir, Math.floor(job.params.imageIndex ?? 0));
}

export function computeConvPicture(job: ConvPictureJob): ConvPictureSet {
  const { params } = job;
  switch (job.kind) {
    case 'filters': {
      const bytes = readFileSync(join(job.runDir, 'model.safetensors'));
      return filtersPicture(loadSafetensors(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength)).tensors);
    }
    case 'feature-maps':
      return featureMapsPicture(loadRunModel(job.runDir, job.lessonId, job.doubleSoftmax), imageOf(job), loadPreprocessing(job.runDir), params.layer ?? 0);
    case 'grad-cam':
      return gradCamPicture(loadRunModel(job.runDir, job.lessonId, job.doubleSoftmax), imageOf(job), loadPreprocessing(job.runDir), {
        classIndex: params.classIndex ?? -1,
        method: CAM_METHODS[params.method ?? 0] ?? 'grad-cam',
        target: params.target === 1 ? 'probability' : 'logit',
      });
    case 'confusion':
      return confusionPicture(reportOf(job));
    case 'cell-gallery': {
      if (!job.datasetDir) throw new Error('the gallery needs the imported CIFAR-10');
      const { test } = loadCache(job.datasetDir);
      return galleryPicture(reportOf(job), test, params.actual ?? 0, params.predicted ?? 0, params.offset ?? 0);
    }
  }
}

/** The stored test report, or a new one computed from the run's weights and stored. */
function reportOf(job: ConvPictureJob) {
  const stored = loadTestReport(job.runDir);
  if (stored) return stored;
  if (!job.datasetDir) throw new Error('the test report needs the imported CIFAR-10');
  const { test } = loadCache(job.datasetDir);
  const report = testReport(loadRunModel(job.runDir, job.lessonId, job.doubleSoftmax), test, loadPreprocessing(job.runDir), job.classes);
  if (!report) throw new Error('the test report was interrupted');
  storeTestReport(job.runDir, report);
  return loadTestReport(job.runDir) as NonNullable<ReturnType<typeof loadTestReport>>;
}
