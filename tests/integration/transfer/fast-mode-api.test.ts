// Lesson 8's fast mode through the real API (guards, the inference worker bundle with the exposed
// features, the head worker bundle, SQLite): the shared MobileNetV2 imported into the library, the
// shared 84 cats scanned (12 breeds split 5/1/1), a stored run trained with progress events and far
// above chance (1/12), its head saved as safetensors, and a dropped cat photo classified into the
// top 5 breeds. Bad folders, bad numbers and a run with no head get their codes.
import { readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TrainingFinished, TrainingProgress } from '../../../contract/events';
import type { ModelSummary } from '../../../contract/models/models';
import type { LabApi } from '../../../contract/transport';
import type { TransferReport } from '../../../lab/transfer/split-report';
import * as ort from 'onnxruntime-node';
import type { Preprocessing } from '../../../contract/models/models';
import { geometryOf } from '../../../lab/models/model-service';
import { decodePhoto } from '../../../lab/photos';
import { pixelsToTensor } from '../../../native-models/preprocess/to-tensor';
import { createLab } from '../../../lab/app/create-lab';
import type { Lab } from '../../../lab/app/lab';
import { uploadFile } from '../../../renderer/components/photos/upload-file';
import { inProcessApi } from '../../helpers/lab-api';
import { SHARED_CATS, SHARED_MODEL, catPhoto } from '../../helpers/onnx-fixtures';
import { makeTempHome, WORKER_SCRIPT } from '../../helpers/temp-home';

const fileOf = (path: string) => new File([readFileSync(path)], basename(path));
const codeOf = (promise: Promise<unknown>) => promise.then(() => 'no error', (e: { info?: { code: string } | null; message: string }) => e.info?.code ?? e.message);

describe('lesson 8 fast mode through the API', () => {
  const home = makeTempHome();
  let lab: Lab;
  let api: LabApi;
  let model: ModelSummary;

  beforeAll(async () => {
    lab = await createLab({ mode: 'browser', dataDirectory: home.dir, workerScript: WORKER_SCRIPT });
    api = inProcessApi(lab);
    model = await api.invoke('models:import', { uploadId: await uploadFile(api, fileOf(SHARED_MODEL), 'model') });
  });
  afterAll(async () => {
    await lab?.close();
    home.remove();
  });

  it('scans the shared cats into a seeded 5/1/1 split per breed, and refuses bad folders and numbers by code', async () => {
    const scan = await api.invoke('transfer:scan', { folder: SHARED_CATS, seed: 1337 });
    expect(scan.classes).toHaveLength(12);
    expect(scan.photos).toBe(84);
    expect(scan.counts).toEqual(scan.classes.map(() => [5, 1, 1]));
    expect(await codeOf(api.invoke('transfer:scan', { folder: join(home.dir, 'nowhere'), seed: 1 }))).toBe('transfer-folder-unreadable');
    expect(await codeOf(api.invoke('transfer:scan', { folder: join(SHARED_CATS, 'Persian'), seed: 1 }))).toBe('transfer-too-few-classes');
    expect(await codeOf(api.invoke('transfer:train', { modelId: model.id, folder: SHARED_CATS, seed: 1, epochs: 0 }))).toMatch(/epochs must be/);
    expect(await codeOf(api.invoke('transfer:train', { modelId: 'ffffffffffffffff', folder: SHARED_CATS, seed: 1, epochs: 5 }))).toBe('model-not-found');
  });

  it('trains a stored run far above chance, saves the head, classifies a dropped cat into the top 5, exports it and draws its Grad-CAM grid', { timeout: 400_000 }, async () => {
    const progress: TrainingProgress[] = [];
    const offProgress = api.on('training:progress', (p) => progress.push(p));
    const finished = new Promise<TrainingFinished>((resolve) => api.on('training:finished', resolve));
    const { runId } = await api.invoke('transfer:train', { modelId: model.id, folder: SHARED_CATS, seed: 1337, epochs: 60 });
    const done = await finished;
    offProgress();
    expect(done.runId).toBe(runId);
    expect(done.status, done.error ?? '').toBe('completed');
    console.log(`fast mode via API: validation ${done.metrics.validationAccuracy.toFixed(3)}, test ${done.metrics.testAccuracy.toFixed(3)}, ${done.metrics.seconds.toFixed(1)} s`);
    expect(done.metrics.validationAccuracy).toBeGreaterThanOrEqual(0.4);
    expect(done.metrics.testAccuracy).toBeGreaterThanOrEqual(0.3);
    expect(progress.some((p) => p.epoch === 0 && p.step > 0)).toBe(true);
    expect(progress.at(-1)).toMatchObject({ step: 84 + 60, totalSteps: 84 + 60, epoch: 60 });

    const run = await api.invoke('runs:get', { runId });
    expect(run.lessonId).toBe('cat-breeds');
    expect(run.status).toBe('completed');
    expect(run.series.find((s) => s.name === 'validationAccuracy')?.values).toHaveLength(60);
    const report = run.artifacts.transfer as TransferReport;
    expect(report.confusion.flat().reduce((a, b) => a + b, 0)).toBe(12);
    expect(report.perClassAccuracy).toHaveLength(12);
    expect(report.bad).toEqual([]);
    expect(readdirSync(join(home.dir, 'runs', runId))).toContain('head.safetensors');

    const persian = catPhoto('Persian');
    const result = await api.invoke('transfer:classify', { runId, uploadId: await uploadFile(api, fileOf(persian), 'photo') });
    expect(result.top).toHaveLength(5);
    expect(report.classes).toContain(result.top[0].label);
    for (let i = 1; i < 5; i++) expect(result.top[i - 1].probability).toBeGreaterThanOrEqual(result.top[i].probability);
    expect(result.top.reduce((s, c) => s + c.probability, 0)).toBeLessThanOrEqual(1.0001);
    // A training photo of a breed the head learned should be named within its top 5.
    expect(result.top.map((c) => c.label)).toContain('Persian');

    // "Export ONNX": one file, the backbone and the head, that ONNX Runtime runs to the same answer.
    const exported = await api.invoke('runs:export', { runId, format: 'onnx' });
    expect(exported.fileName).toMatch(/^cat-breeds-.*\.onnx$/);
    const file = Uint8Array.from(Buffer.from(exported.base64, 'base64'));
    const session = await ort.InferenceSession.create(file);
    const p = run.artifacts.preprocessing as Preprocessing;
    expect(p).toEqual(model.preprocessing);
    const photo = await decodePhoto(new Uint8Array(readFileSync(persian)), persian, geometryOf(p));
    const out = await session.run({ [model.io.imageInput]: new ort.Tensor('float32', pixelsToTensor(photo.rgb, p), [1, 3, p.size, p.size]) });
    const probabilities = Array.from(out.probabilities.data as Float32Array);
    const best = probabilities.indexOf(Math.max(...probabilities));
    expect(report.classes[best]).toBe(result.top[0].label);
    expect(probabilities[best]).toBeCloseTo(result.top[0].probability, 4);

    // "Add to the model library": the same file, with the breeds as labels, classifies like the run.
    const library = await api.invoke('transfer:add-to-library', { runId });
    expect(library.io.classes).toBe(12);
    expect(library.preprocessing).toEqual(p);
    const viaLibrary = await api.invoke('models:classify', { modelId: library.id, uploadId: await uploadFile(api, fileOf(persian), 'photo'), top: 5 });
    expect(viaLibrary.top[0].label).toBe(result.top[0].label);
    expect(viaLibrary.top[0].probability).toBeCloseTo(result.top[0].probability, 4);

    // Grad-CAM for the top two at every stage (the 3×3 grid), from the run's classifier.
    const started = performance.now();
    const cam = await api.invoke('transfer:explain', { runId, uploadId: await uploadFile(api, fileOf(persian), 'photo') });
    console.log(`lesson 8 Grad-CAM grid (2 classes × ${cam.stages.length} stages): ${((performance.now() - started) / 1000).toFixed(1)} s (${cam.stages.map((st) => `${st.height}:${st.gradient}`).join(' ')})`);
    expect(cam.top[0].label).toBe(result.top[0].label);
    expect(cam.top[0].probability).toBeCloseTo(result.top[0].probability, 4);
    expect(cam.classIndices).toEqual([cam.top[0].classIndex, cam.top[1].classIndex]);
    expect(cam.stages).toHaveLength(9);
    expect(cam.stages.at(-1)).toMatchObject({ method: 'grad-cam', gradient: 'linear-head', channels: 1280, height: 7 });
    expect(cam.stages.every((st) => st.method === 'grad-cam')).toBe(true);
    expect(cam.maps).toHaveLength(2);
    for (const row of cam.maps) {
      row.forEach((map, i) => expect(map).toHaveLength(cam.stages[i].height * cam.stages[i].width));
      // At the last stage, each class lights up somewhere.
      expect(Math.max(...row.at(-1)!)).toBeGreaterThan(0);
    }
    const clicked = await api.invoke('transfer:explain', { runId, uploadId: await uploadFile(api, fileOf(persian), 'photo'), classIndices: [4] });
    expect(clicked.classIndices).toEqual([4]);
    expect(clicked.maps).toHaveLength(1);
    expect(await codeOf(api.invoke('transfer:explain', { runId, uploadId: await uploadFile(api, fileOf(persian), 'photo'), classIndices: [12] }))).toBe('cam-class-out-of-range');
  });

  it('refuses to classify with a run that has no head', async () => {
    const persian = catPhoto('Persian');
    const upload = await uploadFile(api, fileOf(persian), 'photo');
    expect(await codeOf(api.invoke('transfer:classify', { runId: 'nosuchrun', uploadId: upload }))).toBe('transfer-head-missing');
  });
});
