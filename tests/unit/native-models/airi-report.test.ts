// The inspector on airi's own lesson networks, against counts worked out by hand from the notebooks:
// DemoConvNet 1,124,686 parameters, BetterConvNet 2,152,706; multiply-adds per image from the layer
// shapes (conv: out H·W·C_out·C_in·k², linear: in·out).
import { describe, expect, it } from 'vitest';
import { inspectAiriNetwork } from '../../../lab/models/airi-networks';

describe('inspector on airi networks', () => {
  it('DemoConvNet (lesson 5): 1,124,686 parameters and 5.74 M multiply-adds', () => {
    const report = inspectAiriNetwork('demo-convnet');
    expect(report.totals.params).toBe(1_124_686);
    const conv = 28 * 28 * 16 * 3 * 25 + 24 * 24 * 16 * 16 * 25;
    const linear = 9216 * 120 + 120 * 84 + 84 * 10;
    expect(report.totals.macs).toBe(conv + linear);
    // The first Linear holds almost every weight; the second convolution does most of the arithmetic.
    expect(report.layers.find((l) => l.largestByParams && l.params === 9216 * 120 + 120)?.opType).toBe('Linear');
    expect(report.layers.find((l) => l.largestByMacs && l.macs === 24 * 24 * 16 * 16 * 25)?.opType).toBe('Conv2d');
  });

  it('BetterConvNet (lesson 6): 2,152,706 parameters, grouped in stages of resolution', () => {
    const report = inspectAiriNetwork('better-convnet');
    expect(report.totals.params).toBe(2_152_706);
    expect(report.totals.macs).toBe(32 * 32 * 32 * 3 * 9 + 16 * 16 * 64 * 32 * 9 + 8 * 8 * 128 * 64 * 9 + 2048 * 1000 + 1000 * 10);
    expect(report.blocks.map((b) => b.stage?.size)).toEqual(['32×32', '16×16', '8×8', '4×4', 'head']);
  });
});
