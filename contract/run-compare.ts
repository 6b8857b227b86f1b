// Comparing runs (issue 11), shared by the Compare screen and `lab runs compare`: which settings
// differ (keys only some runs have are marked), which differ from the lesson's defaults, and each
// metric's final and best values side by side, with its direction (lower or higher is better).
import type { HyperparameterSpec, HyperparameterValues } from './hyperparameters';
import type { MetricSeries, RunSummary } from './runs';

export interface SettingRow {
  key: string;
  /** One per run; undefined where the run has no such setting (another lesson, an older version). */
  values: (number | string | undefined)[];
  differs: boolean;
  /** Present in some runs only. */
  partial: boolean;
}

export function compareSettings(runs: readonly Pick<RunSummary, 'hyperparameters'>[]): SettingRow[] {
  const keys = [...new Set(runs.flatMap((r) => Object.keys(r.hyperparameters)))];
  return keys.map((key) => {
    const values = runs.map((r) => (Object.hasOwn(r.hyperparameters, key) ? r.hyperparameters[key] : undefined));
    const partial = values.some((v) => v === undefined);
    return { key, values, partial, differs: partial || values.some((v) => v !== values[0]) };
  });
}

/** The settings a run changed from its lesson's defaults, in the spec's order. */
export function changedFromDefaults(values: HyperparameterValues, spec: HyperparameterSpec | undefined): string[] {
  if (!spec) return [];
  return spec.filter((f) => f.key !== 'seed' && Object.hasOwn(values, f.key) && values[f.key] !== f.default).map((f) => f.key);
}

export type MetricDirection = 'lower' | 'higher' | 'none';

/** Losses and errors fall, accuracies rise; counts and times have no "best". */
export function metricDirection(name: string): MetricDirection {
  const n = name.toLowerCase();
  if (n.includes('accuracy')) return 'higher';
  if (n.includes('loss') || n.includes('mse') || n.includes('error')) return 'lower';
  return 'none';
}

export interface MetricRow {
  name: string;
  direction: MetricDirection;
  final: (number | undefined)[];
  /** The best point of the run's curve (or its final value when it has no curve of that name). */
  best: (number | undefined)[];
}

export function compareMetrics(runs: readonly (Pick<RunSummary, 'metrics'> & { series?: readonly MetricSeries[] })[]): MetricRow[] {
  const names = [...new Set(runs.flatMap((r) => [...Object.keys(r.metrics), ...(r.series ?? []).map((s) => s.name)]))].sort();
  return names.map((name) => {
    const direction = metricDirection(name);
    const final = runs.map((r) => r.metrics[name] ?? r.series?.find((s) => s.name === name)?.values.at(-1));
    const best = runs.map((r, i) => {
      const values = r.series?.find((s) => s.name === name)?.values ?? [];
      if (direction === 'none' || values.length === 0) return final[i];
      // A loop, not Math.min(...values): a curve may hold a million points.
      let best = values[0];
      for (const v of values) if (direction === 'lower' ? v < best : v > best) best = v;
      return best;
    });
    return { name, direction, final, best };
  });
}
