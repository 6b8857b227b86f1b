// Bug 1 (issue 11): "20,000" in English or "20.000" in pt-BR training points was read as 20.
// The locale's grouping is accepted, a value whose separators cannot be read safely is refused,
// and a result is coloured by how good it is, not green whatever it is.
import { describe, expect, it } from 'vitest';
import type { HyperparameterField } from '../../../contract/hyperparameters';
import { parseFieldText, separatorProblem, swapSeparators } from '../../../renderer/components/hyperparameters/field-input';
import { sineResultQuality } from '../../../renderer/components/runs/result-quality';

const label = { 'pt-BR': 'x', en: 'x' };
const points: HyperparameterField = { key: 'trainPoints', kind: 'int', min: 16, max: 200000, default: 30000, label };
const noise: HyperparameterField = { key: 'noise', kind: 'float', min: 0, max: 1, default: 0.05, label };
const big: HyperparameterField = { key: 'big', kind: 'float', min: 0, max: 1e7, default: 1, label };

describe('thousands separators in the hyperparameter form', () => {
  it("reads the locale's grouping as grouping", () => {
    expect(parseFieldText(points, '20,000', 'en')).toBe(20000);
    expect(parseFieldText(points, '20.000', 'pt-BR')).toBe(20000);
    expect(parseFieldText(points, '1,234,567', 'en')).toBe(1234567);
    expect(parseFieldText(big, '1.234.567,5', 'pt-BR')).toBe(1234567.5);
    expect(parseFieldText(big, '1,234,567.5', 'en')).toBe(1234567.5);
    expect(separatorProblem(points, '20,000', 'en')).toBeNull();
  });

  it('refuses a whole-number field written with a decimal part instead of training on 20 points', () => {
    expect(parseFieldText(points, '20.000', 'en')).toBeNaN();
    expect(separatorProblem(points, '20.000', 'en')).toEqual({ kind: 'separator', decimal: '.', group: ',' });
    expect(parseFieldText(points, '20,000', 'pt-BR')).toBeNaN();
    expect(separatorProblem(points, '20,000', 'pt-BR')).toEqual({ kind: 'separator', decimal: ',', group: '.' });
  });

  it('refuses badly grouped numbers', () => {
    expect(parseFieldText(points, '2,00,00', 'en')).toBeNaN();
    expect(parseFieldText(big, '1.2.3', 'en')).toBeNaN();
    expect(separatorProblem(big, '1.2.3', 'en')?.kind).toBe('separator');
  });

  it('still takes a lone decimal separator of either language', () => {
    expect(parseFieldText(noise, '0,05', 'en')).toBe(0.05);
    expect(parseFieldText(noise, '0.05', 'pt-BR')).toBe(0.05);
    expect(parseFieldText(noise, '0,005', 'en')).toBe(0.005);
    expect(separatorProblem(noise, '0,05', 'en')).toBeNull();
  });

  it('rewrites both separators when the language changes', () => {
    expect(swapSeparators(points, '20,000')).toBe('20.000');
    expect(swapSeparators(big, '1.234.567,5')).toBe('1,234,567.5');
  });
});

describe('result colour', () => {
  it('is good only near the noise floor', () => {
    expect(sineResultQuality(0.0026, 0.05)).toBe('good');
    expect(sineResultQuality(0.008, 0.05)).toBe('fair');
    expect(sineResultQuality(0.2, 0.05)).toBe('poor');
    expect(sineResultQuality(0.0005, 0)).toBe('good');
    expect(sineResultQuality(0.3, 0)).toBe('poor');
  });
});
