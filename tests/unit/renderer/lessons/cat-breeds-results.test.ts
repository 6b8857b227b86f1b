// Lesson 8's screen rebuilds a run's results from the stored run alone (reopening the lesson, the
// run's page): split, accuracy, per-breed bars, confusion matrix, backbone and mode; a run without a
// report (running, failed) shows none, and a stopped fine-tuning that was tested shows its results.
import { describe, expect, it } from 'vitest';
import type { RunDetail } from '../../../../contract/runs';
import { resultsFromRun } from '../../../../renderer/lessons/cat-breeds/transfer-results';

const report = {
  classes: ['Bengal', 'Persian'], counts: [[5, 1, 1], [5, 1, 1]], bad: [], perClassAccuracy: [1, 0], confusion: [[1, 0], [1, 0]], featureDim: 1280,
};
const run = (over: Partial<RunDetail>): RunDetail => ({
  id: 'r1', lessonId: 'cat-breeds', status: 'completed', seed: 1337, appVersion: '0', createdAt: '', finishedAt: null, error: null, errorInfo: null,
  hyperparameters: { mode: 'fast', model: 'mobilenetv2-12-int8', modelId: 'abc' },
  metrics: { validationAccuracy: 0.75, testAccuracy: 0.5, bestEpoch: 12, seconds: 3.5 }, series: [], artifacts: { transfer: report }, ...over,
});

describe('resultsFromRun', () => {
  it('reads a finished fast-mode run back', () => {
    expect(resultsFromRun(run({}))).toEqual({
      ...report, runId: 'r1', backbone: 'mobilenetv2-12-int8', mode: 'fast', trainFrom: null,
      validationAccuracy: 0.75, testAccuracy: 0.5, bestEpoch: 12, seconds: 3.5,
    });
  });

  it('names a fine-tuned run\'s network and where its training started', () => {
    const r = resultsFromRun(run({ hyperparameters: { mode: 'full', model: 'EfficientNet-B0 (airi) from x', trainFrom: 6 }, status: 'stopped' }));
    expect(r).toMatchObject({ mode: 'full', trainFrom: 6, backbone: 'EfficientNet-B0 (airi) from x' });
  });

  it('shows nothing for a run that has no report', () => {
    expect(resultsFromRun(run({ status: 'running', artifacts: {} }))).toBeNull();
    expect(resultsFromRun(run({ status: 'failed' }))).toBeNull();
    expect(resultsFromRun(run({ artifacts: { transfer: { classes: [] } } }))).toBeNull();
  });
});
