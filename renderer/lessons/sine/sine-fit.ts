// Lesson 1's fit snapshot (noisy points, true sine, prediction) as chart series, and a guard for the
// `fit` artifact stored with a run (it arrives as unknown JSON).
import type { SineFitSnapshot } from '../../../contract/lessons/sine';

export interface FitSeries {
  points: { x: number; y: number }[];
  truth: { x: number; y: number }[];
  prediction: { x: number; y: number }[];
}

function numbers(value: unknown): value is number[] {
  return Array.isArray(value) && value.every((v) => typeof v === 'number');
}

export function asSineFit(value: unknown): SineFitSnapshot | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Partial<SineFitSnapshot>;
  if (v.kind !== 'sine-fit' || !v.points || !numbers(v.points.x) || !numbers(v.points.y)) return null;
  if (!numbers(v.grid) || !numbers(v.truth) || !numbers(v.prediction)) return null;
  return v as SineFitSnapshot;
}

export function fitSeries(snapshot: SineFitSnapshot): FitSeries {
  const { points, grid, truth, prediction } = snapshot;
  return {
    points: points.x.map((x, i) => ({ x, y: points.y[i] })),
    truth: grid.map((x, i) => ({ x, y: truth[i] })),
    prediction: grid.map((x, i) => ({ x, y: prediction[i] })),
  };
}
