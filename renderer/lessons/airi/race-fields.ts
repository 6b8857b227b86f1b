// The two numbers a learner types into lesson 4's surface race, as hyperparameter fields so the app's
// usual parsing (decimal comma, "1e-3") and range checks apply to them too.
import type { FloatField, IntField } from '../../../contract/hyperparameters';
import type { Locale } from '../../../contract/locale';
import { fieldProblem, parseFieldText } from '../../components/hyperparameters/field-input';

export const RACE_LEARNING_RATE_FIELD: FloatField = {
  key: 'lr', kind: 'float', min: 1e-9, max: 10, default: 0.01, logScale: true,
  label: { 'pt-BR': 'Taxa de aprendizado', en: 'Learning rate' },
};

export const RACE_STEPS_FIELD: IntField = {
  key: 'steps', kind: 'int', min: 1, max: 20_000, default: 300,
  label: { 'pt-BR': 'Passos', en: 'Steps' },
};

/** The typed text (in the learner's language's separators) as a number within the field's range, or null. */
export function parseRaceNumber(field: FloatField | IntField, text: string, locale: Locale): number | null {
  const value = parseFieldText(field, text, locale);
  return typeof value === 'number' && fieldProblem(field, value) === null ? value : null;
}
