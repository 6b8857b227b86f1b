// A finished lesson-8 run as the screen shows it, read back from the stored run alone (its metrics,
// its settings and its `transfer` artifact), so opening the lesson later or the run's page shows the
// same split, accuracy, per-breed bars and confusion matrix as the moment it finished.
import type { RunDetail } from '../../../contract/runs';

export interface TransferResults {
  runId: string;
  /** The library model that computed the features, by name as it was when the run started. */
  backbone: string;
  featureDim: number | null;
  /** 'full': fine-tuned in airi from stage `trainFrom` on (0: every layer); 'fast': a new head on frozen features. */
  mode: 'fast' | 'full';
  trainFrom: number | null;
  validationAccuracy: number;
  testAccuracy: number;
  bestEpoch: number;
  seconds: number;
  classes: string[];
  /** Per class: [train, validation, test] photos. */
  counts: [number, number, number][];
  perClassAccuracy: number[];
  confusion: number[][];
  bad: { name: string }[];
}

interface StoredReport {
  classes: string[];
  counts: [number, number, number][];
  perClassAccuracy: number[];
  confusion: number[][];
  bad: { name: string }[];
  featureDim?: number;
}

function isReport(value: unknown): value is StoredReport {
  const v = value as Record<string, unknown> | null;
  return !!v && Array.isArray(v.classes) && Array.isArray(v.counts) && Array.isArray(v.perClassAccuracy) && Array.isArray(v.confusion) && Array.isArray(v.bad);
}

/** The run's results, or null when it did not finish with a report (running, failed, stopped before any). */
export function resultsFromRun(run: RunDetail): TransferResults | null {
  const report = run.artifacts.transfer;
  // A stopped fine-tuning kept its best epoch so far and was tested: it has results too.
  if ((run.status !== 'completed' && run.status !== 'stopped') || !isReport(report)) return null;
  const m = run.metrics;
  const backbone = run.hyperparameters.model;
  return {
    runId: run.id,
    backbone: typeof backbone === 'string' ? backbone : String(run.hyperparameters.modelId ?? '?'),
    featureDim: typeof report.featureDim === 'number' ? report.featureDim : null,
    mode: run.hyperparameters.mode === 'full' ? 'full' : 'fast',
    trainFrom: typeof run.hyperparameters.trainFrom === 'number' ? run.hyperparameters.trainFrom : null,
    validationAccuracy: m.validationAccuracy ?? 0,
    testAccuracy: m.testAccuracy ?? 0,
    bestEpoch: m.bestEpoch ?? 0,
    seconds: m.seconds ?? 0,
    classes: report.classes,
    counts: report.counts,
    perClassAccuracy: report.perClassAccuracy,
    confusion: report.confusion,
    bad: report.bad,
  };
}
