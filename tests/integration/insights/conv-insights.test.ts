// insights:compute for lessons 5 and 6, for real: a DemoConvNet run's weights and preprocessing in
// its folder, a real SQLite store, a real (tiny) CIFAR-10 cache, the bundled insights worker on the
// WASM backend, and a real cat photo sent as an upload. Feature maps and Grad-CAM of a test image and
// of the photo, the confusion matrix and a cell's gallery come back; a photo that is not one, a
// missing film strip and a lesson without these pictures are refused by code.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Rng, saveSafetensors, stateDict } from '../../../airi';
import { ApiInputError } from '../../../contract/guards';
import { cacheRoot, setCurrentCache, writeCache } from '../../../lab/datasets/cifar10-cache';
import { CIFAR10_CLASSES } from '../../../lab/datasets/cifar10-format';
import { fitPreprocessing, pixelAffine } from '../../../lab/datasets/preprocessing';
import { InsightsService } from '../../../lab/trainer/insights-service';
import { buildDemoConvNet } from '../../../lab/lessons/cifar/cifar-models';
import { PREPROCESSING_FILE, preprocessingBytes } from '../../../lab/lessons/convnet/pictures/run-inputs';
import type { RunStore } from '../../../lab/run-store/run-store';
import { UploadStore } from '../../../lab/uploads/upload-store';
import { tinySplit } from '../../unit/lab/datasets/tiny-split';
import { WORKER_SCRIPT } from '../../helpers/temp-home';
import { useTempStore } from '../../helpers/temp-store';

const INSIGHTS_WORKER = join(WORKER_SCRIPT, '..', 'insights-worker.mjs');
const CAT = join(import.meta.dirname, '../../../../shared/datasets/oxford-pets-cats/Bengal/Bengal_107.jpg');

async function codeOf(promise: Promise<unknown>): Promise<string | undefined> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(ApiInputError);
    return (error as ApiInputError).info?.code;
  }
  throw new Error('expected a refusal');
}

describe('InsightsService for lessons 5 and 6', () => {
  const temp = useTempStore('all');
  let store: RunStore;
  let uploads: UploadStore;
  let service: InsightsService;
  let runId: string;

  async function upload(file: string, bytes: Uint8Array): Promise<string> {
    const { uploadId } = await uploads.start({ file, bytes: bytes.length, purpose: 'photo' });
    await uploads.chunk({ uploadId, offset: 0, data: Buffer.from(bytes).toString('base64') });
    return uploadId;
  }

  beforeAll(async () => {
    store = temp.store;
    uploads = new UploadStore(temp.dir);
    service = new InsightsService({ store, dataDirectory: temp.dir, workerScript: INSIGHTS_WORKER, uploads });
    const train = tinySplit(30);
    await writeCache(cacheRoot(temp.dir), 'abc123', { classes: CIFAR10_CLASSES, train, test: tinySplit(40) }, {
      classes: [...CIFAR10_CLASSES], source: { path: 'tiny', kind: 'folder', format: 'binary', size: 0, mtimeMs: 0 },
      limitPerClass: null, importedAt: new Date(0).toISOString(), importSeconds: 0,
    });
    await setCurrentCache(cacheRoot(temp.dir), 'abc123');
    const run = store.createRun({ lessonId: 'convnet', hyperparameters: {}, seed: 1, appVersion: 'test' });
    store.finishRun(run.id, 'completed', { testAccuracy: 0.1 }, null);
    runId = run.id;
    const runDir = join(temp.dir, 'runs', runId);
    mkdirSync(runDir, { recursive: true });
    writeFileSync(join(runDir, 'model.safetensors'), saveSafetensors(stateDict(buildDemoConvNet(new Rng(2)))));
    writeFileSync(join(runDir, PREPROCESSING_FILE), preprocessingBytes(pixelAffine(fitPreprocessing('normalize', train))));
  });
  afterAll(async () => {
    await uploads.close();
  });

  it('draws the filters, feature maps and Grad-CAM of a test image in the worker', async () => {
    expect((await service.compute({ kind: 'filters', runId })).count).toBe(16);
    const maps = await service.compute({ kind: 'feature-maps', runId, params: { imageIndex: 5, layer: 1 } });
    expect([maps.count, maps.tileWidth, maps.values?.label[0]]).toEqual([16, 24, 5]);
    const cam = await service.compute({ kind: 'grad-cam', runId, params: { imageIndex: 5, classIndex: 2, method: 2 } });
    expect(cam.values?.classIndex).toEqual([2]);
    expect(cam.values?.layer).toEqual([1, 3]);
  });

  it('explains a real cat photo sent as an upload, and refuses a file that is not a photo', async () => {
    const uploadId = await upload('Bengal_107.jpg', readFileSync(CAT));
    const cam = await service.compute({ kind: 'grad-cam', runId, uploadId });
    expect(cam.values?.label).toEqual([-1]);
    const maps = await service.compute({ kind: 'feature-maps', runId, uploadId, params: { layer: 0 } });
    expect(maps.count).toBe(16);
    const bad = await upload('notes.jpg', new TextEncoder().encode('lecture notes'));
    expect(await codeOf(service.compute({ kind: 'grad-cam', runId, uploadId: bad }))).toBe('photo-not-image');
  });

  it('computes the confusion matrix from the run\'s weights and opens a cell', async () => {
    const matrix = await service.compute({ kind: 'confusion', runId });
    const counts = matrix.values!.counts;
    expect(counts.reduce((a, b) => a + b, 0)).toBe(40);
    const cell = counts.findIndex((c) => c > 0);
    const gallery = await service.compute({ kind: 'cell-gallery', runId, params: { actual: Math.floor(cell / 10), predicted: cell % 10 } });
    expect(gallery.total).toBe(counts[cell]);
  });

  it('refuses a film strip the run did not store and a lesson without these pictures', async () => {
    expect(await codeOf(service.compute({ kind: 'cam-film', runId }))).toBe('pictures-unavailable');
    const other = store.createRun({ lessonId: 'softmax', hyperparameters: {}, seed: 1, appVersion: 'test' });
    await expect(service.compute({ kind: 'grad-cam', runId: other.id })).rejects.toThrow(/lessons 5 and 6/);
  });
});
