// insights:compute for real: a run's weights saved as model.safetensors in its folder, a real SQLite
// store and the bundled insights worker thread. Class templates and neuron pages come back drawn from
// those weights; missing weights, missing stored pictures and a missing dataset are refused by code.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { Rng, saveSafetensors, stateDict } from '../../../airi';
import { ApiInputError } from '../../../contract/guards';
import { InsightsService } from '../../../lab/trainer/insights-service';
import { rowsToTiles, TILE_BYTES } from '../../../lab/lessons/pictures/tiles';
import { buildSoftmaxClassifier, buildTwoLayerNet } from '../../../lab/lessons/cifar/cifar-models';
import type { RunStore } from '../../../lab/run-store/run-store';
import { UploadStore } from '../../../lab/uploads/upload-store';
import { WORKER_SCRIPT } from '../../helpers/temp-home';
import { useTempStore } from '../../helpers/temp-store';

const INSIGHTS_WORKER = join(WORKER_SCRIPT, '..', 'insights-worker.mjs');

async function codeOf(promise: Promise<unknown>): Promise<string | undefined> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(ApiInputError);
    return (error as ApiInputError).info?.code;
  }
  throw new Error('expected a refusal');
}

describe('InsightsService', () => {
  const temp = useTempStore('all');
  let store: RunStore;
  let service: InsightsService;

  function storeRun(lessonId: 'softmax' | 'two-layer', weights: Uint8Array | null, hyperparameters: Record<string, number> = {}): string {
    const run = store.createRun({ lessonId, hyperparameters, seed: 1, appVersion: 'test' });
    store.finishRun(run.id, 'completed', { testAccuracy: 0.3 }, null);
    if (weights) {
      mkdirSync(join(temp.dir, 'runs', run.id), { recursive: true });
      writeFileSync(join(temp.dir, 'runs', run.id, 'model.safetensors'), weights);
    }
    return run.id;
  }

  beforeAll(() => {
    store = temp.store;
    service = new InsightsService({ store, dataDirectory: temp.dir, workerScript: INSIGHTS_WORKER, uploads: new UploadStore(temp.dir) });
  });

  it('draws the class templates of a softmax run from its saved weights', async () => {
    const model = buildSoftmaxClassifier(new Rng(3));
    const weight = stateDict(model)['0.weight'];
    const runId = storeRun('softmax', saveSafetensors(stateDict(model)));
    const picture = await service.compute({ kind: 'class-templates', runId });
    expect(picture).toMatchObject({ kind: 'class-templates', count: 10, total: 10, tileWidth: 32, tileHeight: 32 });
    expect(picture.labels).toEqual(['airplane', 'automobile', 'bird', 'cat', 'deer', 'dog', 'frog', 'horse', 'ship', 'truck']);
    const pixels = new Uint8Array(Buffer.from(picture.pixels, 'base64'));
    expect(pixels).toEqual(rowsToTiles(weight.data, 10, 'global'));
  });

  it('draws a page of a two-layer run’s neurons, each tile scaled alone', async () => {
    const model = buildTwoLayerNet(50, new Rng(4));
    const runId = storeRun('two-layer', saveSafetensors(stateDict(model)));
    const picture = await service.compute({ kind: 'neurons', runId, params: { offset: 10, count: 20 } });
    expect(picture).toMatchObject({ kind: 'neurons', count: 20, total: 50 });
    expect(picture.labels?.[0]).toBe('11');
    const pixels = new Uint8Array(Buffer.from(picture.pixels, 'base64'));
    expect(pixels).toEqual(rowsToTiles(stateDict(model)['0.weight'].data, 50, 'per-tile', 10, 20));
    expect(pixels.length).toBe(20 * TILE_BYTES);
  });

  it('shows what the neurons learned: the weights minus the ones rebuilt from the run’s seed', async () => {
    const model = buildTwoLayerNet(20, new Rng(9));
    const weight = stateDict(model)['0.weight'];
    // Training wrote a known pattern on top of the initial noise: a ramp in every row, steeper each row.
    const delta = new Float32Array(weight.data.length);
    for (let i = 0; i < delta.length; i++) delta[i] = (Math.floor(i / TILE_BYTES) + 1) * ((i % TILE_BYTES) / TILE_BYTES);
    for (let i = 0; i < delta.length; i++) weight.data[i] += delta[i];
    const runId = storeRun('two-layer', saveSafetensors(stateDict(model)), { seed: 9, hiddenSize: 20 });
    const learned = await service.compute({ kind: 'neurons', runId, params: { learned: 1 } });
    expect(learned.variant).toBe('learned');
    const pixels = new Uint8Array(Buffer.from(learned.pixels, 'base64'));
    const expected = rowsToTiles(delta, 20, 'per-tile');
    // Float rounding in (init + delta) − init moves a pixel by at most one level.
    let worst = 0;
    for (let i = 0; i < pixels.length; i++) worst = Math.max(worst, Math.abs(pixels[i] - expected[i]));
    expect(worst).toBeLessThanOrEqual(1);
    const raw = await service.compute({ kind: 'neurons', runId });
    expect(raw.variant).toBeUndefined();
    expect(raw.pixels).not.toBe(learned.pixels);
  });

  it('refuses what it cannot draw, by code', async () => {
    const bare = storeRun('softmax', null);
    expect(await codeOf(service.compute({ kind: 'class-templates', runId: bare }))).toBe('run-has-no-weights');
    expect(await codeOf(service.compute({ kind: 'template-film', runId: bare }))).toBe('pictures-unavailable');
    expect(await codeOf(service.compute({ kind: 'neurons', runId: 'no-such-run' }))).toBe('run-not-found');
    expect(await codeOf(service.compute({ kind: 'one-image', params: { imageIndex: 0 } }))).toBe('dataset-not-imported');
  });

  it('reports a corrupt weights file as unavailable pictures, naming the problem', async () => {
    const runId = storeRun('softmax', new Uint8Array([1, 2, 3]));
    expect(await codeOf(service.compute({ kind: 'class-templates', runId }))).toBe('pictures-unavailable');
  });
});
