// `lab train <lesson> [--epochs N] [--seed S] [--lr X] [--json]`: trains through the same API and
// worker as the app, so the run lands in the same store. Ctrl+C stops it and stores it as stopped.
import { defaultValues } from '../../contract/hyperparameters';
import type { TrainingFinished, TrainingProgress } from '../../contract/events';
import { hyperparameterSpecOf } from '../../contract/lessons/trainable';
import type { Lab } from '../app/lab';
import { applyFlags } from './cli-flags';
import type { ParsedArgs } from './parse-argv';
import { formatDuration, ProgressBar } from './progress-bar';

function metricText(metrics: Record<string, number>): string {
  return Object.entries(metrics).map(([k, v]) => `${k} ${Number.isInteger(v) ? v : v.toPrecision(4)}`).join(', ');
}

export async function trainCommand(lab: Lab, args: ParsedArgs): Promise<number> {
  const lessonId = args.positionals[1];
  const spec = lessonId ? hyperparameterSpecOf(lessonId) : undefined;
  if (!spec) throw new Error(`usage: lab train <lesson>; trainable lessons: sine`);
  const hyperparameters = applyFlags(spec, defaultValues(spec), args.options);
  const json = args.switches.has('json');
  const print = (event: object) => process.stdout.write(`${JSON.stringify(event)}\n`);
  const bar = !json && process.stderr.isTTY ? new ProgressBar(process.stderr) : null;

  let runId: string | null = null;
  const early: TrainingFinished[] = [];
  let resolveFinished: (f: TrainingFinished) => void = (f) => early.push(f);
  const unsubscribe = lab.onEvent((channel, payload) => {
    if (channel === 'training:progress') {
      const p = payload as TrainingProgress;
      if (p.runId !== runId) return;
      if (json) print({ event: 'progress', ...p });
      else if (bar) bar.update(p.step / p.totalSteps, `epoch ${p.epoch}/${p.epochs} · ${metricText(p.metrics)} · ETA ${formatDuration(p.etaSeconds)}`, 'testMse' in p.metrics);
      else if ('testMse' in p.metrics) console.log(`epoch ${p.epoch}/${p.epochs}: ${metricText(p.metrics)}`);
    } else if (channel === 'training:finished') {
      const f = payload as TrainingFinished;
      if (runId === null || f.runId === runId) resolveFinished(f);
    }
  });

  const started = (await lab.dispatch('training:start', { lessonId, hyperparameters })) as { runId: string };
  runId = started.runId;
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

  if (json) print({ event: 'done', runId, status: finished.status, metrics: finished.metrics, error: finished.error });
  else if (finished.status === 'failed') console.error(`Run ${runId} failed: ${finished.error}`);
  else console.log(`Run ${runId} ${finished.status}: ${metricText(finished.metrics)}`);
  return finished.status === 'failed' ? 1 : finished.status === 'stopped' ? 130 : 0;
}
