// The terminal's progress bar and durations, as `lab train` and `lab datasets import` print them.
import { describe, expect, it } from 'vitest';
import { formatDuration, renderBar } from '../../../../lab/cli/progress-bar';

describe('progress display on the terminal', () => {
  it('formats durations and bars', () => {
    expect(formatDuration(null)).toBe('--:--');
    expect(formatDuration(65)).toBe('1:05');
    expect(formatDuration(3725)).toBe('1:02:05');
    expect(renderBar(0.5, 10)).toBe('[█████░░░░░]  50%');
    expect(renderBar(2, 4)).toBe('[████] 100%');
  });
});
