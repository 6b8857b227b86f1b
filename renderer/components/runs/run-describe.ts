// What a run is, in one line of the Runs table: its lesson, the few settings it changed from the
// lesson's defaults, and its headline result coloured by how good it is.
import { changedFromDefaults } from '../../../contract/run-compare';
import type { Locale } from '../../../contract/locale';
import type { RunSummary } from '../../../contract/runs';
import { formatMainMetric } from '../../i18n/format';
import type { Messages } from '../../i18n/en';
import { accuracyQuality, sineResultQuality, TYPICAL_ACCURACY, type ResultQuality } from './result-quality';
import { settingText, specOf } from './run-values';

export function changedSettingsText(run: RunSummary, locale: Locale, t: Messages): string {
  const spec = specOf(run.lessonId);
  const keys = changedFromDefaults(run.hyperparameters, spec);
  if (keys.length === 0) return t.runsUi.defaults;
  return keys
    .map((key) => {
      const field = spec?.find((f) => f.key === key);
      return `${field?.label[locale] ?? key} ${settingText(key, run.hyperparameters[key], field, locale, t)}`;
    })
    .join(' · ');
}

export function headline(run: RunSummary, locale: Locale): { text: string; quality: ResultQuality | null } | null {
  const text = formatMainMetric(run.metrics, locale);
  if (text === null) return null;
  if (run.metrics.testMse !== undefined) {
    const noise = Number(run.hyperparameters.noiseStd);
    return { text, quality: Number.isFinite(noise) ? sineResultQuality(run.metrics.testMse, noise) : null };
  }
  const typical = TYPICAL_ACCURACY[run.lessonId];
  return { text, quality: typical !== undefined && run.metrics.testAccuracy !== undefined ? accuracyQuality(run.metrics.testAccuracy, typical) : null };
}
