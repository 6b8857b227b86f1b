// A lesson's hyperparameter form: the text of each input, the values they parse to and whether the
// whole set passes the contract's validateValues (Train stays disabled until it does).
import {
  defaultValues,
  validateValues,
  type HyperparameterSpec,
  type HyperparameterValues,
} from '../../contract/hyperparameters';
import { fieldProblem, fieldText, parseFieldText, type FieldProblem } from '../components/hyperparameters/field-input';

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
  }

  reset(): void {
    this.fill(defaultValues(this.spec));
  }

  fill(values: HyperparameterValues): void {
    this.texts = Object.fromEntries(
      this.spec.map((field) => [field.key, fieldText(field, values[field.key] ?? field.default)]),
    );
  }
}
