// A trained model's report on the test split (lessons 5 and 6): the predicted class and its
// probability for every test image, the probability it gave the true class, the confusion matrix
// and the accuracy of each class. The gallery of one cell of the matrix is read from it.
import { type ConfusionMatrix, type Module, Tensor, confusionMatrix, softmaxRow } from '../../../../airi';
import { iterateBatches } from '../../../datasets/batch-iterator';
import type { ImageSplit } from '../../../datasets/cifar10-format';
import type { PixelAffine } from '../../../datasets/preprocessing';

export interface TestReport {
  classes: readonly string[];
  labels: Uint8Array;
  predictions: Uint8Array;
  /** Probability of the predicted class, per image. */
  confidence: Float32Array;
  /** Probability given to the true class, per image. */
  trueProbability: Float32Array;
  confusion: ConfusionMatrix;
  accuracy: number;
  perClassAccuracy: number[];
}

export interface TestReportOptions {
  batchSize?: number;
  /** Checked between batches; the report is null when it becomes true. */
  shouldStop?: () => boolean;
  /** Called after each batch with the images done so far (for a progress bar). */
  onProgress?: (done: number, total: number) => void;
}

export function testReport(model: Module, test: ImageSplit, affine: PixelAffine, classes: readonly string[], options: TestReportOptions = {}): TestReport | null {
  const k = classes.length;
  const predictions = new Uint8Array(test.count);
  const confidence = new Float32Array(test.count);
  const trueProbability = new Float32Array(test.count);
  let done = 0;
  for (const batch of iterateBatches(test, { batchSize: options.batchSize ?? 250, preprocessing: affine, layout: 'nchw' })) {
    if (options.shouldStop?.()) return null;
    const scores = model.forward(new Tensor(batch.x, [batch.size, 3, 32, 32]), false).data;
    for (let i = 0; i < batch.size; i++) {
      const p = softmaxRow(scores.subarray(i * k, (i + 1) * k));
      let best = 0;
      for (let c = 1; c < k; c++) if (p[c] > p[best]) best = c;
      predictions[done + i] = best;
      confidence[done + i] = p[best];
      trueProbability[done + i] = p[test.labels[done + i]];
    }
    done += batch.size;
    options.onProgress?.(done, test.count);
  }
  const labels = test.labels.slice(0, test.count);
  const confusion = confusionMatrix(predictions, labels, k);
  let correct = 0;
  const perClassAccuracy = classes.map((_, c) => {
    let row = 0;
    for (let p = 0; p < k; p++) row += confusion.counts[c * k + p];
    correct += confusion.counts[c * k + c];
    return row > 0 ? confusion.counts[c * k + c] / row : Number.NaN;
  });
  return { classes, labels, predictions, confidence, trueProbability, confusion, accuracy: test.count > 0 ? correct / test.count : Number.NaN, perClassAccuracy };
}

/**
 * The test images of one cell (true class `actual`, predicted `predicted`), most confident first: for
 * a mistake, the images the model was surest about come first, the ones worth looking at.
 */
export function cellImages(report: Pick<TestReport, 'labels' | 'predictions' | 'confidence'>, actual: number, predicted: number): number[] {
  const members: number[] = [];
  for (let i = 0; i < report.labels.length; i++) if (report.labels[i] === actual && report.predictions[i] === predicted) members.push(i);
  return members.sort((a, b) => report.confidence[b] - report.confidence[a] || a - b);
}
