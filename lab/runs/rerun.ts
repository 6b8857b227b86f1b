// "Train again" (issue 11): a stored run's lesson, settings and seed started as a new run, or edited
// from them; and the check that a repeat with the same settings, seed and engine version drew the
// same curves bit for bit (or where they first part).
import { validateValues, type HyperparameterValues } from '../../contract/hyperparameters';
import { ApiInputError } from '../../contract/guards';
import { lessonById } from '../../contract/lessons/registry';
import type { MetricSeries, RunDetail } from '../../contract/runs';
import type { Reproduction } from '../../contract/runs-api';

export function rerunSettings(run: RunDetail, edited?: HyperparameterValues): HyperparameterValues {
  const spec = lessonById(run.lessonId)?.hyperparameters?.fields;
  if (!spec) throw ApiInputError.of({ code: 'rerun-unsupported', params: { lessonId: run.lessonId } });
  const values = edited ?? run.hyperparameters;
  const errors = validateValues(spec, values);
  if (errors.length > 0) throw new ApiInputError(`these settings cannot train lesson ${run.lessonId}: ${errors.map((e) => `${e.key} ${e.message}`).join('; ')}`, errors);
  return values;
}

const threadsOf = (run: RunDetail): number | null => {
  const engine = run.artifacts.engine as { threads?: unknown } | undefined;
  return typeof engine?.threads === 'number' ? engine.threads : null;
};

/** Same keys and values, whatever their order. */
function sameSettings(a: HyperparameterValues, b: HyperparameterValues): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].every((k) => a[k] === b[k]);
}

/** The first point where two runs' curves differ: compared by bits (Object.is), metric by metric. */
export function firstDifference(original: readonly MetricSeries[], rerun: readonly MetricSeries[]): Reproduction['firstDifference'] {
  const names = [...new Set([...original.map((s) => s.name), ...rerun.map((s) => s.name)])].sort();
  let first: Reproduction['firstDifference'] = null;
  for (const name of names) {
    const a = original.find((s) => s.name === name) ?? { name, steps: [], values: [] };
    const b = rerun.find((s) => s.name === name) ?? { name, steps: [], values: [] };
    const length = Math.max(a.steps.length, b.steps.length);
    for (let i = 0; i < length; i++) {
      const sameStep = a.steps[i] === b.steps[i];
      if (sameStep && Object.is(a.values[i], b.values[i])) continue;
      const step = Math.min(a.steps[i] ?? Infinity, b.steps[i] ?? Infinity);
      const at = (s: MetricSeries) => (s.steps[i] === step ? s.values[i] : null);
      if (!first || step < first.step) first = { metric: name, step, original: at(a), rerun: at(b) };
      break;
    }
  }
  return first;
}

export function checkReproduction(original: RunDetail, rerun: RunDetail): Reproduction {
  const caveats: Reproduction['caveats'] = [];
  if (rerun.status === 'running' || original.status === 'running') caveats.push('still-running');
  if (original.appVersion !== rerun.appVersion) caveats.push('app-version');
  if (threadsOf(original) !== threadsOf(rerun)) caveats.push('threads');
  if (!sameSettings(original.hyperparameters, rerun.hyperparameters)) caveats.push('settings');
  const difference = firstDifference(original.series, rerun.series);
  return {
    runId: rerun.id, ofRunId: original.id, firstDifference: difference,
    exact: difference === null && !caveats.includes('still-running') && rerun.series.length > 0,
    caveats,
  };
}
