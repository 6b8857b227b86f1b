// Text in a hyperparameter input ↔ typed value. Validity itself is decided by the contract's
// checkField (the same rule the server's guard applies); this file only names the problem so the
// UI can explain it in the user's language.
import { checkField, type HyperparameterField } from '../../../contract/hyperparameters';
import type { Locale } from '../../../contract/locale';
import { formatScientific } from '../../i18n/format';

const NUMBER = /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i;

/** How a value appears in its input: learning rates as "1e-3", others as typed, with pt-BR's decimal comma. */
export function fieldText(field: HyperparameterField, value: number | string, locale: Locale = 'en'): string {
  if (typeof value === 'string') return value;
  const text = field.kind === 'float' && field.logScale ? formatScientific(value) : String(value);
  return withDecimalSeparator(field, text, locale);
}

/** A number's text with the locale's decimal separator (what the user typed is otherwise kept as is). */
export function withDecimalSeparator(field: HyperparameterField, text: string, locale: Locale): string {
  if (field.kind !== 'float') return text;
  return locale === 'pt-BR' ? text.replace('.', ',') : text.replace(',', '.');
}

/** The input's text as a value; accepts "0,05" as well as "0.05". Not a number → NaN. */
export function parseFieldText(field: HyperparameterField, text: string): number | string {
  if (field.kind === 'choice') return text;
  const normalized = text.trim().replace(',', '.');
  return NUMBER.test(normalized) ? Number(normalized) : Number.NaN;
}

export type FieldProblem =
  | { kind: 'number' }
  | { kind: 'integer' }
  | { kind: 'choice' }
  | { kind: 'range'; min: number; max: number };

export function fieldProblem(field: HyperparameterField, value: unknown): FieldProblem | null {
  if (checkField(field, value) === null) return null;
  if (field.kind === 'choice') return { kind: 'choice' };
  if (typeof value !== 'number' || !Number.isFinite(value)) return { kind: 'number' };
  if (field.kind === 'int' && !Number.isInteger(value)) return { kind: 'integer' };
  return { kind: 'range', min: field.min, max: field.max };
}
