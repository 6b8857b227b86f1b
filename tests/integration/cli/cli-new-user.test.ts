// Bug 7 (issue 11): what a new user met on the command line. A wrong --data path left a failed run
// behind; `datasets import` and `train` printed nothing for long stretches when their output was not
// a terminal bar; `lab lessons` called the CIFAR-10 lessons "coming" though they train.
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CLI_SCRIPT, makeTempHome } from '../../helpers/temp-home';
import { makeImages, writeBinaryLayout } from '../datasets/cifar-fixtures';

const run = promisify(execFile);

describe('lab CLI for a new user', () => {
  let home: ReturnType<typeof makeTempHome>;
  let env: NodeJS.ProcessEnv;

  beforeEach(() => {
    home = makeTempHome();
    env = { ...process.env, AIRI_LAB_HOME: home.dir };
  });
  afterEach(() => home.remove());

  it('refuses a --data path that does not exist without storing a failed run', async () => {
    const missing = join(home.dir, 'no-such-cifar.tar.gz');
    await expect(run(process.execPath, [CLI_SCRIPT, 'train', 'softmax', '--data', missing], { env }))
      .rejects.toMatchObject({ stderr: expect.stringContaining(`no file or folder at ${missing}`) });
    const runs = JSON.parse((await run(process.execPath, [CLI_SCRIPT, 'runs', '--json'], { env })).stdout) as unknown[];
    expect(runs).toEqual([]);
  });

  it('refuses a CIFAR-10 lesson when nothing was imported, storing nothing', async () => {
    await expect(run(process.execPath, [CLI_SCRIPT, 'train', 'softmax'], { env }))
      .rejects.toMatchObject({ stderr: expect.stringMatching(/import it first/) });
    const runs = JSON.parse((await run(process.execPath, [CLI_SCRIPT, 'runs', '--json'], { env })).stdout) as unknown[];
    expect(runs).toEqual([]);
  });

  it('prints progress lines inside an epoch when the output is not a terminal', async () => {
    const { stdout } = await run(process.execPath, [CLI_SCRIPT, 'train', 'sine', '--epochs', '1', '--train-points', '20000'], { env });
    const percents = [...stdout.matchAll(/^ *(\d+)% .*epoch 1\/1/gm)].map((m) => Number(m[1]));
    expect(percents.length).toBeGreaterThanOrEqual(5);
    expect(percents.some((p) => p > 0 && p < 100)).toBe(true);
  });

  it('prints the import progress when the output is not a terminal', async () => {
    writeBinaryLayout(home.dir, makeImages(6, 1), makeImages(2, 2));
    const { stdout } = await run(process.execPath, [CLI_SCRIPT, 'datasets', 'import', join(home.dir, 'cifar-10-batches-bin')], { env });
    expect(stdout).toMatch(/^ *\d+% .*(reading|decoding|writing)/m);
    expect(stdout).toMatch(/CIFAR-10 imported/);
  });

  it('says which lessons train, from the app or from the command line', async () => {
    const { stdout } = await run(process.execPath, [CLI_SCRIPT, 'lessons'], { env });
    for (const id of ['softmax', 'two-layer', 'convnet', 'cnn', 'vgg16']) {
      const line = stdout.split('\n').find((l) => l.includes(` ${id} `)) ?? '';
      expect(line).not.toMatch(/coming/);
      expect(line).toMatch(/trains/);
    }
  });
});
