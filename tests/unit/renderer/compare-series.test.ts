// Compare's curves: one axis per meaning (a sine loss is an MSE, a CIFAR-10 loss a cross-entropy),
// runs that lack a metric listed, smoothing that follows TensorBoard's debiased EMA, and time on x.
import { describe, expect, it } from 'vitest';
import { curveGroups, smooth } from '../../../renderer/charts/compare-series';

const series = (name: string, values: number[]) => ({ name, steps: values.map((_, i) => (i + 1) * 10), values });

describe('compare series', () => {
  it('never puts an MSE and a cross-entropy on one axis, and says who lacks a metric', () => {
    const groups = curveGroups([
      { id: 'a', lessonId: 'sine', label: 'a', series: [series('loss', [1, 0.5]), series('testMse', [0.1])], seconds: 2 },
      { id: 'b', lessonId: 'softmax', label: 'b', series: [series('loss', [2, 1.5]), series('testAccuracy', [0.3, 0.35])], seconds: 4 },
    ], { smoothing: 0, x: 'step' });
    expect(groups.map((g) => g.key)).toEqual(['loss:cross-entropy', 'loss:mse', 'testMse', 'testAccuracy']);
    expect(groups.find((g) => g.key === 'testAccuracy')).toMatchObject({ kind: 'accuracy', missing: [0] });
    expect(groups.find((g) => g.key === 'loss:mse')?.curves.map((c) => c.runIndex)).toEqual([0]);
  });

  it('puts steps on estimated seconds', () => {
    const [group] = curveGroups([{ id: 'a', lessonId: 'sine', label: 'a', series: [series('loss', [1, 1, 1, 1])], seconds: 8 }], { smoothing: 0, x: 'time' });
    expect(group.curves[0].points.map((p) => p.x)).toEqual([2, 4, 6, 8]);
  });

  it('smooths with a debiased EMA that starts at the first value', () => {
    const out = smooth([{ x: 0, y: 4 }, { x: 1, y: 0 }, { x: 2, y: 0 }], 0.5);
    expect(out[0].y).toBe(4);
    expect(out[1].y).toBeCloseTo(4 / 3);
    expect(smooth([{ x: 0, y: 1 }], 0)).toEqual([{ x: 0, y: 1 }]);
  });
});
