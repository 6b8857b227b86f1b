// A run's hyperparameters and metrics as labelled rows, in the lesson spec's order and words.
import type { HyperparameterSpec, HyperparameterValues } from '../../../contract/hyperparameters';
import type { Locale } from '../../../contract/locale';
import { formatDuration, formatMetric, formatValue } from '../../i18n/format';
import type { Messages } from '../../i18n/en';

export interface ValueRow {
  key: string;
  label: string;
  value: string;
}

export function hyperparameterRows(
  values: HyperparameterValues,
  spec: HyperparameterSpec | undefined,
  locale: Locale,
  t: Messages,
): ValueRow[] {
  const known = (spec ?? []).filter((field) => field.key in values);
  const rest = Object.keys(values).filter((key) => !known.some((field) => field.key === key));
  return [
    ...known.map((field) => {
      const value = values[field.key];
      const text =
        typeof value === 'string'
          ? (t.choiceNames[value] ?? value)
          : formatValue(value, locale, field.kind === 'float' && field.logScale === true);
      return { key: field.key, label: field.label[locale], value: text };
    }),
    ...rest.map((key) => ({ key, label: key, value: formatValue(values[key], locale) })),
  ];
}

export function metricRows(metrics: Record<string, number>, locale: Locale, t: Messages): ValueRow[] {
  return Object.entries(metrics).map(([key, value]) => ({
    key,
    label: t.metricNames[key] ?? key,
    value: key === 'seconds' ? formatDuration(value) : formatMetric(value, locale),
  }));
}
