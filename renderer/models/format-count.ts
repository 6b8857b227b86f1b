// Big counts as a student reads them: 3.49 M, 15.47 G, 1,632, in the current language.
import type { Locale } from '../../contract/locale';

export function formatCount(value: number, locale: Locale): string {
  const f = (v: number, unit: string) => `${new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(v)} ${unit}`;
  if (value >= 1e9) return f(value / 1e9, 'G');
  if (value >= 1e6) return f(value / 1e6, 'M');
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(value);
}

export function formatMs(value: number, locale: Locale): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: value < 10 ? 1 : 0 }).format(value);
}

export function formatShape(shape: readonly (number | string)[] | null): string {
  return shape ? `[${shape.join(', ')}]` : '?';
}
