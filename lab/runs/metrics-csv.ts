// A run's metric curves as CSV, for the CSV export and inside a run bundle.
import type { MetricSeries } from '../../contract/runs';

/** One row per (metric, step): long format, which pandas and spreadsheets pivot as they like. */
export function metricsCsv(series: readonly MetricSeries[]): string {
  const lines = ['metric,step,value'];
  for (const s of series) for (let i = 0; i < s.steps.length; i++) lines.push(`${s.name},${s.steps[i]},${s.values[i]}`);
  return `${lines.join('\n')}\n`;
}
