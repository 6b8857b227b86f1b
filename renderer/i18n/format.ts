// Numbers, durations and dates as each language writes them (0,0025 in pt-BR, 0.0025 in en).
import type { Locale } from '../../contract/locale';

/** A measured value such as an MSE: three significant digits, scientific when very small or large. */
export function formatMetric(value: number, locale: Locale): string {
  if (!Number.isFinite(value)) return String(value);
  const abs = Math.abs(value);
  if (abs !== 0 && (abs < 1e-4 || abs >= 1e6)) {
    return new Intl.NumberFormat(locale, { notation: 'scientific', maximumSignificantDigits: 3 }).format(value);
  }
  if (Number.isInteger(value)) return formatInteger(value, locale);
  return new Intl.NumberFormat(locale, { maximumSignificantDigits: 3 }).format(value);
}

export function formatInteger(value: number, locale: Locale): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(value);
}

/** A ratio such as "1.5" or "12". */
export function formatRatio(value: number, locale: Locale): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: value < 10 ? 1 : 0 }).format(value);
}

/** A hyperparameter value as shown in tables: learning rates in scientific notation. */
export function formatValue(value: number | string, locale: Locale, scientific = false): string {
  if (typeof value === 'string') return value;
  if (scientific) return formatScientific(value);
  if (Number.isInteger(value)) return formatInteger(value, locale);
  return new Intl.NumberFormat(locale, { maximumSignificantDigits: 6 }).format(value);
}

/** 0.001 → "1e-3", 0.00025 → "2.5e-4": short, and what people type. */
export function formatScientific(value: number): string {
  if (value === 0 || !Number.isFinite(value)) return String(value);
  const [mantissa, exponent] = value.toExponential().split('e');
  const m = Number(Number(mantissa).toPrecision(6));
  const e = Number(exponent);
  return e === 0 ? String(m) : `${m}e${e}`;
}

/** Seconds as "42 s", "3 min 05 s" or "1 h 02 min"; these unit symbols are the same in pt-BR and en. */
export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return '—';
  const total = Math.round(seconds);
  if (total < 60) return `${total} s`;
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  if (h > 0) return `${h} h ${String(m).padStart(2, '0')} min`;
  return `${m} min ${String(s).padStart(2, '0')} s`;
}

export function formatDateTime(iso: string, locale: Locale, dateStyle: 'short' | 'medium' = 'medium'): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale, { dateStyle, timeStyle: 'short' }).format(date);
}

/** Seconds between two ISO timestamps; null while the second is missing. */
export function secondsBetween(startIso: string, endIso: string | null): number | null {
  if (!endIso) return null;
  const ms = new Date(endIso).getTime() - new Date(startIso).getTime();
  return Number.isFinite(ms) ? ms / 1000 : null;
}

/** A run's headline result: the test MSE for regression lessons, the test accuracy for classifiers. */
export function formatMainMetric(metrics: Record<string, number>, locale: Locale): string | null {
  if (metrics.testMse !== undefined) return `MSE ${formatMetric(metrics.testMse, locale)}`;
  if (metrics.testAccuracy !== undefined) {
    return new Intl.NumberFormat(locale, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(metrics.testAccuracy);
  }
  return null;
}
