// `lab train <lesson> [--data PATH] [--epochs N] [--seed S] [--lr X] [--json]`: trains through the same
// API and worker as the app, so the run lands in the same store. Ctrl+C stops it and stores it as
// stopped. CIFAR-10 lessons import --data into the data directory's cache first (with progress; a
// second run on the same path finds the cache and starts in seconds).
import { defaultValues, type HyperparameterValues } from '../../contract/hyperparameters';
import type { TrainingFinished, TrainingProgress } from '../../contract/events';
import { runnableLesson, trainableLessonIds } from '../lessons/registry';
import type { Lab } from '../app/lab';
import { applyFlags } from './cli-flags';
import type { ParsedArgs } from './parse-argv';
import { PlainProgress } from './plain-progress';
import { formatDuration, ProgressBar } from './progress-bar';

export function metricText(metrics: Record<string, number>): string {
  return Object.entries(metrics).map(([k, v]) => `${k} ${Number.isInteger(v) ? v : v.toPrecision(4)}`).join(', ');
}

/** Metrics reported once per epoch: printed as a line of their own. */
const EPOCH_METRICS = ['testMse', 'testAccuracy'];
const PREPARING_TEXT: Record<string, string> = {
  scanning: 'looking at the source',
  reading: 'reading and decoding',
  decoding: 'decoding images',
  writing: 'writing the cache',
};

export async function trainCommand(lab: Lab, args: ParsedArgs): Promise<number> {
  const lessonId = args.positionals[1];
  const lesson = lessonId ? runnableLesson(lessonId)?.descriptor : undefined;
  if (!lesson?.hyperparameters) throw new Error(`usage: lab train <lesson>; trainable lessons: ${trainableLessonIds().join(', ')}`);
  const { data, ...flags } = args.options;
  if (data !== undefined && lesson.dataset === 'none') throw new Error(`lesson ${lesson.id} takes no --data`);
  const spec = lesson.hyperparameters.fields;
  const hyperparameters = applyFlags(spec, defaultValues(spec), flags);
  const request = data === undefined ? { lessonId, hyperparameters } : { lessonId, hyperparameters, data };
  return followTraining(lab, args.switches.has('json'), lessonId, hyperparameters,
    async () => (await lab.dispatch('training:start', request)) as { runId: string });
}

/**
 * Starts a run with `start` and follows it to its end on the terminal: a bar, plain lines or JSON
 * events (the last line is the finished run). `lab train` and `lab runs rerun` both use it.
 */
export async function followTraining(
  lab: Lab, json: boolean, lessonId: string, hyperparameters: HyperparameterValues, start: () => Promise<{ runId: string }>,
  /** Adds to the done line (rerun: whether it reproduced its original). */
  afterDone?: (runId: string) => Promise<Record<string, unknown>>,
  /** A step's words when the lesson has its own phases (lesson 8: features, then the head's epochs). */
  stepText?: (p: TrainingProgress) => string,
): Promise<number> {
  const print = (event: object) => process.stdout.write(`${JSON.stringify(event)}\n`);
  const bar = !json && process.stderr.isTTY ? new ProgressBar(process.stderr) : null;
  // Not a terminal (a pipe or a log): plain lines within each epoch instead of nothing until its end.
  const plain = !json && !bar ? new PlainProgress((line) => console.log(line)) : null;

  let runId: string | null = null;
  const early: TrainingFinished[] = [];
  let resolveFinished: (f: TrainingFinished) => void = (f) => early.push(f);
  const unsubscribe = lab.onEvent((channel, payload) => {
    if (channel === 'training:progress') {
      const p = payload as TrainingProgress;
      if (p.runId !== runId) return;
      if (json) print({ event: 'progress', ...p });
      else if (p.preparing) {
        const fraction = p.preparing.total > 0 ? p.preparing.done / p.preparing.total : 0;
        const text = `CIFAR-10: ${PREPARING_TEXT[p.preparing.phase] ?? p.preparing.phase}`;
        bar?.update(fraction, text, p.preparing.done === p.preparing.total);
        plain?.update(fraction, text, p.preparing.phase);
      } else if (stepText) {
        bar?.update(p.step / p.totalSteps, `${stepText(p)} · ETA ${formatDuration(p.etaSeconds)}`, false);
        plain?.update(p.step / p.totalSteps, `${stepText(p)} · ETA ${formatDuration(p.etaSeconds)}`, p.epoch === 0 ? 'features' : 'training');
      } else if (bar) bar.update(p.step / p.totalSteps, `epoch ${p.epoch}/${p.epochs} · ${metricText(p.metrics)} · ETA ${formatDuration(p.etaSeconds)}`, EPOCH_METRICS.some((m) => m in p.metrics));
      else if (EPOCH_METRICS.some((m) => m in p.metrics)) console.log(`epoch ${p.epoch}/${p.epochs}: ${metricText(p.metrics)} · ETA ${formatDuration(p.etaSeconds)}`);
      else if (p.totalSteps > 0) plain?.update(p.step / p.totalSteps, `epoch ${p.epoch}/${p.epochs} · ${metricText(p.metrics)} · ETA ${formatDuration(p.etaSeconds)}`, 'training');
    } else if (channel === 'training:finished') {
      const f = payload as TrainingFinished;
      if (runId === null || f.runId === runId) resolveFinished(f);
    }
  });

  runId = (await start()).runId;
  if (json) print({ event: 'started', runId, lessonId, hyperparameters });
  else console.log(`Training ${lessonId} (run ${runId}) with ${metricText(Object.fromEntries(Object.entries(hyperparameters).filter(([, v]) => typeof v === 'number')) as Record<string, number>)}`);

  const onSignal = () => void lab.dispatch('training:stop', { runId });
  process.once('SIGINT', onSignal);
  const finished = await new Promise<TrainingFinished>((resolve) => {
    const mine = early.find((f) => f.runId === runId);
    if (mine) resolve(mine);
    else resolveFinished = resolve;
  });
  process.off('SIGINT', onSignal);
  unsubscribe();
  bar?.finish();

  const extra = afterDone ? await afterDone(runId) : {};
  if (json) print({ event: 'done', runId, status: finished.status, metrics: finished.metrics, error: finished.error, ...extra });
  else if (finished.status === 'failed') console.error(`Run ${runId} failed: ${finished.error}`);
  else console.log(`Run ${runId} ${finished.status}: ${metricText(finished.metrics)}`);
  return finished.status === 'failed' ? 1 : finished.status === 'stopped' ? 130 : 0;
}
