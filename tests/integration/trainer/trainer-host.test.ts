// The trainer in real worker threads against a real store: a run completes with its curve stored,
// Stop takes effect within a second, a diverging run fails with the step, and the event loop stays free.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultValues } from '../../../contract/hyperparameters';
import { sineHyperparameters } from '../../../contract/lessons/sine';
import type { TrainingFinished, TrainingProgress } from '../../../contract/events';
import { wordLabError, type LabErrorInfo } from '../../../contract/lab-errors';
import type { RunSummary } from '../../../contract/runs';
import { ptBR } from '../../../renderer/i18n/pt-br';
import { createLab } from '../../../lab/app/create-lab';
import type { Lab } from '../../../lab/app/lab';
import { makeTempHome, WORKER_SCRIPT } from '../../helpers/temp-home';

const defaults = defaultValues(sineHyperparameters.fields);

function waitFinished(lab: Lab, runId: string) {
  return new Promise<TrainingFinished>((resolve) => {
    const off = lab.onEvent((channel, payload) => {
      if (channel === 'training:finished' && (payload as { runId: string }).runId === runId) {
        off();
        resolve(payload as never);
      }
    });
  });
}

describe('trainer host with worker threads', () => {
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

  it('trains the sine MLP in a worker, streams progress and stores the run', async () => {
    const progress: TrainingProgress[] = [];
    let snapshots = 0;
    lab.onEvent((channel, payload) => {
      if (channel === 'training:progress') progress.push(payload as TrainingProgress);
      if (channel === 'training:snapshot') snapshots++;
    });
    const { runId } = (await lab.dispatch('training:start', {
      lessonId: 'sine', hyperparameters: { ...defaults, epochs: 2, trainPoints: 6000 },
    })) as { runId: string };
    const finished = await waitFinished(lab, runId);
    expect(finished.status).toBe('completed');
    expect(finished.metrics.testMse).toBeLessThan(0.1);
    expect(finished.metrics.parameters).toBe(593);

    const losses = progress.filter((p) => p.metrics.loss !== undefined).map((p) => p.metrics.loss);
    expect(losses.length).toBeGreaterThan(50);
    expect(losses.at(-1)!).toBeLessThan(losses[0] / 3);
    expect(progress.at(-1)!.step).toBe(progress.at(-1)!.totalSteps);
    expect(snapshots).toBeGreaterThan(0);

    const run = (await lab.dispatch('runs:get', { runId })) as { status: string; series: { name: string; values: number[] }[]; artifacts: Record<string, unknown> };
    expect(run.status).toBe('completed');
    expect(run.series.find((s) => s.name === 'loss')!.values.length).toBe(losses.length);
    expect(run.series.find((s) => s.name === 'testMse')!.values.length).toBe(2);
    expect(run.artifacts.fit).toMatchObject({ kind: 'sine-fit' });

    // Deleting a run removes its record and its files.
    const runDir = join(home.dir, 'runs', runId);
    mkdirSync(runDir, { recursive: true });
    writeFileSync(join(runDir, 'model.safetensors'), 'x');
    expect(await lab.dispatch('runs:delete', { runId })).toEqual({ deleted: true });
    expect(existsSync(runDir)).toBe(false);
    await expect(lab.dispatch('runs:get', { runId })).rejects.toThrow(/no run/);
  });

  it('reaches the noise floor with the defaults: test MSE at most 0.004', async () => {
    const { runId } = (await lab.dispatch('training:start', { lessonId: 'sine', hyperparameters: defaults })) as { runId: string };
    const finished = await waitFinished(lab, runId);
    expect(finished.status).toBe('completed');
    expect(finished.metrics.steps).toBe(18750);
    expect(finished.metrics.testMse).toBeLessThanOrEqual(0.004);
    // The noise variance alone is 0.05² = 0.0025: nothing can honestly go far below it.
    expect(finished.metrics.testMse).toBeGreaterThan(0.002);
  });

  it('stops a long run within a second and stores it as stopped', async () => {
    const { runId } = (await lab.dispatch('training:start', {
      lessonId: 'sine', hyperparameters: { ...defaults, epochs: 200, trainPoints: 200000 },
    })) as { runId: string };
    await new Promise<void>((resolve) => {
      const off = lab.onEvent((channel) => {
        if (channel === 'training:progress') {
          off();
          resolve();
        }
      });
    });
    // The server's event loop must stay responsive while the worker trains.
    const tick = Date.now();
    await new Promise((r) => setTimeout(r, 20));
    // A training on this thread would block it for seconds; allow for a loaded CI machine.
    expect(Date.now() - tick).toBeLessThan(500);

    const asked = Date.now();
    expect(await lab.dispatch('training:stop', { runId })).toEqual({ stopped: true });
    expect(Date.now() - asked).toBeLessThan(1000);
    const run = (await lab.dispatch('runs:get', { runId })) as { status: string };
    expect(run.status).toBe('stopped');
  });

  it('fails a diverging run with the step where the loss became NaN or Infinity', async () => {
    const { runId } = (await lab.dispatch('training:start', {
      lessonId: 'sine',
      hyperparameters: { ...defaults, optimizer: 'sgd', learningRate: 1, activation: 'relu', hiddenSize: 256, epochs: 5, trainPoints: 4000 },
    })) as { runId: string };
    const finished = await waitFinished(lab, runId);
    expect(finished.status).toBe('failed');
    expect(finished.error).toMatch(/loss became (NaN|Infinity|-Infinity) at step \d+/);
    expect(finished.errorInfo?.code).toBe('loss-not-finite');
    const run = (await lab.dispatch('runs:get', { runId })) as RunSummary;
    expect(run.status).toBe('failed');
    expect(run.error).toBe(finished.error);
    expect(run.errorInfo).toEqual(finished.errorInfo);
    // The UI words the same error in the learner's language from its code.
    expect(wordLabError(run.errorInfo!, ptBR.labErrors)).toMatch(/^a perda virou (NaN|Infinity|-Infinity) no passo \d+ \(época \d\)/);
    await expect(lab.dispatch('runs:get', { runId: 'nope-0000' })).rejects.toMatchObject({ info: { code: 'run-not-found', params: { runId: 'nope-0000' } } });
  });

  it('queues trainings beyond the cap, and refuses one more once the queue is full', async () => {
    const limited = await createLab({ mode: 'browser', dataDirectory: home.dir, workerScript: WORKER_SCRIPT, maxConcurrentTrainings: 1 });
    try {
      const long = { ...defaults, epochs: 200, trainPoints: 200000 };
      const started: string[] = [];
      for (let i = 0; i < 17; i += 1) {
        started.push(((await limited.dispatch('training:start', { lessonId: 'sine', hyperparameters: long })) as { runId: string }).runId);
      }
      await expect(limited.dispatch('training:start', { lessonId: 'sine', hyperparameters: long })).rejects.toThrow(/already running/);
      // Worded for the UI by its code: in Portuguese for a pt-BR learner.
      const busy = await limited.dispatch('training:start', { lessonId: 'sine', hyperparameters: long }).catch((e: { info?: LabErrorInfo }) => e.info);
      expect(busy).toEqual({ code: 'trainer-busy', params: { running: 1 } });
      expect(wordLabError(busy as LabErrorInfo, ptBR.labErrors)).toMatch(/^já há 1 treino rodando neste computador e a fila de espera está cheia/);
      expect((await limited.dispatch('runs:list', {})) as unknown[]).toHaveLength(17);
      for (const runId of started.reverse()) await limited.dispatch('training:stop', { runId });
    } finally {
      await limited.close();
    }
  });

  it('rejects invalid hyperparameters with the field named', async () => {
    await expect(lab.dispatch('training:start', { lessonId: 'sine', hyperparameters: { ...defaults, epochs: 0 } }))
      .rejects.toMatchObject({ message: expect.stringMatching(/epochs must be between 1 and 200/), info: { code: 'hyperparameter-out-of-range', params: { key: 'epochs', min: 1, max: 200 } } });
    await expect(lab.dispatch('training:start', { lessonId: 'sine', hyperparameters: { ...defaults, bogus: 1 } }))
      .rejects.toThrow(/bogus is not a hyperparameter/);
    await expect(lab.dispatch('no:such', {})).rejects.toThrow(/unknown channel/);
    expect(await lab.dispatch('runs:list', {})).toEqual([]);
  });
});
