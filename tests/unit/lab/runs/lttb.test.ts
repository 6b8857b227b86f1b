// LTTB keeps a long curve's shape in few points: the ends, and the spikes a mean would hide.
import { describe, expect, it } from 'vitest';
import { lttb } from '../../../../lab/runs/lttb';

describe('lttb', () => {
  it('returns short curves unchanged', () => {
    expect(lttb([1, 2, 3], [4, 5, 6], 10)).toEqual({ xs: [1, 2, 3], ys: [4, 5, 6] });
  });

  it('keeps the ends, the count, the order and a lone spike', () => {
    const n = 100_000;
    const xs = Array.from({ length: n }, (_, i) => i);
    const ys = xs.map((x) => Math.exp(-x / 20_000) + (x === 61_234 ? 5 : 0));
    const { xs: tx, ys: ty } = lttb(xs, ys, 500);
    expect(tx).toHaveLength(500);
    expect(tx[0]).toBe(0);
    expect(tx.at(-1)).toBe(n - 1);
    expect(tx.every((x, i) => i === 0 || x > tx[i - 1])).toBe(true);
    expect(tx).toContain(61_234);
    expect(Math.max(...ty)).toBe(ys[61_234]);
  });
});
