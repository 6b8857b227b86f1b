// Hyperparameter specs: one declaration per lesson drives the UI form, the CLI flags and the input guard,
// so the three can never disagree about names, ranges or defaults.
import type { Localized } from './locale';

interface FieldBase {
  key: string;
  label: Localized;
  help?: Localized;
}
export interface IntField extends FieldBase {
  kind: 'int';
  min: number;
  max: number;
  default: number;
}
export interface FloatField extends FieldBase {
  kind: 'float';
  min: number;
  max: number;
  default: number;
  /** Learning rates and similar span decades; the UI shows them in scientific notation. */
  logScale?: boolean;
}
export interface ChoiceField extends FieldBase {
  kind: 'choice';
  options: readonly string[];
  default: string;
}
export type HyperparameterField = IntField | FloatField | ChoiceField;
export type HyperparameterSpec = readonly HyperparameterField[];
export type HyperparameterValues = Record<string, number | string>;

export interface FieldError {
  key: string;
  message: string;
}

export function defaultValues(spec: HyperparameterSpec): HyperparameterValues {
  return Object.fromEntries(spec.map((f) => [f.key, f.default]));
}

/** Checks one value against its field; returns an English message or null. */
export function checkField(field: HyperparameterField, value: unknown): string | null {
  if (field.kind === 'choice') {
    return typeof value === 'string' && field.options.includes(value)
      ? null
      : `must be one of ${field.options.join(', ')}`;
  }
  if (typeof value !== 'number' || !Number.isFinite(value)) return 'must be a finite number';
  if (field.kind === 'int' && !Number.isInteger(value)) return 'must be a whole number';
  if (value < field.min || value > field.max) return `must be between ${field.min} and ${field.max}`;
  return null;
}

/** Validates a full set of values: unknown keys and missing keys are errors, nothing is coerced silently. */
export function validateValues(spec: HyperparameterSpec, values: unknown): FieldError[] {
  if (typeof values !== 'object' || values === null || Array.isArray(values)) {
    return [{ key: '*', message: 'hyperparameters must be an object' }];
  }
  const errors: FieldError[] = [];
  const record = values as Record<string, unknown>;
  for (const field of spec) {
    if (!(field.key in record)) errors.push({ key: field.key, message: 'is missing' });
    else {
      const message = checkField(field, record[field.key]);
      if (message) errors.push({ key: field.key, message });
    }
  }
  for (const key of Object.keys(record)) {
    if (!spec.some((f) => f.key === key)) errors.push({ key, message: 'is not a hyperparameter of this lesson' });
  }
  return errors;
}
