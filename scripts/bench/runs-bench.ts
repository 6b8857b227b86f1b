// `npm run bench -- --runs`: the Runs screen at scale (issue 11). Builds a store of 10,000 runs of
// every lesson (with tags and metrics) and one run of a million metric points in a temp folder, then
// times what the UI does: the first page of runs, a filtered page sorted by a metric, a text search,
// and opening the big run (its curves downsampled by LTTB to what a chart draws).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { LessonId } from '../../contract/lessons/catalog';
import { openDatabase } from '../../lab/run-store/open-database';
import { RunStore, type MetricPoint } from '../../lab/run-store/run-store';
import { RunLibrary } from '../../lab/runs/run-library';
import type { BenchResult } from './bench-result';

const RUNS = 10_000;
const BIG_RUN_POINTS = 1_000_000;
const LESSONS: LessonId[] = ['sine', 'softmax', 'two-layer', 'convnet', 'cnn'];

/** The median of `repeats` timings of `work`, in seconds. */
function time(work: () => unknown, repeats = 7): number {
  const samples: number[] = [];
  for (let i = 0; i < repeats; i++) {
    const started = performance.now();
    work();
    samples.push((performance.now() - started) / 1000);
  }
  return samples.sort((a, b) => a - b)[Math.floor(repeats / 2)];
}

export function runsBench(): BenchResult[] {
  const dir = mkdtempSync(join(tmpdir(), 'airi-runs-bench-'));
  const db = openDatabase(join(dir, 'airi-lab.sqlite'));
  try {
    const store = new RunStore(db);
    const library = new RunLibrary(db);
    const built = performance.now();
    db.transaction(() => {
      for (let i = 0; i < RUNS; i++) {
        const lessonId = LESSONS[i % LESSONS.length];
        const run = store.createRun({ lessonId, hyperparameters: { epochs: 1 + (i % 20), learningRate: 10 ** -(1 + (i % 4)), seed: i }, seed: i, appVersion: '0.1.0' });
        const metrics: Record<string, number> = lessonId === 'sine' ? { testMse: 0.002 + (i % 97) / 1000 } : { testAccuracy: 0.1 + (i % 89) / 100 };
        store.finishRun(run.id, i % 13 === 0 ? 'stopped' : 'completed', metrics, null);
        if (i % 7 === 0) library.update({ runId: run.id, tags: [`week ${i % 5}`], name: `try ${i}` });
        store.appendMetrics(run.id, Array.from({ length: 40 }, (_, step) => ({ name: 'loss', step, value: 1 / (step + 1) })));
      }
    })();
    const big = store.createRun({ lessonId: 'cnn', hyperparameters: { epochs: 500, seed: 1 }, seed: 1, appVersion: '0.1.0' });
    const points: MetricPoint[] = [];
    for (let step = 1; step <= BIG_RUN_POINTS; step++) points.push({ name: 'loss', step, value: 2 * Math.exp(-step / 2e5) + 0.05 * Math.sin(step / 50) });
    store.appendMetrics(big.id, points);
    store.finishRun(big.id, 'completed', { testAccuracy: 0.8 }, null);
    const buildSeconds = (performance.now() - built) / 1000;

    const firstPage = time(() => library.query({ limit: 100 }));
    const filtered = time(() => library.query({ lessonId: 'softmax', status: 'completed', sort: 'metric', metric: 'testAccuracy', limit: 100 }));
    const search = time(() => library.query({ text: 'try 99', limit: 100 }));
    const open = time(() => library.openSeries(big.id, 2000), 3);
    const drawn = library.series(big.id, 2000)[0].steps.length;
    const detail = `${RUNS.toLocaleString('en')} runs + 1 of ${BIG_RUN_POINTS.toLocaleString('en')} points (store built in ${buildSeconds.toFixed(1)} s)`;
    return [
      { workload: 'runs: first page of 10,000 runs', threads: 1, seconds: firstPage, imagesPerSecond: null, detail },
      { workload: 'runs: filtered, sorted by a metric', threads: 1, seconds: filtered, imagesPerSecond: null },
      { workload: 'runs: text search', threads: 1, seconds: search, imagesPerSecond: null },
      { workload: 'runs: open a run of 1,000,000 points', threads: 1, seconds: open, imagesPerSecond: null, detail: `LTTB to ${drawn} points per curve` },
    ];
  } finally {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
