// The run library on real SQLite: a curve far longer than a chart is summarized from the index
// (every point counted, its spike kept) and downsampled to the points asked for.
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../lab/run-store/open-database';
import { RunStore } from '../../../lab/run-store/run-store';
import { RunLibrary } from '../../../lab/runs/run-library';
import { makeTempHome } from '../../helpers/temp-home';

describe('run library', () => {
  const home = makeTempHome();
  const db = openDatabase(join(home.dir, 'airi-lab.sqlite'));
  afterAll(() => {
    db.close();
    home.remove();
  });

  it('summarizes a 200,000-point curve to 100 points, keeping its count, ends and spike', () => {
    const store = new RunStore(db);
    const library = new RunLibrary(db);
    const run = store.createRun({ lessonId: 'cnn', hyperparameters: {}, seed: 1, appVersion: 'x' });
    const n = 200_000;
    store.appendMetrics(run.id, Array.from({ length: n }, (_, i) => ({ name: 'loss', step: i + 1, value: i === 123_456 ? 50 : 1 / (1 + i / 1000) })));
    store.appendMetrics(run.id, [{ name: 'testAccuracy', step: n, value: 0.5 }]);
    const { series, counts } = library.openSeries(run.id, 100);
    expect(counts).toEqual({ loss: n, testAccuracy: 1 });
    const loss = series.find((s) => s.name === 'loss')!;
    expect(loss.steps).toHaveLength(100);
    expect(loss.steps[0]).toBe(1);
    expect(loss.steps.at(-1)).toBe(n);
    expect(Math.max(...loss.values)).toBe(50);
    expect(series.find((s) => s.name === 'testAccuracy')?.values).toEqual([0.5]);
    expect(library.series(run.id)[0].steps).toHaveLength(n);
  });
});
