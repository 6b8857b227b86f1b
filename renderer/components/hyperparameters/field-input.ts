// Text in a hyperparameter input ↔ typed value. Validity itself is decided by the contract's
// checkField (the same rule the server's guard applies); this file reads what people type in their
// language and names the problem so the UI can explain it.
//
// Separators: "20,000" in English and "20.000" in pt-BR are twenty thousand (the locale's grouping);
// a lone separator that cannot be grouping ("0,05", "2.5") is a decimal point in either language, so
// a pt-BR user in the English UI still gets 0.05. A whole-number field written with a decimal part
// ("20.000" in English, "20,000" in pt-BR) is refused rather than silently read as 20.
import { checkField, type HyperparameterField } from '../../../contract/hyperparameters';
import type { Locale } from '../../../contract/locale';
import { formatScientific } from '../../i18n/format';

const PLAIN_NUMBER = /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i;

interface Separators {
  decimal: '.' | ',';
  group: '.' | ',';
}

export function separatorsOf(locale: Locale): Separators {
  return locale === 'pt-BR' ? { decimal: ',', group: '.' } : { decimal: '.', group: ',' };
}

const escape = (c: string) => (c === '.' ? '\\.' : c);

/** "1,234,567.5" (en) / "1.234.567,5" (pt-BR): a first group of 1 to 3 digits not starting with 0, then groups of 3. */
function groupedPattern({ decimal, group }: Separators): RegExp {
  return new RegExp(`^[-+]?[1-9]\\d{0,2}(${escape(group)}\\d{3})+(${escape(decimal)}\\d*)?(e[-+]?\\d+)?$`, 'i');
}

type Reading = { normalized: string } | { normalized: null };

/** The text as a plain JavaScript number literal, or null when its separators cannot be read safely. */
function normalize(text: string, locale: Locale): Reading {
  const s = text.trim();
  const separators = separatorsOf(locale);
  if (groupedPattern(separators).test(s)) {
    return { normalized: s.split(separators.group).join('').replace(separators.decimal, '.') };
  }
  const count = (s.match(/[.,]/g) ?? []).length;
  if (count > 1) return { normalized: null };
  return { normalized: s.replace(',', '.') };
}

/** The input's text as a value. Not a number, or separators that cannot be read safely → NaN. */
export function parseFieldText(field: HyperparameterField, text: string, locale: Locale = 'en'): number | string {
  if (field.kind === 'choice') return text;
  if (separatorProblem(field, text, locale)) return Number.NaN;
  const { normalized } = normalize(text, locale);
  return normalized !== null && PLAIN_NUMBER.test(normalized) ? Number(normalized) : Number.NaN;
}

/** A separator the form refuses: badly grouped digits, or a decimal part in a whole-number field. */
export function separatorProblem(field: HyperparameterField, text: string, locale: Locale): FieldProblem | null {
  if (field.kind === 'choice') return null;
  const { normalized } = normalize(text, locale);
  const refused = normalized === null || (field.kind === 'int' && normalized.includes('.'));
  return refused ? { kind: 'separator', ...separatorsOf(locale) } : null;
}

/** How a value appears in its input: learning rates as "1e-3", others as typed, with pt-BR's decimal comma. */
export function fieldText(field: HyperparameterField, value: number | string, locale: Locale = 'en'): string {
  if (typeof value === 'string') return value;
  const text = field.kind === 'float' && field.logScale ? formatScientific(value) : String(value);
  return field.kind === 'float' && locale === 'pt-BR' ? text.replace('.', ',') : text;
}

/** A number's text with the locale's decimal separator (for a value the app wrote itself, e.g. "1e-3"). */
export function withDecimalSeparator(field: HyperparameterField, text: string, locale: Locale): string {
  if (field.kind !== 'float') return text;
  return locale === 'pt-BR' ? text.replace('.', ',') : text.replace(',', '.');
}

/** What was typed, rewritten for the other language: "20,000.5" ↔ "20.000,5". */
export function swapSeparators(field: HyperparameterField, text: string): string {
  if (field.kind === 'choice') return text;
  return text.replace(/[.,]/g, (c) => (c === '.' ? ',' : '.'));
}

export type FieldProblem =
  | { kind: 'number' }
  | { kind: 'integer' }
  | { kind: 'choice' }
  | { kind: 'range'; min: number; max: number }
  | ({ kind: 'separator' } & Separators);

export function fieldProblem(field: HyperparameterField, value: unknown): FieldProblem | null {
  if (checkField(field, value) === null) return null;
  if (field.kind === 'choice') return { kind: 'choice' };
  if (typeof value !== 'number' || !Number.isFinite(value)) return { kind: 'number' };
  if (field.kind === 'int' && !Number.isInteger(value)) return { kind: 'integer' };
  return { kind: 'range', min: field.min, max: field.max };
}
