// The command line as scripts use it: JSON output, runs in the shared store, and a killed
// training process whose run is marked interrupted at the next start.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { execFile, spawn } from 'node:child_process';
import { promisify } from 'node:util';
import { CLI_SCRIPT, makeTempHome } from '../../helpers/temp-home';

const run = promisify(execFile);

describe('lab CLI', () => {
  let home: ReturnType<typeof makeTempHome>;
  let env: NodeJS.ProcessEnv;

  beforeEach(() => {
    home = makeTempHome();
    env = { ...process.env, AIRI_LAB_HOME: home.dir };
  });
  afterEach(() => home.remove());

  it('lists the eight lessons as JSON', async () => {
    const { stdout } = await run(process.execPath, [CLI_SCRIPT, 'lessons', '--json'], { env });
    const lessons = JSON.parse(stdout) as { id: string; status: string }[];
    expect(lessons.map((l) => l.id)).toEqual(['sine', 'softmax', 'two-layer', 'airi', 'convnet', 'cnn', 'vgg16', 'cat-breeds']);
    expect(lessons[0].status).toBe('ready');
  });

  it('trains sine with --json, ending with a done line, and lists the run', async () => {
    const { stdout } = await run(process.execPath, [CLI_SCRIPT, 'train', 'sine', '--epochs', '1', '--seed', '3', '--train-points', '4000', '--json'], { env });
    const lines = stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines[0].event).toBe('started');
    expect(lines.some((l) => l.event === 'progress')).toBe(true);
    const done = lines.at(-1)! as { event: string; runId: string; status: string; metrics: { testMse: number } };
    expect(done.event).toBe('done');
    expect(done.status).toBe('completed');
    expect(done.metrics.testMse).toBeGreaterThan(0);
    expect(done.metrics.testMse).toBeLessThan(0.5);
    const runs = JSON.parse((await run(process.execPath, [CLI_SCRIPT, 'runs', '--json'], { env })).stdout) as { id: string; seed: number }[];
    expect(runs).toHaveLength(1);
    expect(runs[0]).toMatchObject({ id: done.runId, seed: 3 });
  });

  it('rejects unknown options and bad values with a clear message', async () => {
    await expect(run(process.execPath, [CLI_SCRIPT, 'train', 'sine', '--epochz', '2'], { env })).rejects.toMatchObject({ stderr: expect.stringMatching(/unknown option --epochz/) });
    await expect(run(process.execPath, [CLI_SCRIPT, 'train', 'sine', '--epochs', '0'], { env })).rejects.toMatchObject({ stderr: expect.stringMatching(/epochs must be between/) });
  });

  it('marks a run whose process was killed as interrupted at the next start', async () => {
    const child = spawn(process.execPath, [CLI_SCRIPT, 'train', 'sine', '--epochs', '200', '--json'], { env });
    let runId = '';
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => {
        const match = /"event":"progress","runId":"([^"]+)"/.exec(chunk.toString());
        if (match) {
          runId = match[1];
          resolve();
        }
      });
      child.once('exit', () => reject(new Error('training ended too early')));
    });
    child.kill('SIGKILL');
    await new Promise((r) => child.once('exit', r));
    const runs = JSON.parse((await run(process.execPath, [CLI_SCRIPT, 'runs', '--json'], { env })).stdout) as { id: string; status: string }[];
    expect(runs.find((r) => r.id === runId)?.status).toBe('interrupted');
    const detail = JSON.parse((await run(process.execPath, [CLI_SCRIPT, 'runs', '--json'], { env })).stdout) as unknown[];
    expect(detail).toHaveLength(1);
  });
});
