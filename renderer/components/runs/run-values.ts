// A run's settings and metrics as labelled rows in the reader's words (issue 11, bug 5): the
// lesson's own labels for every lesson (never "hiddenSize"), "all" for trainImages 0, accuracies
// as percentages and counts written out in full (3,080,000, not 3.08E6).
import type { HyperparameterField, HyperparameterSpec, HyperparameterValues } from '../../../contract/hyperparameters';
import { lessonById } from '../../../contract/lessons/registry';
import type { Locale } from '../../../contract/locale';
import { formatDuration, formatInteger, formatMetric, formatValue } from '../../i18n/format';
import type { Messages } from '../../i18n/en';

export interface ValueRow {
  key: string;
  label: string;
  value: string;
}

/** The spec of any lesson (ready or not), for its labels. */
export function specOf(lessonId: string): HyperparameterSpec | undefined {
  return lessonById(lessonId)?.hyperparameters?.fields;
}

export function settingLabel(key: string, spec: HyperparameterSpec | undefined, locale: Locale): string {
  return spec?.find((f) => f.key === key)?.label[locale] ?? key;
}

export function settingText(key: string, value: number | string | undefined, field: HyperparameterField | undefined, locale: Locale, t: Messages): string {
  if (value === undefined) return t.common.none;
  if (typeof value === 'string') return t.choiceNames[value] ?? value;
  if (key === 'trainImages' && value === 0) return t.runsUi.allImages;
  return formatValue(value, locale, field?.kind === 'float' && field.logScale === true);
}

export function hyperparameterRows(values: HyperparameterValues, spec: HyperparameterSpec | undefined, locale: Locale, t: Messages): ValueRow[] {
  const known = (spec ?? []).filter((field) => field.key in values);
  const rest = Object.keys(values).filter((key) => !known.some((field) => field.key === key));
  return [
    ...known.map((field) => ({ key: field.key, label: field.label[locale], value: settingText(field.key, values[field.key], field, locale, t) })),
    ...rest.map((key) => ({ key, label: key, value: settingText(key, values[key], undefined, locale, t) })),
  ];
}

export function metricLabel(key: string, t: Messages): string {
  return t.runsUi.metricNames[key] ?? t.metricNames[key] ?? key;
}

const isAccuracy = (key: string) => key.toLowerCase().includes('accuracy');

/** A metric in the reader's notation: percentages, durations, whole counts, else three significant digits. */
export function metricText(key: string, value: number, locale: Locale): string {
  if (!Number.isFinite(value)) return String(value);
  if (isAccuracy(key)) return new Intl.NumberFormat(locale, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(value);
  if (key === 'seconds') return formatDuration(value);
  if (Number.isInteger(value) || key === 'imagesPerSecond') return formatInteger(Math.round(value), locale);
  return formatMetric(value, locale);
}

export function metricRows(metrics: Record<string, number>, locale: Locale, t: Messages): ValueRow[] {
  return Object.entries(metrics).map(([key, value]) => ({ key, label: metricLabel(key, t), value: metricText(key, value, locale) }));
}
