// Runs whose owner is gone: a CLI training killed with SIGKILL while the server runs is shown as
// interrupted (not "running" forever) and can be deleted; a lab closed mid-run stores its runs as
// interrupted, never as "you stopped this run" (issue 11, bug 6).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { defaultValues } from '../../../contract/hyperparameters';
import { sineHyperparameters } from '../../../contract/lessons/sine';
import type { TrainingFinished } from '../../../contract/events';
import { createLab } from '../../../lab/app/create-lab';
import type { Lab } from '../../../lab/app/lab';
import { CLI_SCRIPT, makeTempHome, WORKER_SCRIPT } from '../../helpers/temp-home';

async function until<T>(probe: () => T | undefined | Promise<T | undefined>, what: string): Promise<T> {
  for (let i = 0; i < 600; i++) {
    const value = await probe();
    if (value !== undefined) return value;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`timed out waiting for ${what}`);
}

describe('runs whose owner is gone', () => {
  let home: ReturnType<typeof makeTempHome>;
  let lab: Lab;

  beforeEach(async () => {
    home = makeTempHome();
    lab = await createLab({ mode: 'browser', dataDirectory: home.dir, workerScript: WORKER_SCRIPT });
  });
  afterEach(async () => {
    await lab.close();
    home.remove();
  });

  it('marks a killed CLI run interrupted on the next list, and lets it be deleted', async () => {
    const cli = spawn(process.execPath, [CLI_SCRIPT, 'train', 'sine', '--epochs', '200', '--train-points', '200000'], {
      env: { ...process.env, AIRI_LAB_HOME: home.dir }, stdio: 'ignore',
    });
    const running = await until(async () => (await lab.handlers['runs:list']({})).find((r) => r.status === 'running'), 'the CLI run');
    // Still alive: a run whose owner lives is never marked.
    expect((await lab.handlers['runs:list']({}))[0].status).toBe('running');
    cli.kill('SIGKILL');
    await new Promise((r) => cli.once('exit', r));
    const after = (await lab.handlers['runs:list']({})).find((r) => r.id === running.id)!;
    expect(after.status).toBe('interrupted');
    expect(after.errorInfo).toEqual({ code: 'run-interrupted', params: {} });
    expect(await lab.handlers['runs:delete']({ runId: running.id })).toEqual({ deleted: true });
  });

  it('stores a run cut short by the lab closing as interrupted, not stopped', async () => {
    const finished: TrainingFinished[] = [];
    lab.onEvent((channel, payload) => { if (channel === 'training:finished') finished.push(payload as TrainingFinished); });
    const { runId } = await lab.handlers['training:start']({
      lessonId: 'sine', hyperparameters: { ...defaultValues(sineHyperparameters.fields), epochs: 200 },
    });
    await until(async () => ((await lab.handlers['runs:get']({ runId })).series.length > 0 ? true : undefined), 'the first metrics');
    await lab.close();
    expect(finished).toHaveLength(1);
    expect(finished[0]).toMatchObject({ status: 'interrupted', errorInfo: { code: 'run-interrupted' } });
    const reopened = await createLab({ mode: 'browser', dataDirectory: home.dir, workerScript: WORKER_SCRIPT });
    expect((await reopened.handlers['runs:get']({ runId })).status).toBe('interrupted');
    await reopened.close();
  });
});
