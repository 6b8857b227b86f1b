// Lesson 8's full fine-tuning through the real API (guards, the fine-tuning worker bundle, SQLite):
// a random-weight torchvision EfficientNet-B0 stand-in in the weights library, a tiny folder (3 breeds
// × 3 cats, split 1/1/1), 2 epochs at 64×64 (EfficientNet-B0 takes any multiple of 32; 224 is the
// real size, far too slow for a test on 2 cores), the last stages trained. The run stores its curves,
// its split report, model.safetensors by torchvision's names (frozen stages unchanged, a 3-class
// classifier.1) and classifier.onnx, which classifies a dropped cat and exports; Grad-CAM runs in
// airi on the saved network at features.0 to 8 and agrees with ONNX Runtime on the probabilities.
import { cpSync, mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import * as ort from 'onnxruntime-node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSafetensors } from '../../../airi';
import type { TrainingFinished, TrainingProgress } from '../../../contract/events';
import type { LabApi } from '../../../contract/transport';
import type { ImportedWeights } from '../../../contract/weights/imported-weights';
import { createLab } from '../../../lab/app/create-lab';
import type { Lab } from '../../../lab/app/lab';
import { uploadFile } from '../../../renderer/components/photos/upload-file';
import { importEfficientNetStandIn } from '../../helpers/efficientnet-weights';
import { inProcessApi } from '../../helpers/lab-api';
import { SHARED_CATS } from '../../helpers/onnx-fixtures';
import { makeTempHome, WORKER_SCRIPT } from '../../helpers/temp-home';

const fileOf = (path: string) => new File([readFileSync(path)], basename(path));
const codeOf = (promise: Promise<unknown>) => promise.then(() => 'no error', (e: { info?: { code: string } | null; message: string }) => e.info?.code ?? e.message);
const BREEDS = ['Bengal', 'Persian', 'Siamese'];

describe('lesson 8 full fine-tuning through the API', () => {
  const home = makeTempHome();
  const folder = join(home.dir, 'three-breeds');
  let lab: Lab;
  let api: LabApi;
  let weights: ImportedWeights;

  beforeAll(async () => {
    weights = importEfficientNetStandIn(home.dir);
    for (const breed of BREEDS) {
      mkdirSync(join(folder, breed), { recursive: true });
      for (const f of readdirSync(join(SHARED_CATS, breed)).sort().slice(0, 3)) cpSync(join(SHARED_CATS, breed, f), join(folder, breed, f));
    }
    lab = await createLab({ mode: 'browser', dataDirectory: home.dir, workerScript: WORKER_SCRIPT });
    api = inProcessApi(lab);
  }, 180_000);
  afterAll(async () => {
    await lab?.close();
    home.remove();
  });

  it('lists the imported EfficientNet-B0 and refuses bad requests by code', async () => {
    expect(await api.invoke('transfer:finetune-weights', undefined)).toEqual([{ id: weights.id, name: weights.name, file: weights.file, classes: 1000 }]);
    expect(await codeOf(api.invoke('transfer:finetune', { weightsId: 'ffffffffffffffff', folder, seed: 1, epochs: 1, trainFrom: 6, size: 64, batchSize: 3 }))).toBe('weights-not-found');
    expect(await codeOf(api.invoke('transfer:finetune', { weightsId: weights.id, folder, seed: 1, epochs: 1, trainFrom: 6, size: 70, batchSize: 3 }))).toMatch(/multiple of 32/);
    expect(await codeOf(api.invoke('transfer:finetune', { weightsId: weights.id, folder, seed: 1, epochs: 1, trainFrom: 9, size: 64, batchSize: 3 }))).toMatch(/trainFrom must be/);
  });

  it('fine-tunes the last stages with progress, stores the run, and classifies, explains and exports with it', { timeout: 300_000 }, async () => {
    const progress: TrainingProgress[] = [];
    const off = api.on('training:progress', (p) => progress.push(p));
    const finished = new Promise<TrainingFinished>((resolve) => api.on('training:finished', resolve));
    const { runId } = await api.invoke('transfer:finetune', { weightsId: weights.id, folder, seed: 3, epochs: 2, trainFrom: 6, size: 64, batchSize: 3 });
    const done = await finished;
    off();
    expect(done.status, done.error ?? '').toBe('completed');
    console.log(`full fine-tune (3 breeds × 1 train photo, 64 px, 2 epochs): ${done.metrics.seconds.toFixed(1)} s, ${done.metrics.secondsPerTrainImage.toFixed(2)} s per train+validation image`);
    // One batch per epoch (3 training photos, batch 3): steps 1 and 2 of 2, each with the time left.
    expect(progress.map((p) => p.step)).toEqual([1, 2]);
    expect(progress.at(-1)).toMatchObject({ totalSteps: 2, epochs: 2 });
    expect(progress.every((p) => typeof p.etaSeconds === 'number')).toBe(true);

    const run = await api.invoke('runs:get', { runId });
    expect(run.hyperparameters).toMatchObject({ mode: 'full', weightsId: weights.id, trainFrom: 6, size: 64 });
    expect(run.series.find((s) => s.name === 'validationAccuracy')?.values).toHaveLength(2);
    const report = run.artifacts.transfer as { classes: string[]; counts: number[][]; confusion: number[][] };
    expect(report.classes).toEqual(BREEDS);
    expect(report.counts).toEqual([[1, 1, 1], [1, 1, 1], [1, 1, 1]]);
    expect(report.confusion.flat().reduce((a, b) => a + b, 0)).toBe(3);

    // The saved network: torchvision's names, a 3-class head, the frozen stem exactly as imported.
    const saved = loadSafetensors(new Uint8Array(readFileSync(join(home.dir, 'runs', runId, 'model.safetensors')))).tensors;
    const original = loadSafetensors(new Uint8Array(readFileSync(join(home.dir, 'weights', weights.id, 'weights.safetensors')))).tensors;
    expect(saved['classifier.1.weight'].shape).toEqual([3, 1280]);
    expect(Array.from(saved['features.0.0.weight'].data)).toEqual(Array.from(original['features.0.0.weight'].data));
    expect(Array.from(saved['features.7.0.block.3.0.weight'].data)).not.toEqual(Array.from(original['features.7.0.block.3.0.weight'].data));

    const cat = join(folder, 'Persian', readdirSync(join(folder, 'Persian')).sort()[0]);
    const top = await api.invoke('transfer:classify', { runId, uploadId: await uploadFile(api, fileOf(cat), 'photo') });
    expect(top.top).toHaveLength(3);
    expect(top.top.reduce((s, c) => s + c.probability, 0)).toBeCloseTo(1, 4);
    const cam = await api.invoke('transfer:explain', { runId, uploadId: await uploadFile(api, fileOf(cat), 'photo') });
    expect(cam.top[0].label).toBe(top.top[0].label);
    // airi's own Grad-CAM at the notebook's nine stages, one backward per class.
    expect(cam.stages.map((st) => st.block)).toEqual(Array.from({ length: 9 }, (_, i) => `features.${i}`));
    expect(cam.stages.every((st) => st.method === 'grad-cam' && st.gradient === 'airi')).toBe(true);
    expect(cam.stages.at(-1)).toMatchObject({ channels: 1280, height: 2, width: 2 });
    expect(cam.maps).toHaveLength(2);
    cam.maps.forEach((row) => row.forEach((map, i) => expect(map).toHaveLength(cam.stages[i].height * cam.stages[i].width)));
    expect(cam.top[0].probability).toBeCloseTo(top.top[0].probability, 3);

    const exported = await api.invoke('runs:export', { runId, format: 'onnx' });
    const session = await ort.InferenceSession.create(Uint8Array.from(Buffer.from(exported.base64, 'base64')));
    expect(session.outputNames).toEqual(['output']);
  });

  it('stops between batches when asked, keeping the best epoch so far, tested', { timeout: 120_000 }, async () => {
    const finished = new Promise<TrainingFinished>((resolve) => api.on('training:finished', resolve));
    let runId = '';
    const off = api.on('training:progress', (p) => {
      if (p.runId === runId && p.step === 1) void api.invoke('training:stop', { runId });
    });
    ({ runId } = await api.invoke('transfer:finetune', { weightsId: weights.id, folder, seed: 4, epochs: 50, trainFrom: 8, size: 64, batchSize: 3 }));
    const done = await finished;
    off();
    expect(done.status).toBe('stopped');
    expect(done.metrics.bestEpoch).toBeGreaterThanOrEqual(1);
    expect(done.metrics.bestEpoch).toBeLessThan(50);
    expect(done.metrics.testAccuracy).toBeGreaterThanOrEqual(0);
    expect((await api.invoke('runs:get', { runId })).artifacts.transfer).toBeTruthy();
  });
});
