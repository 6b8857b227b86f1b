// Issue 8 through the lab's API, the worker threads and the store: a softmax run stopped after its
// first epoch is continued as the same run (back to running, its curve cut back to the checkpoint and
// trained on, "continued at epoch 1" recorded), ends with the weights of a run never stopped, and
// leaves no checkpoint behind. A truncated checkpoint is refused with its code and changes nothing;
// a completed run and a run with no checkpoint are refused too. Needs `npm run build:node`.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultValues } from '../../../contract/hyperparameters';
import { softmaxHyperparameters } from '../../../contract/lessons/softmax';
import type { TrainingFinished, TrainingProgress } from '../../../contract/events';
import type { CheckpointInfo } from '../../../contract/continue-run';
import type { RunDetail } from '../../../contract/runs';
import { createLab } from '../../../lab/app/create-lab';
import type { Lab } from '../../../lab/app/lab';
import { importSynthetic, syntheticCifar } from '../../helpers/synthetic-cifar';
import { makeTempHome, WORKER_SCRIPT } from '../../helpers/temp-home';

// Many small steps per epoch, so a Stop sent early in epoch 2 lands well before its end.
const settings = { ...defaultValues(softmaxHyperparameters.fields), epochs: 3, trainImages: 2000, batchSize: 4, seed: 21 };

function finishedOf(lab: Lab, runId: () => string | null): Promise<TrainingFinished> {
  return new Promise((resolve) => {
    const off = lab.onEvent((channel, payload) => {
      if (channel === 'training:finished' && (payload as TrainingFinished).runId === runId()) {
        off();
        resolve(payload as TrainingFinished);
      }
    });
  });
}

const codeOf = async (promise: Promise<unknown>) => {
  try {
    await promise;
    return 'no error';
  } catch (error) {
    return (error as { info?: { code: string } }).info?.code ?? String(error);
  }
};

describe('training:continue', () => {
  const home = makeTempHome('airi-lab-continue-api-');
  let lab: Lab;
  beforeAll(async () => {
    await importSynthetic(home.dir, syntheticCifar(2000, 100));
    lab = await createLab({ mode: 'browser', dataDirectory: home.dir, workerScript: WORKER_SCRIPT });
  });
  afterAll(async () => {
    await lab.close();
    home.remove();
  });

  async function train(): Promise<string> {
    let id: string | null = null;
    const finished = finishedOf(lab, () => id);
    id = ((await lab.dispatch('training:start', { lessonId: 'softmax', hyperparameters: settings })) as { runId: string }).runId;
    expect((await finished).status).toBe('completed');
    return id;
  }

  it('continues a run stopped in epoch 2 from epoch 1 as the same run, to the weights of a run never stopped', async () => {
    const straightId = await train();
    // A completed run keeps no checkpoint and cannot be continued.
    expect(existsSync(join(home.dir, 'runs', straightId, 'checkpoint.safetensors'))).toBe(false);
    expect(await codeOf(lab.dispatch('training:continue', { runId: straightId }))).toBe('continue-not-stopped');

    let runId: string | null = null;
    const stopped = finishedOf(lab, () => runId);
    const off = lab.onEvent((channel, payload) => {
      const p = payload as TrainingProgress;
      // Some curve points into epoch 2 (500 steps of 4 images), so there is something after the checkpoint to cut back.
      if (channel === 'training:progress' && p.runId === runId && p.epoch === 2 && p.step >= 520) {
        void lab.dispatch('training:stop', { runId });
      }
    });
    runId = ((await lab.dispatch('training:start', { lessonId: 'softmax', hyperparameters: settings })) as { runId: string }).runId;
    expect((await stopped).status).toBe('stopped');
    off();
    const checkpoint = (await lab.dispatch('training:checkpoint', { runId })) as CheckpointInfo;
    expect(checkpoint).toMatchObject({ epoch: 1, epochs: 3 });
    const before = (await lab.dispatch('runs:get', { runId })) as RunDetail;
    expect(before.series.find((s) => s.name === 'loss')!.steps.at(-1)!).toBeGreaterThan(checkpoint.step);

    // A truncated checkpoint: refused with its code, and the run's record and files are as they were.
    const file = join(home.dir, 'runs', runId, 'checkpoint.safetensors');
    const whole = readFileSync(file);
    truncateSync(file, whole.length - 1000);
    expect(await codeOf(lab.dispatch('training:continue', { runId }))).toBe('continue-checkpoint-damaged');
    expect(await lab.dispatch('runs:get', { runId })).toEqual(before);
    expect(existsSync(join(home.dir, 'runs', runId, 'model.safetensors'))).toBe(true);
    writeFileSync(file, whole);

    let finishedId: string | null = null;
    const continued = finishedOf(lab, () => finishedId);
    const progress: TrainingProgress[] = [];
    const offProgress = lab.onEvent((channel, payload) => {
      if (channel === 'training:progress' && (payload as TrainingProgress).runId === runId) progress.push(payload as TrainingProgress);
    });
    finishedId = runId;
    expect(await lab.dispatch('training:continue', { runId })).toEqual({ runId, epoch: 1 });
    // Running again: a second continue is refused.
    expect(await codeOf(lab.dispatch('training:continue', { runId }))).toBe('continue-not-stopped');
    const end = await continued;
    offProgress();
    expect(end.status).toBe('completed');
    expect(end.metrics.epochsDone).toBe(3);
    // The live progress picks up in epoch 2, after the checkpoint's step.
    expect(progress[0].epoch).toBe(2);
    expect(Math.min(...progress.map((p) => p.step))).toBe(checkpoint.step);

    const run = (await lab.dispatch('runs:get', { runId })) as RunDetail;
    const straight = (await lab.dispatch('runs:get', { runId: straightId })) as RunDetail;
    expect(run).toMatchObject({ status: 'completed', continuedAt: [1], error: null });
    // One curve, no step twice, the same points as the run never stopped, and the same weights.
    for (const name of ['loss', 'trainAccuracy', 'testAccuracy', 'epochLoss']) {
      const series = run.series.find((s) => s.name === name)!;
      expect(new Set(series.steps).size, name).toBe(series.steps.length);
      expect(series, name).toEqual(straight.series.find((s) => s.name === name));
    }
    expect(run.metrics.testAccuracy).toBe(straight.metrics.testAccuracy);
    const weights = (id: string) => readFileSync(join(home.dir, 'runs', id, 'model.safetensors'));
    expect(weights(runId).equals(weights(straightId))).toBe(true);
    expect(existsSync(file)).toBe(false);
    expect(await lab.dispatch('training:checkpoint', { runId })).toBeNull();
  }, 240_000);

  it('refuses a run that kept no checkpoint, and one that does not exist', async () => {
    let runId: string | null = null;
    const stopped = finishedOf(lab, () => runId);
    runId = ((await lab.dispatch('training:start', { lessonId: 'softmax', hyperparameters: settings })) as { runId: string }).runId;
    // Stopped at once: before its first epoch ended, so there is nothing to continue from.
    await lab.dispatch('training:stop', { runId });
    expect((await stopped).status).toBe('stopped');
    expect(await lab.dispatch('training:checkpoint', { runId })).toBeNull();
    expect(await codeOf(lab.dispatch('training:continue', { runId }))).toBe('continue-no-checkpoint');
    expect(((await lab.dispatch('runs:get', { runId })) as RunDetail).status).toBe('stopped');
    expect(await codeOf(lab.dispatch('training:continue', { runId: 'no-such-run' }))).toBe('run-not-found');
    expect(await codeOf(lab.dispatch('training:continue', { runId: '../etc' }))).not.toBe('no error');
  }, 120_000);
});
