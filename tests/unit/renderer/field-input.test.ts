// Hyperparameter inputs: text to value, and which problem the contract's checkField found.
import { describe, expect, it } from 'vitest';
import type { HyperparameterField } from '../../../contract/hyperparameters';
import { fieldProblem, fieldText, parseFieldText, swapSeparators } from '../../../renderer/components/hyperparameters/field-input';

const label = { 'pt-BR': 'x', en: 'x' };
const epochs: HyperparameterField = { key: 'epochs', kind: 'int', min: 1, max: 200, default: 10, label };
const rate: HyperparameterField = { key: 'lr', kind: 'float', min: 1e-6, max: 1, default: 1e-3, logScale: true, label };
const noise: HyperparameterField = { key: 'noise', kind: 'float', min: 0, max: 1, default: 0.05, label };
const optimizer: HyperparameterField = { key: 'opt', kind: 'choice', options: ['adam', 'sgd'], default: 'adam', label };

describe('hyperparameter inputs', () => {
  it('shows log-scale floats in scientific notation', () => {
    expect(fieldText(rate, 0.001)).toBe('1e-3');
    expect(fieldText(noise, 0.05)).toBe('0.05');
    expect(fieldText(optimizer, 'sgd')).toBe('sgd');
  });

  it('writes decimals with a comma in pt-BR, and swaps the separator of what was typed when the language changes', () => {
    expect(fieldText(noise, 0.05, 'pt-BR')).toBe('0,05');
    expect(fieldText(rate, 0.0025, 'pt-BR')).toBe('2,5e-3');
    expect(fieldText(epochs, 10, 'pt-BR')).toBe('10');
    expect(swapSeparators(noise, '0,2')).toBe('0.2');
    expect(swapSeparators(noise, '0.2')).toBe('0,2');
    expect(swapSeparators(epochs, '12')).toBe('12');
    expect(parseFieldText(noise, fieldText(noise, 0.05, 'pt-BR'), 'pt-BR')).toBe(0.05);
  });

  it('parses what people type, including a decimal comma', () => {
    expect(parseFieldText(rate, '3e-3')).toBe(0.003);
    expect(parseFieldText(noise, '0,1')).toBe(0.1);
    expect(parseFieldText(epochs, ' 12 ')).toBe(12);
    expect(parseFieldText(epochs, '')).toBeNaN();
    expect(parseFieldText(epochs, '0x10')).toBeNaN();
    expect(parseFieldText(epochs, '1e')).toBeNaN();
  });

  it('names the problem checkField found', () => {
    expect(fieldProblem(epochs, 10)).toBeNull();
    expect(fieldProblem(epochs, Number.NaN)).toEqual({ kind: 'number' });
    expect(fieldProblem(epochs, 2.5)).toEqual({ kind: 'integer' });
    expect(fieldProblem(epochs, 0)).toEqual({ kind: 'range', min: 1, max: 200 });
    expect(fieldProblem(rate, 2)).toEqual({ kind: 'range', min: 1e-6, max: 1 });
    expect(fieldProblem(optimizer, 'rmsprop')).toEqual({ kind: 'choice' });
  });
});
