// A lesson's hyperparameter form: the text of each input, the values they parse to and whether the
// whole set passes the contract's validateValues (Train stays disabled until it does).
import {
  defaultValues,
  validateValues,
  type HyperparameterSpec,
  type HyperparameterValues,
} from '../../contract/hyperparameters';
import type { Locale } from '../../contract/locale';
import { untrack } from 'svelte';
import { fieldProblem, fieldText, parseFieldText, withDecimalSeparator, type FieldProblem } from '../components/hyperparameters/field-input';
import { i18n } from '../i18n/i18n.svelte';

export class HyperparameterForm {
  readonly spec: HyperparameterSpec;
  texts = $state<Record<string, string>>({});
  readonly values: HyperparameterValues;
  readonly problems: Record<string, FieldProblem | null>;
  readonly valid: boolean;

  constructor(spec: HyperparameterSpec) {
    this.spec = spec;
    this.values = $derived(
      Object.fromEntries(spec.map((field) => [field.key, parseFieldText(field, this.texts[field.key] ?? '')])),
    );
    this.problems = $derived(Object.fromEntries(spec.map((field) => [field.key, fieldProblem(field, this.values[field.key])])));
    this.valid = $derived(validateValues(spec, this.values).length === 0);
    this.reset();
    // The decimal separator follows the language (0,05 in pt-BR, 0.05 in English); parsing takes both.
    $effect(() => this.localize(i18n.locale));
  }

  /** Rewrites each number's decimal separator for `locale`, keeping the values. */
  localize(locale: Locale): void {
    const texts = untrack(() => this.texts);
    const next = Object.fromEntries(this.spec.map((field) => [field.key, withDecimalSeparator(field, texts[field.key] ?? '', locale)]));
    if (this.spec.some((field) => next[field.key] !== texts[field.key])) this.texts = next;
  }

  reset(): void {
    this.fill(defaultValues(this.spec));
  }

  fill(values: HyperparameterValues): void {
    this.texts = Object.fromEntries(
      this.spec.map((field) => [field.key, fieldText(field, values[field.key] ?? field.default, i18n.locale)]),
    );
  }
}
