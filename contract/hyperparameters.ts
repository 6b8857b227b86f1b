// Hyperparameter specs: one declaration per lesson drives the UI form, the CLI flags and the input guard,
// so the three can never disagree about names, ranges or defaults. `defineHyperparameters` also infers
// the typed values a lesson's trainer receives from the field declarations, and its `parse` is the one
// place untyped values become typed ones.
import type { Localized } from './locale';

interface FieldBase<K extends string> {
  key: K;
  label: Localized;
  help?: Localized;
}
export interface IntField<K extends string = string> extends FieldBase<K> {
  kind: 'int';
  min: number;
  max: number;
  default: number;
}
export interface FloatField<K extends string = string> extends FieldBase<K> {
  kind: 'float';
  min: number;
  max: number;
  default: number;
  /** Learning rates and similar span decades; the UI shows them in scientific notation. */
  logScale?: boolean;
}
export interface ChoiceField<K extends string = string, O extends string = string> extends FieldBase<K> {
  kind: 'choice';
  options: readonly O[];
  default: NoInfer<O>;
}
export type HyperparameterField = IntField | FloatField | ChoiceField;
/** The fields alone: what travels to the UI in a lesson's summary. */
export type HyperparameterSpec = readonly HyperparameterField[];
export type HyperparameterValues = Record<string, number | string>;

/** The value type one field declares: its options for a choice, a number otherwise. */
type FieldValue<F> = F extends { kind: 'choice'; options: readonly (infer O)[] } ? O : number;
/** The typed values a list of fields declares, e.g. { epochs: number; optimizer: 'sgd' | 'adam' }. */
export type ValuesOf<S extends HyperparameterSpec> = { [F in S[number] as F['key']]: FieldValue<F> };

/** Why a value was refused, as a code the UI words in the learner's language. */
export type FieldProblem =
  | { code: 'missing' }
  | { code: 'unknown-key' }
  | { code: 'not-an-object' }
  | { code: 'not-a-choice'; options: readonly string[] }
  | { code: 'not-a-number' }
  | { code: 'not-whole' }
  | { code: 'out-of-range'; min: number; max: number };

export interface FieldError {
  key: string;
  /** English, for logs and the command line. */
  message: string;
  problem: FieldProblem;
}

/** A lesson's hyperparameters: the fields (for forms and flags) and their typed parser. */
export interface Hyperparameters<H extends HyperparameterValues> {
  readonly fields: HyperparameterSpec;
  /** The defaults as typed values. */
  defaults(): H;
  /** Checks every value (no coercion, unknown and missing keys refused); throws HyperparameterError. */
  parse(values: unknown): H;
}

/** Values that failed `parse`, with one error per field. */
export class HyperparameterError extends Error {
  override name = 'HyperparameterError';
  constructor(readonly fieldErrors: FieldError[]) {
    super(`invalid hyperparameters: ${fieldErrors.map((e) => `${e.key} ${e.message}`).join('; ')}`);
  }
}

export function englishFieldProblem(problem: FieldProblem): string {
  switch (problem.code) {
    case 'missing': return 'is missing';
    case 'unknown-key': return 'is not a hyperparameter of this lesson';
    case 'not-an-object': return 'hyperparameters must be an object';
    case 'not-a-choice': return `must be one of ${problem.options.join(', ')}`;
    case 'not-a-number': return 'must be a finite number';
    case 'not-whole': return 'must be a whole number';
    case 'out-of-range': return `must be between ${problem.min} and ${problem.max}`;
  }
}

export function defaultValues(spec: HyperparameterSpec): HyperparameterValues {
  return Object.fromEntries(spec.map((f) => [f.key, f.default]));
}

/** Checks one value against its field; returns the problem or null. */
export function fieldProblem(field: HyperparameterField, value: unknown): FieldProblem | null {
  if (field.kind === 'choice') {
    return typeof value === 'string' && field.options.includes(value) ? null : { code: 'not-a-choice', options: field.options };
  }
  if (typeof value !== 'number' || !Number.isFinite(value)) return { code: 'not-a-number' };
  if (field.kind === 'int' && !Number.isInteger(value)) return { code: 'not-whole' };
  if (value < field.min || value > field.max) return { code: 'out-of-range', min: field.min, max: field.max };
  return null;
}

/** Checks one value against its field; returns an English message or null. */
export function checkField(field: HyperparameterField, value: unknown): string | null {
  const problem = fieldProblem(field, value);
  return problem ? englishFieldProblem(problem) : null;
}

function fieldError(key: string, problem: FieldProblem): FieldError {
  return { key, message: englishFieldProblem(problem), problem };
}

/** Validates a full set of values: unknown keys and missing keys are errors, nothing is coerced silently. */
export function validateValues(spec: HyperparameterSpec, values: unknown): FieldError[] {
  if (typeof values !== 'object' || values === null || Array.isArray(values)) {
    return [fieldError('*', { code: 'not-an-object' })];
  }
  const errors: FieldError[] = [];
  const record = values as Record<string, unknown>;
  for (const field of spec) {
    if (!(field.key in record)) errors.push(fieldError(field.key, { code: 'missing' }));
    else {
      const problem = fieldProblem(field, record[field.key]);
      if (problem) errors.push(fieldError(field.key, problem));
    }
  }
  for (const key of Object.keys(record)) {
    if (!spec.some((f) => f.key === key)) errors.push(fieldError(key, { code: 'unknown-key' }));
  }
  return errors;
}

/**
 * Declares a lesson's hyperparameters. The value types are inferred from the fields (write them
 * inline or with the typed builders), so a trainer gets `{ epochs: number; optimizer: 'sgd' | 'adam' }`
 * from `parse` without any cast of its own.
 */
export function defineHyperparameters<const S extends HyperparameterSpec>(fields: S): Hyperparameters<ValuesOf<S>> {
  // Every field's value has been checked against its declaration just before each narrowing below,
  // which is what ValuesOf<S> states.
  return {
    fields,
    defaults: () => defaultValues(fields) as ValuesOf<S>,
    parse(values: unknown): ValuesOf<S> {
      const errors = validateValues(fields, values);
      if (errors.length > 0) throw new HyperparameterError(errors);
      return { ...(values as HyperparameterValues) } as ValuesOf<S>;
    },
  };
}

/** The typed values of a lesson's hyperparameters: HyperparametersOf<typeof sineHyperparameters>. */
export type HyperparametersOf<T> = T extends Hyperparameters<infer H> ? H : never;
