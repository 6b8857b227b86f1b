// What a lesson-8 run stores as its artifact: the classes, the split's per-class counts, the photos
// left out (by name, with why), and how the chosen head did on the test split, per class and as a
// confusion matrix (rows: true class, columns: predicted).
import type { LabErrorInfo } from '../../contract/lab-errors';
import type { PhotoSplit } from '../photo-folders/split-photo-folder';

export interface TransferReport {
  classes: string[];
  counts: [number, number, number][];
  bad: { name: string; error: LabErrorInfo | null; detail: string }[];
  perClassAccuracy: number[];
  confusion: number[][];
}

export function splitReport(
  classes: string[], split: PhotoSplit, testLabels: Int32Array, testPredictions: Int32Array, bad: TransferReport['bad'],
): TransferReport {
  const confusion = classes.map(() => classes.map(() => 0));
  testLabels.forEach((label, i) => confusion[label][testPredictions[i]]++);
  const perClassAccuracy = confusion.map((row, c) => {
    const total = row.reduce((a, b) => a + b, 0);
    return total === 0 ? 0 : row[c] / total;
  });
  return { classes, counts: split.counts, bad, perClassAccuracy, confusion };
}
