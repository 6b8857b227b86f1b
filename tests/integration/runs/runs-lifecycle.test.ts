// Runs for researchers (issue 11), through the real lab on real SQLite and worker threads: tiny sine
// runs trained, found by filter and sort, named and tagged, exported (CSV, JSON, safetensors with
// metadata, bundle), imported into a second data folder, trained again bit for bit, and the
// reattach channel (training:active) that a reloaded window uses.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TrainingFinished } from '../../../contract/events';
import { sineHyperparameters } from '../../../contract/lessons/sine';
import type { RunDetail } from '../../../contract/runs';
import type { ActiveTraining, ExportedFile, ImportResult, Reproduction, RunQueryResult } from '../../../contract/runs-api';
import { createLab } from '../../../lab/app/create-lab';
import type { Lab } from '../../../lab/app/lab';
import { makeTempHome, WORKER_SCRIPT } from '../../helpers/temp-home';

const tiny = (seed: number, extra: Record<string, number | string> = {}) => ({
  ...sineHyperparameters.defaults(), epochs: 1, trainPoints: 800, seed, ...extra,
});

function finished(lab: Lab, runId: string): Promise<TrainingFinished> {
  return new Promise((resolve) => {
    const off = lab.onEvent((channel, payload) => {
      if (channel === 'training:finished' && (payload as TrainingFinished).runId === runId) {
        off();
        resolve(payload as TrainingFinished);
      }
    });
  });
}

async function train(lab: Lab, hyperparameters: Record<string, number | string>): Promise<string> {
  const { runId } = (await lab.dispatch('training:start', { lessonId: 'sine', hyperparameters })) as { runId: string };
  await finished(lab, runId);
  return runId;
}

async function importFile(lab: Lab, file: ExportedFile, parts = 3): Promise<ImportResult> {
  const bytes = Buffer.from(file.base64, 'base64');
  const size = Math.ceil(bytes.length / parts);
  let result: ImportResult = {};
  for (let i = 0; i < parts; i++) {
    result = (await lab.dispatch('runs:import', {
      uploadId: 'u1', fileName: file.fileName, index: i, count: parts, base64: bytes.subarray(i * size, (i + 1) * size).toString('base64'),
    })) as ImportResult;
  }
  return result;
}

describe('runs for researchers', () => {
  const home = makeTempHome();
  const second = makeTempHome();
  let lab: Lab;
  let other: Lab;
  const ids: string[] = [];

  beforeAll(async () => {
    lab = await createLab({ mode: 'browser', dataDirectory: home.dir, workerScript: WORKER_SCRIPT });
    other = await createLab({ mode: 'browser', dataDirectory: second.dir, workerScript: WORKER_SCRIPT });
    ids.push(await train(lab, tiny(1)));
    ids.push(await train(lab, tiny(2, { hiddenSize: 8 })));
    ids.push(await train(lab, tiny(3, { learningRate: 0.5, optimizer: 'sgd' })));
  });
  afterAll(async () => {
    await lab.close();
    await other.close();
    home.remove();
    second.remove();
  });

  it('lists, filters and sorts runs, and keeps a name, tags and a note', async () => {
    await lab.dispatch('runs:update', { runId: ids[1], name: 'narrow net', tags: ['width', 'homework'], note: 'eight neurons' });
    let page = (await lab.dispatch('runs:query', { tag: 'homework' })) as RunQueryResult;
    expect(page.runs.map((r) => r.id)).toEqual([ids[1]]);
    expect(page.runs[0]).toMatchObject({ name: 'narrow net', tags: ['width', 'homework'], note: 'eight neurons' });
    expect(page.tags).toEqual(['homework', 'width']);
    page = (await lab.dispatch('runs:query', { text: 'narrow' })) as RunQueryResult;
    expect(page.total).toBe(1);
    page = (await lab.dispatch('runs:query', { sort: 'metric', metric: 'testMse', descending: false })) as RunQueryResult;
    const mses = page.runs.map((r) => r.metrics.testMse);
    expect(mses).toEqual([...mses].sort((a, b) => a - b));
    expect(page.metrics).toContain('testMse');
    page = (await lab.dispatch('runs:query', { status: 'failed' })) as RunQueryResult;
    expect(page.total).toBe(0);
  });

  it('exports the curves as CSV and JSON, and the weights with their settings in the metadata', async () => {
    const csv = (await lab.dispatch('runs:export', { runId: ids[0], format: 'csv' })) as ExportedFile;
    const lines = Buffer.from(csv.base64, 'base64').toString().trim().split('\n');
    expect(lines[0]).toBe('metric,step,value');
    expect(lines.some((l) => l.startsWith('testMse,'))).toBe(true);
    const json = JSON.parse(Buffer.from(((await lab.dispatch('runs:export', { runId: ids[0], format: 'json' })) as ExportedFile).base64, 'base64').toString()) as { run: { id: string }; series: { name: string }[] };
    expect(json.run.id).toBe(ids[0]);
    expect(json.series.map((s) => s.name)).toContain('loss');
    const weights = Buffer.from(((await lab.dispatch('runs:export', { runId: ids[0], format: 'safetensors' })) as ExportedFile).base64, 'base64');
    const headerLength = Number(weights.readBigUInt64LE(0));
    const header = JSON.parse(weights.subarray(8, 8 + headerLength).toString()) as Record<string, { shape?: number[] }> & { __metadata__: Record<string, string> };
    expect(header.__metadata__).toMatchObject({ run_id: ids[0], lesson: 'sine', seed: '1' });
    expect(JSON.parse(header.__metadata__.hyperparameters)).toMatchObject({ trainPoints: 800 });
    expect(header.__metadata__.preprocessing).toBeDefined();
    expect(Object.values(header).some((t) => Array.isArray(t.shape))).toBe(true);
  });

  it('imports a bundle into a second data folder whole, and only once', async () => {
    const bundle = (await lab.dispatch('runs:export', { runId: ids[1], format: 'bundle' })) as ExportedFile;
    expect(bundle.fileName).toMatch(/\.airi-run\.tar\.gz$/);
    const result = await importFile(other, bundle);
    expect(result.imported).toEqual([{ fileName: bundle.fileName, runId: ids[1], alreadyThere: false }]);
    const original = (await lab.dispatch('runs:get', { runId: ids[1] })) as RunDetail;
    const copy = (await other.dispatch('runs:get', { runId: ids[1] })) as RunDetail;
    expect(copy.series).toEqual(original.series);
    expect(copy).toMatchObject({ name: 'narrow net', seed: 2, hyperparameters: original.hyperparameters, appVersion: original.appVersion });
    expect(readFileSync(join(second.dir, 'runs', ids[1], 'model.safetensors'))).toEqual(readFileSync(join(home.dir, 'runs', ids[1], 'model.safetensors')));
    expect((await importFile(other, bundle, 1)).imported?.[0].alreadyThere).toBe(true);
  });

  it('trains a run again and reports it reproduced bit for bit', async () => {
    const { runId } = (await lab.dispatch('runs:rerun', { runId: ids[0] })) as { runId: string };
    await finished(lab, runId);
    const check = (await lab.dispatch('runs:reproduction', { runId })) as Reproduction;
    expect(check).toMatchObject({ ofRunId: ids[0], exact: true, firstDifference: null, caveats: [] });
    const rerun = (await lab.dispatch('runs:get', { runId })) as RunDetail;
    expect(rerun.rerunOf).toBe(ids[0]);
  });

  it('says where an edited re-run first differs', async () => {
    const edited = tiny(1, { learningRate: 0.01 });
    const { runId } = (await lab.dispatch('runs:rerun', { runId: ids[0], hyperparameters: edited })) as { runId: string };
    await finished(lab, runId);
    const check = (await lab.dispatch('runs:reproduction', { runId })) as Reproduction;
    expect(check.exact).toBe(false);
    expect(check.caveats).toContain('settings');
    // The learning rate itself is a recorded curve now; the loss parts at the same first step.
    expect(check.firstDifference?.metric).toMatch(/^(loss|learningRate)$/);
    expect(check.firstDifference!.original).not.toBe(check.firstDifference!.rerun);
  });

  it('lists the runs still training, with their progress, for a reloaded window', async () => {
    const { runId } = (await lab.dispatch('training:start', { lessonId: 'sine', hyperparameters: tiny(9, { epochs: 200, trainPoints: 200000 }) })) as { runId: string };
    let active: ActiveTraining[] = [];
    for (let tries = 0; tries < 200 && !(active[0]?.progress?.step ?? 0); tries++) {
      await new Promise((r) => setTimeout(r, 100));
      active = (await lab.dispatch('training:active', { lessonId: 'sine' })) as ActiveTraining[];
    }
    expect(active.map((a) => a.runId)).toEqual([runId]);
    expect(active[0].hyperparameters.seed).toBe(9);
    expect(active[0].progress?.step).toBeGreaterThan(0);
    expect(await lab.dispatch('training:active', { lessonId: 'softmax' })).toEqual([]);
    await lab.dispatch('training:stop', { runId });
    expect(await lab.dispatch('training:active', {})).toEqual([]);
  });
});
