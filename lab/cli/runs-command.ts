// `lab runs ...`: the stored runs for scripts (issue 11). Every subcommand goes through the same API
// channels as the app; --json prints machine-readable output (for rerun, like train, its last line
// is the finished run).
import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { lessonById } from '../../contract/lessons/registry';
import { compareMetrics, compareSettings } from '../../contract/run-compare';
import type { RunDetail } from '../../contract/runs';
import type { ExportedFile, ImportResult, Reproduction, RunQuery, RunQueryResult } from '../../contract/runs-api';
import type { Lab } from '../app/lab';
import { applyFlags } from './cli-flags';
import type { ParsedArgs } from './parse-argv';
import { followTraining } from './train-command';

export const RUNS_USAGE = `  lab runs [--lesson L] [--status S] [--tag T] [--search TEXT] [--sort date|duration|<metric>] [--asc] [--limit N] [--json]
                                             stored runs, newest first
  lab runs show <id> [--json]                one run: settings, seed, engine version, metrics, curves
  lab runs export <id> --format csv|json|safetensors|onnx|bundle [--out FILE]
  lab runs import <bundle>... [--json]       import run bundles (e.g. a class's hand-ins)
  lab runs compare <id> <id>... [--all] [--json]
                                             settings that differ, final and best metrics
  lab runs rerun <id> [--<hyperparameter> V] [--json]
                                             train again; says whether it reproduced exactly
  lab runs continue <id> [--json]            train a stopped or interrupted run on from its last finished epoch
  lab runs delete <id>... [--json]`;

/** Part size for imports through the API (the WebSocket's limit does not apply in-process). */
const IMPORT_PART_BYTES = 8 << 20;

const num = (v: number | undefined) => (v === undefined ? '—' : Number.isInteger(v) ? String(v) : v.toPrecision(4));

function headline(metrics: Record<string, number>): string {
  if (metrics.testMse !== undefined) return `testMse ${metrics.testMse.toPrecision(4)}`;
  if (metrics.testAccuracy !== undefined) return `testAccuracy ${metrics.testAccuracy.toFixed(4)}`;
  return '';
}

async function list(lab: Lab, args: ParsedArgs, json: boolean): Promise<number> {
  const o = args.options;
  const sort = o.sort;
  const query: RunQuery = {
    ...(o.lesson ? { lessonId: o.lesson } : {}), ...(o.status ? { status: o.status as RunQuery['status'] } : {}),
    ...(o.tag ? { tag: o.tag } : {}), ...(o.search ? { text: o.search } : {}),
    ...(sort === undefined || sort === 'date' ? {} : sort === 'duration' ? { sort: 'duration' } : { sort: 'metric', metric: sort }),
    descending: !args.switches.has('asc'), limit: o.limit ? Number(o.limit) : 100_000,
  };
  const page = (await lab.dispatch('runs:query', query)) as RunQueryResult;
  if (json) console.log(JSON.stringify(page.runs));
  else if (page.runs.length === 0) console.log('no runs');
  else for (const r of page.runs) console.log(`${r.id}  ${r.lessonId.padEnd(10)} ${r.status.padEnd(11)} ${r.createdAt}  ${headline(r.metrics)}${r.name ? `  "${r.name}"` : ''}`);
  return 0;
}

async function show(lab: Lab, runId: string, json: boolean): Promise<number> {
  const run = (await lab.dispatch('runs:get', { runId })) as RunDetail;
  if (json) {
    console.log(JSON.stringify(run));
    return 0;
  }
  console.log(`${run.id}  ${run.lessonId}  ${run.status}${run.name ? `  "${run.name}"` : ''}`);
  console.log(`  started ${run.createdAt}, finished ${run.finishedAt ?? '—'}; seed ${run.seed}; Airi Lab ${run.appVersion}`);
  if (run.tags?.length) console.log(`  tags: ${run.tags.join(', ')}`);
  if (run.note) console.log(`  note: ${run.note}`);
  if (run.rerunOf) console.log(`  trains again run ${run.rerunOf}`);
  if (run.continuedAt?.length) console.log(`  continued after a stop from epoch ${run.continuedAt.join(', then ')}`);
  console.log(`  settings: ${Object.entries(run.hyperparameters).map(([k, v]) => `${k} ${v}`).join(', ')}`);
  console.log(`  metrics: ${Object.entries(run.metrics).map(([k, v]) => `${k} ${num(v)}`).join(', ')}`);
  for (const s of run.series) console.log(`  curve ${s.name}: ${s.steps.length} points, last ${num(s.values.at(-1))} at step ${s.steps.at(-1) ?? '—'}`);
  if (run.error) console.log(`  error: ${run.error}`);
  return 0;
}

async function exportCommand(lab: Lab, runId: string, args: ParsedArgs, json: boolean): Promise<number> {
  const format = args.options.format;
  if (!format) throw new Error('lab runs export <id> --format csv|json|safetensors|onnx|bundle [--out FILE]');
  const file = (await lab.dispatch('runs:export', { runId, format })) as ExportedFile;
  const out = args.options.out ?? file.fileName;
  const bytes = Buffer.from(file.base64, 'base64');
  writeFileSync(out, bytes);
  if (json) console.log(JSON.stringify({ runId, format, out, bytes: bytes.length }));
  else console.log(`wrote ${out} (${bytes.length} bytes)`);
  return 0;
}

async function importCommand(lab: Lab, files: string[], json: boolean): Promise<number> {
  if (files.length === 0) throw new Error('lab runs import <bundle>...');
  let failures = 0;
  for (const [n, path] of files.entries()) {
    try {
      const bytes = readFileSync(path);
      const count = Math.max(1, Math.ceil(bytes.length / IMPORT_PART_BYTES));
      let result: ImportResult = {};
      for (let i = 0; i < count; i++) {
        const part = bytes.subarray(i * IMPORT_PART_BYTES, (i + 1) * IMPORT_PART_BYTES).toString('base64');
        result = (await lab.dispatch('runs:import', { uploadId: `cli${process.pid}n${n}`, fileName: basename(path), index: i, count, base64: part })) as ImportResult;
      }
      const done = result.imported?.[0];
      if (json) console.log(JSON.stringify({ file: path, ...done }));
      else console.log(done?.alreadyThere ? `${path}: run ${done.runId} was already here` : `${path}: imported run ${done?.runId}`);
    } catch (error) {
      failures++;
      if (json) console.log(JSON.stringify({ file: path, error: (error as Error).message }));
      else console.error(`${path}: ${(error as Error).message}`);
    }
  }
  return failures > 0 ? 1 : 0;
}

async function compare(lab: Lab, ids: string[], all: boolean, json: boolean): Promise<number> {
  if (ids.length < 2) throw new Error('lab runs compare <id> <id>...');
  const runs = await Promise.all(ids.map(async (runId) => (await lab.dispatch('runs:get', { runId })) as RunDetail));
  const settings = compareSettings(runs).filter((row) => all || row.differs);
  const metrics = compareMetrics(runs);
  const lessons = [...new Set(runs.map((r) => r.lessonId))];
  if (json) {
    console.log(JSON.stringify({ runs: runs.map((r) => ({ id: r.id, lessonId: r.lessonId, name: r.name })), lessons, settings, metrics }));
    return 0;
  }
  const width = 14;
  const cell = (v: unknown) => String(v ?? '—').slice(0, width - 1).padEnd(width);
  console.log(`${''.padEnd(20)}${runs.map((r) => cell(r.name ?? r.id.slice(-10))).join('')}`);
  console.log(`${'lesson'.padEnd(20)}${runs.map((r) => cell(r.lessonId)).join('')}`);
  if (lessons.length > 1) console.log('(runs of different lessons: settings and metrics only one lesson has are shown as —)');
  console.log(all ? 'settings:' : 'settings that differ:');
  for (const row of settings) console.log(`${`  ${row.key}${row.partial ? '*' : ''}`.padEnd(20)}${row.values.map(cell).join('')}`);
  console.log('metrics (final / best):');
  for (const row of metrics) {
    console.log(`${`  ${row.name}`.padEnd(20)}${row.final.map((v, i) => cell(row.direction === 'none' ? num(v) : `${num(v)}/${num(row.best[i])}`)).join('')}`);
  }
  return 0;
}

async function rerun(lab: Lab, runId: string, args: ParsedArgs, json: boolean): Promise<number> {
  const original = (await lab.dispatch('runs:get', { runId })) as RunDetail;
  const spec = lessonById(original.lessonId)?.hyperparameters?.fields;
  const flags = Object.fromEntries(Object.entries(args.options));
  const edited = spec && Object.keys(flags).length > 0 ? applyFlags(spec, original.hyperparameters, flags) : undefined;
  const settings = edited ?? original.hyperparameters;
  const code = await followTraining(lab, json, original.lessonId, settings, async () =>
    (await lab.dispatch('runs:rerun', edited ? { runId, hyperparameters: edited } : { runId })) as { runId: string },
  async (newId) => {
    const check = (await lab.dispatch('runs:reproduction', { runId: newId })) as Reproduction | null;
    if (!json && check) {
      const d = check.firstDifference;
      console.log(check.exact ? `Reproduced run ${runId} exactly: every point of every curve is the same, bit for bit.`
        : d ? `Differs from run ${runId} first at ${d.metric}, step ${d.step}: ${num(d.original ?? undefined)} then, ${num(d.rerun ?? undefined)} now${check.caveats.length ? ` (${check.caveats.join(', ')} changed)` : ''}.`
          : `Not reproduced exactly (${check.caveats.join(', ')}).`);
    }
    return { reproduction: check };
  });
  return code;
}

/** `lab runs continue <id>`: the same run trains on from its checkpoint, followed like `lab train`. */
async function continueCommand(lab: Lab, runId: string, json: boolean): Promise<number> {
  const run = (await lab.dispatch('runs:get', { runId })) as RunDetail;
  return followTraining(lab, json, run.lessonId, run.hyperparameters, async () => {
    const { epoch } = (await lab.dispatch('training:continue', { runId })) as { runId: string; epoch: number };
    const epochs = run.hyperparameters.epochs;
    if (json) process.stdout.write(`${JSON.stringify({ event: 'continued', runId, fromEpoch: epoch })}\n`);
    else console.log(`Continuing run ${runId} from the end of epoch ${epoch}${typeof epochs === 'number' ? ` of ${epochs}` : ''}`);
    return { runId };
  });
}

export async function runsCommand(lab: Lab, args: ParsedArgs): Promise<number> {
  const [, verb, ...rest] = args.positionals;
  const json = args.switches.has('json');
  if (verb === undefined || verb === 'list') return list(lab, args, json);
  if (verb === 'import') return importCommand(lab, rest, json);
  if (verb === 'compare') return compare(lab, rest, args.switches.has('all'), json);
  if (verb === 'delete') {
    for (const runId of rest) {
      const { deleted } = (await lab.dispatch('runs:delete', { runId })) as { deleted: boolean };
      console.log(json ? JSON.stringify({ runId, deleted }) : deleted ? `deleted ${runId}` : `no run ${runId}`);
    }
    return 0;
  }
  const runId = rest[0];
  if (!runId) throw new Error(`usage:\n${RUNS_USAGE}`);
  if (verb === 'show') return show(lab, runId, json);
  if (verb === 'export') return exportCommand(lab, runId, args, json);
  if (verb === 'rerun') return rerun(lab, runId, args, json);
  if (verb === 'continue') return continueCommand(lab, runId, json);
  throw new Error(`unknown runs command "${verb}"\n${RUNS_USAGE}`);
}
