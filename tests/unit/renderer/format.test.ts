// Numbers, durations and dates as pt-BR and en write them.
import { describe, expect, it } from 'vitest';
import { formatDuration, formatMainMetric, formatMetric, formatScientific, formatValue, secondsBetween } from '../../../renderer/i18n/format';

describe('format', () => {
  it('writes metrics with three significant digits in each language', () => {
    expect(formatMetric(0.0025, 'en')).toBe('0.0025');
    expect(formatMetric(0.0025, 'pt-BR')).toBe('0,0025');
    expect(formatMetric(0.003879, 'en')).toBe('0.00388');
    expect(formatMetric(18750, 'pt-BR')).toBe('18.750');
    expect(formatMetric(0.00001234, 'en')).toBe('1.23E-5');
  });

  it('writes learning rates the way people type them', () => {
    expect(formatScientific(0.001)).toBe('1e-3');
    expect(formatScientific(0.0003)).toBe('3e-4');
    expect(formatScientific(0.00125)).toBe('1.25e-3');
    expect(formatScientific(1)).toBe('1');
    expect(formatValue(0.003, 'pt-BR', true)).toBe('3e-3');
    expect(formatValue(0.05, 'pt-BR')).toBe('0,05');
    expect(formatValue('adam', 'en')).toBe('adam');
  });

  it('writes durations', () => {
    expect(formatDuration(0.4)).toBe('0 s');
    expect(formatDuration(42)).toBe('42 s');
    expect(formatDuration(185)).toBe('3 min 05 s');
    expect(formatDuration(3720)).toBe('1 h 02 min');
    expect(formatDuration(Number.NaN)).toBe('—');
  });

  it('measures a run from its timestamps', () => {
    expect(secondsBetween('2026-01-01T00:00:00Z', '2026-01-01T00:01:30Z')).toBe(90);
    expect(secondsBetween('2026-01-01T00:00:00Z', null)).toBeNull();
  });

  it("shows a run's headline result: MSE for lesson 1, accuracy for the classifiers", () => {
    expect(formatMainMetric({ testMse: 0.00254 }, 'en')).toBe('MSE 0.00254');
    expect(formatMainMetric({ testMse: 0.00254 }, 'pt-BR')).toBe('MSE 0,00254');
    expect(formatMainMetric({ testAccuracy: 0.8282 }, 'en')).toBe('82.8%');
    expect(formatMainMetric({ testAccuracy: 0.8282 }, 'pt-BR')).toMatch(/^82,8\s?%$/);
    expect(formatMainMetric({ steps: 3 }, 'en')).toBeNull();
  });
});
