import { describe, expect, it } from 'vitest';
import { estimateEtaSeconds } from '../../../../lab/trainer/eta';
import { formatDuration, renderBar } from '../../../../lab/cli/progress-bar';

describe('ETA and progress display', () => {
  it('waits for enough progress, then extrapolates the pace', () => {
    expect(estimateEtaSeconds(0, 100, 5)).toBeNull();
    expect(estimateEtaSeconds(50, 100, 0.1)).toBeNull();
    expect(estimateEtaSeconds(25, 100, 10)).toBeCloseTo(30);
    expect(estimateEtaSeconds(100, 100, 10)).toBe(0);
  });

  it('formats durations and bars', () => {
    expect(formatDuration(null)).toBe('--:--');
    expect(formatDuration(65)).toBe('1:05');
    expect(formatDuration(3725)).toBe('1:02:05');
    expect(renderBar(0.5, 10)).toBe('[█████░░░░░]  50%');
    expect(renderBar(2, 4)).toBe('[████] 100%');
  });
});
