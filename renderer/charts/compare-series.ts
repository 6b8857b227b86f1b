// The Compare screen's curves: runs' series grouped so each chart has one meaning and one axis (a
// sine run's loss is an MSE, a CIFAR-10 run's a cross-entropy: never on one axis), smoothed the way
// TensorBoard does (a debiased exponential moving average), on steps or on estimated seconds.
import type { MetricSeries } from '../../contract/runs';
import type { ChartPoint } from './chart-series';

export interface CompareRunInput {
  id: string;
  lessonId: string;
  label: string;
  series: MetricSeries[];
  /** Seconds the run took (or has taken), to spread its steps over time. */
  seconds: number | null;
}

export interface CurveGroup {
  /** e.g. "loss:mse", "testAccuracy" */
  key: string;
  metric: string;
  kind: 'mse' | 'cross-entropy' | 'accuracy' | 'other';
  curves: { runIndex: number; points: ChartPoint[] }[];
  /** Runs (indices) that did not record this metric. */
  missing: number[];
}

function kindOf(metric: string, lessonId: string): CurveGroup['kind'] {
  const m = metric.toLowerCase();
  if (m.includes('accuracy')) return 'accuracy';
  if (m.includes('mse')) return 'mse';
  if (m.includes('loss')) return lessonId === 'sine' ? 'mse' : 'cross-entropy';
  return 'other';
}

/** A debiased EMA: weight 0 draws the raw curve, 0.99 a very smooth one. */
export function smooth(points: readonly ChartPoint[], weight: number): ChartPoint[] {
  if (weight <= 0) return [...points];
  let last = 0;
  let debias = 0;
  return points.map((p) => {
    last = last * weight + (1 - weight) * p.y;
    debias = debias * weight + (1 - weight);
    return { x: p.x, y: last / debias };
  });
}

const ORDER = ['loss', 'testMse', 'epochLoss', 'trainAccuracy', 'testAccuracy'];

export function curveGroups(runs: readonly CompareRunInput[], options: { smoothing: number; x: 'step' | 'time' }): CurveGroup[] {
  const groups = new Map<string, CurveGroup>();
  runs.forEach((run, runIndex) => {
    const lastStep = Math.max(1, ...run.series.map((s) => s.steps.at(-1) ?? 0));
    const scale = options.x === 'time' && run.seconds !== null ? run.seconds / lastStep : 1;
    for (const s of run.series) {
      const kind = kindOf(s.name, run.lessonId);
      const key = s.name === 'loss' ? `loss:${kind}` : s.name;
      let group = groups.get(key);
      if (!group) groups.set(key, (group = { key, metric: s.name, kind, curves: [], missing: [] }));
      const raw = s.steps.map((x, i) => ({ x: x * scale, y: s.values[i] }));
      group.curves.push({ runIndex, points: kind === 'accuracy' && s.name === 'testAccuracy' ? raw : smooth(raw, options.smoothing) });
    }
  });
  for (const group of groups.values()) {
    group.missing = runs.map((_, i) => i).filter((i) => !group.curves.some((c) => c.runIndex === i));
  }
  const rank = (g: CurveGroup) => (ORDER.includes(g.metric) ? ORDER.indexOf(g.metric) : ORDER.length);
  return [...groups.values()].sort((a, b) => rank(a) - rank(b) || a.key.localeCompare(b.key));
}
