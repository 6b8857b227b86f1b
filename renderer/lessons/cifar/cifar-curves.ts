// The curves of a CIFAR-10 run, from its metric series (live or stored): the loss smoothed for reading
// the trend, and per-epoch accuracies placed on an epoch axis.
import type { ChartPoint } from '../../charts/chart-series';

/** An exponential moving average, bias-corrected so the first points are not pulled toward zero. */
export function smoothed(points: readonly ChartPoint[], weight = 0.9): ChartPoint[] {
  let average = 0;
  return points.map((p, i) => {
    average = weight * average + (1 - weight) * p.y;
    return { x: p.x, y: average / (1 - weight ** (i + 1)) };
  });
}

/** Points recorded at epoch ends (x = step) re-placed at their epoch number. */
export function byEpoch(points: readonly ChartPoint[], stepsPerEpoch: number): ChartPoint[] {
  if (!(stepsPerEpoch > 0)) return [];
  return points.map((p) => ({ x: Math.round(p.x / stepsPerEpoch), y: p.y }));
}

/**
 * The steps a stored run was to train: a completed run trained them all; one that stopped (and may be
 * continued) trained fewer, but its first test accuracy came at the end of epoch 1, one epoch's steps in.
 */
export function plannedSteps(run: { status: string; metrics: Record<string, number>; series: readonly { name: string; steps: number[] }[] }, epochs: number | undefined): number | undefined {
  if (run.status === 'completed') return run.metrics.steps;
  const firstEpochEnd = run.series.find((s) => s.name === 'testAccuracy')?.steps[0];
  return firstEpochEnd && epochs ? firstEpochEnd * epochs : run.metrics.steps;
}

/** Steps in one epoch of a run, from what its progress or its record says. */
export function stepsPerEpochOf(totalSteps: number | undefined, epochs: number | undefined): number {
  return totalSteps && epochs ? totalSteps / epochs : 0;
}
