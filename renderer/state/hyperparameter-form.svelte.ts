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
import { fieldProblem, fieldText, parseFieldText, separatorProblem, swapSeparators, type FieldProblem } from '../components/hyperparameters/field-input';
import { i18n } from '../i18n/i18n.svelte';

export class HyperparameterForm {
  readonly spec: HyperparameterSpec;
  texts = $state<Record<string, string>>({});
  readonly values: HyperparameterValues;
  readonly problems: Record<string, FieldProblem | null>;
  readonly valid: boolean;

  /** The language the texts are written in (their decimal and grouping separators). */
  private textLocale: Locale = i18n.locale;

  constructor(spec: HyperparameterSpec) {
    this.spec = spec;
    this.values = $derived(
      Object.fromEntries(spec.map((field) => [field.key, parseFieldText(field, this.texts[field.key] ?? '', i18n.locale)])),
    );
    this.problems = $derived(Object.fromEntries(spec.map((field) => [
      field.key,
      separatorProblem(field, this.texts[field.key] ?? '', i18n.locale) ?? fieldProblem(field, this.values[field.key]),
    ])));
    this.valid = $derived(validateValues(spec, this.values).length === 0);
    this.reset();
    // The separators follow the language (0,05 and 20.000 in pt-BR, 0.05 and 20,000 in English).
    $effect(() => this.localize(i18n.locale));
  }

  /** Rewrites each number's separators for `locale`, keeping the values. */
  localize(locale: Locale): void {
    if (locale === this.textLocale) return;
    this.textLocale = locale;
    const texts = untrack(() => this.texts);
    const next = Object.fromEntries(this.spec.map((field) => [field.key, swapSeparators(field, texts[field.key] ?? '')]));
    if (this.spec.some((field) => next[field.key] !== texts[field.key])) this.texts = next;
  }

  reset(): void {
    this.fill(defaultValues(this.spec));
  }

  fill(values: HyperparameterValues): void {
    this.textLocale = i18n.locale;
    this.texts = Object.fromEntries(
      this.spec.map((field) => [field.key, fieldText(field, values[field.key] ?? field.default, i18n.locale)]),
    );
  }
}
