// Lessons 5 and 6's test-set pictures, from the run's test report: the confusion matrix with the
// per-class accuracy, and the gallery of one cell (the test images of a true class predicted as
// another, most confident first). The report is kept in the run's folder as test-report.json, so a
// learner clicking through cells never waits for the 10,000 images to be classified again.
import { existsSync, readFileSync, writeFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { confusionMatrix } from '../../../../airi';
import { IMAGE_BYTES, type ImageSplit } from '../../../datasets/cifar10-format';
import { cellImages, type TestReport } from '../explain/test-report';
import { chwToRgb } from '../explain/picture-bytes';
import { type ConvPictureSet, rounded, tileSet } from './picture-set';

export const TEST_REPORT_FILE = 'test-report.json';
/** Images per gallery page. */
export const GALLERY_PAGE = 24;

/** What is stored of a report: enough to rebuild every picture without the model. */
export interface StoredTestReport {
  classes: string[];
  labels: number[];
  predictions: number[];
  confidence: number[];
  trueProbability: number[];
}

export function storeTestReport(runDir: string, report: TestReport): void {
  const stored: StoredTestReport = {
    classes: [...report.classes],
    labels: Array.from(report.labels),
    predictions: Array.from(report.predictions),
    confidence: Array.from(report.confidence, (v) => Number(v.toFixed(4))),
    trueProbability: Array.from(report.trueProbability, (v) => Number(v.toFixed(4))),
  };
  // Written beside, then renamed: a reader never sees half a file.
  const file = join(runDir, TEST_REPORT_FILE);
  writeFileSync(`${file}.tmp`, JSON.stringify(stored));
  renameSync(`${file}.tmp`, file);
}

export function loadTestReport(runDir: string): StoredTestReport | null {
  const file = join(runDir, TEST_REPORT_FILE);
  if (!existsSync(file)) return null;
  return JSON.parse(readFileSync(file, 'utf8')) as StoredTestReport;
}

/** No tiles: labels are the classes, values.counts the matrix row by row [true, predicted]. */
export function confusionPicture(report: StoredTestReport): ConvPictureSet {
  const k = report.classes.length;
  const { counts } = confusionMatrix(report.predictions, report.labels, k);
  const perClass = report.classes.map((_, c) => {
    let row = 0;
    for (let p = 0; p < k; p++) row += counts[c * k + p];
    return row > 0 ? counts[c * k + c] / row : 0;
  });
  let correct = 0;
  for (let c = 0; c < k; c++) correct += counts[c * k + c];
  return tileSet('confusion', 0, 0, new Uint8Array(0), report.labels.length, {
    labels: report.classes,
    values: { counts: Array.from(counts), perClassAccuracy: rounded(perClass), accuracy: [report.labels.length > 0 ? correct / report.labels.length : 0] },
  });
}

/** One page of a cell's images: total is the cell's size, values the index, confidence and true-class probability of each. */
export function galleryPicture(report: StoredTestReport, test: ImageSplit, actual: number, predicted: number, offset = 0): ConvPictureSet {
  const k = report.classes.length;
  if (!(actual >= 0 && actual < k && predicted >= 0 && predicted < k)) throw new Error(`a cell is two classes in 0..${k - 1}, got ${actual}, ${predicted}`);
  const members = cellImages({ labels: Uint8Array.from(report.labels), predictions: Uint8Array.from(report.predictions), confidence: Float32Array.from(report.confidence) }, actual, predicted);
  const page = members.slice(Math.max(0, offset), Math.max(0, offset) + GALLERY_PAGE);
  const tiles = new Uint8Array(page.length * IMAGE_BYTES);
  page.forEach((index, t) => tiles.set(chwToRgb(test.images.subarray(index * IMAGE_BYTES, (index + 1) * IMAGE_BYTES)), t * IMAGE_BYTES));
  return tileSet('cell-gallery', 32, 32, tiles, members.length, {
    labels: page.map(String),
    values: {
      index: page,
      confidence: page.map((i) => report.confidence[i]),
      trueProbability: page.map((i) => report.trueProbability[i]),
      actual: [actual],
      predicted: [predicted],
      offset: [Math.max(0, offset)],
    },
  });
}
