// The model library through the real API (uploads, guards, the inference worker bundle, ONNX Runtime):
// the shared MobileNetV2 imports, reports which providers it tried and why they fell back, and
// classifies the clear Persian and Siamese photos among the shared cats as domestic cats (ImageNet
// 281-285). A corrupt ONNX file, a text file renamed .onnx, a model with no image input and a
// truncated photo each get their coded error naming the file, and the library stays as it was.
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ModelSummary } from '../../../contract/models/models';
import type { LabApi } from '../../../contract/transport';
import { createLab } from '../../../lab/app/create-lab';
import type { Lab } from '../../../lab/app/lab';
import { uploadFile } from '../../../renderer/components/photos/upload-file';
import { inProcessApi } from '../../helpers/lab-api';
import { SHARED_CATS, SHARED_MODEL, SMALL_MODELS } from '../../helpers/onnx-fixtures';
import { makeTempHome, WORKER_SCRIPT } from '../../helpers/temp-home';

const DOMESTIC_CATS = [281, 282, 283, 284, 285];
const photosOf = (breed: string) =>
  readdirSync(join(SHARED_CATS, breed)).filter((f) => f.endsWith('.jpg')).sort().map((f) => join(SHARED_CATS, breed, f));
const fileOf = (path: string, name = basename(path)) => new File([readFileSync(path)], name);
const bytesFile = (bytes: Uint8Array | string, name: string) => new File([typeof bytes === 'string' ? bytes : new Uint8Array(bytes)], name);

describe('model library', () => {
  const home = makeTempHome();
  let lab: Lab;
  let api: LabApi;
  let model: ModelSummary;

  const send = (file: File, purpose: 'photo' | 'model' | 'labels') => uploadFile(api, file, purpose);
  const importModel = async (file: File, labels?: File) =>
    api.invoke('models:import', { uploadId: await send(file, 'model'), ...(labels ? { labelsUploadId: await send(labels, 'labels') } : {}) });
  const classify = async (file: File) => api.invoke('models:classify', { modelId: model.id, uploadId: await send(file, 'photo') });
  const libraryFolders = () => readdirSync(join(home.dir, 'models')).sort();

  beforeAll(async () => {
    lab = await createLab({ mode: 'browser', dataDirectory: home.dir, workerScript: WORKER_SCRIPT });
    api = inProcessApi(lab);
  });
  afterAll(async () => {
    await lab?.close();
    home.remove();
  });

  it('imports the shared MobileNetV2: image input, 1000 ImageNet classes, the provider that ran and why others fell back', async () => {
    model = await importModel(fileOf(SHARED_MODEL));
    expect(model.io).toMatchObject({ imageInput: 'input', layout: 'NCHW', height: 224, width: 224, scoresOutput: 'output', classes: 1000 });
    expect(model.labelsSource).toBe('imagenet');
    expect(model.sha256).toBe('cc028fe6cae7bc11a4ff53cfc9b79c920e8be65ce33a904ec3e2a8f66d77f95f');
    expect(model.preprocessing).toMatchObject({ resize: 'shorter-side-crop', resizeTo: 256, size: 224 });
    expect(model.attempts.at(-1)).toMatchObject({ ok: true, provider: model.provider });
    for (const failed of model.attempts.slice(0, -1)) expect(failed.reason, failed.provider).toMatch(/\w{4,}/);
    // The About screen lists only providers that opened a session, and why the others did not.
    const providers = await api.invoke('models:providers', undefined);
    expect(providers.probes.find((p) => p.provider === 'cpu')?.ok).toBe(true);
    const info = await api.invoke('app:info', undefined);
    expect(info.executionProviders).toEqual(providers.probes.filter((p) => p.ok).map((p) => p.provider));
    expect(info.providerFallbacks?.map((f) => f.provider)).toEqual(providers.probes.filter((p) => !p.ok).map((p) => p.provider));
    expect(libraryFolders()).toEqual([model.id]);
    expect(readFileSync(join(home.dir, 'models', model.id, 'model.onnx')).equals(readFileSync(SHARED_MODEL))).toBe(true);
  });

  it('classifies every clear Persian and Siamese photo as a domestic cat (281-285)', async () => {
    const photos = [...photosOf('Persian'), ...photosOf('Siamese')];
    expect(photos).toHaveLength(14);
    let exactBreed = 0;
    for (const path of photos) {
      const result = await classify(fileOf(path));
      expect(result.top).toHaveLength(5);
      expect(DOMESTIC_CATS, `${basename(path)}: ${result.top[0].label}`).toContain(result.top[0].classIndex);
      if (result.top[0].classIndex === (path.includes('Persian') ? 283 : 284)) exactBreed += 1;
      const sum = result.top.reduce((s, c) => s + c.probability, 0);
      expect(sum).toBeLessThanOrEqual(1.0001);
      expect(result.top[0].probability).toBeGreaterThanOrEqual(result.top[1].probability);
    }
    // Not asserted per photo (top-1 depends on resize details), but most name the breed itself.
    expect(exactBreed).toBeGreaterThanOrEqual(10);
  });

  it('refuses a corrupt ONNX file, a text file renamed .onnx and a model with no image input, naming each', async () => {
    const shared = readFileSync(SHARED_MODEL);
    const cases: [File, string][] = [
      [bytesFile(shared.subarray(0, 200_000), 'half-downloaded.onnx'), 'model-not-onnx'],
      [bytesFile('these are my notes about cats\n', 'notes.onnx'), 'model-not-onnx'],
      [fileOf(join(SMALL_MODELS, 'tabular-mlp.onnx')), 'model-no-image-input'],
    ];
    for (const [file, code] of cases) {
      const error = await importModel(file).then(() => null, (e: { info?: { code: string; params: { file: string } } }) => e);
      expect(error?.info?.code, file.name).toBe(code);
      expect(error?.info?.params.file).toBe(file.name);
    }
    expect(libraryFolders()).toEqual([model.id]);
  });

  it('refuses labels that do not match the class count, and imports an NHWC model with its own labels', async () => {
    const nhwc = fileOf(join(SMALL_MODELS, 'nhwc-4-classes.onnx'));
    const three = bytesFile('cat\ndog\nbird\n', 'three.txt');
    const error = await importModel(nhwc, three).then(() => null, (e: { info?: unknown }) => e);
    expect(error?.info).toEqual({ code: 'labels-mismatch', params: { file: 'three.txt', labels: 3, classes: 4 } });
    expect(libraryFolders()).toEqual([model.id]);
    const small = await importModel(nhwc, bytesFile('["cat","dog","bird","fish"]', 'four.json'));
    expect(small.io.layout).toBe('NHWC');
    expect(small.labelsSource).toBe('file');
    const result = await api.invoke('models:classify', { modelId: small.id, uploadId: await send(fileOf(photosOf('Bengal')[0]), 'photo') });
    expect(['cat', 'dog', 'bird', 'fish']).toContain(result.top[0].label);
    expect((await api.invoke('models:remove', { modelId: small.id })).removed).toBe(true);
    expect(libraryFolders()).toEqual([model.id]);
  });

  it('refuses the same model twice', async () => {
    const error = await importModel(fileOf(SHARED_MODEL, 'copy.onnx')).then(() => null, (e: { info?: unknown }) => e);
    expect(error?.info).toEqual({ code: 'model-duplicate', params: { file: 'copy.onnx', existing: 'mobilenetv2-12-int8' } });
  });

  it('names a truncated photo and a text file, and classifies the next photo', async () => {
    const cat = readFileSync(photosOf('Persian')[0]);
    await expect(classify(bytesFile(cat.subarray(0, cat.length >> 1), 'half-a-cat.jpg'))).rejects.toMatchObject({
      info: { code: 'photo-truncated', params: { file: 'half-a-cat.jpg' } },
    });
    await expect(classify(bytesFile('not a photo', 'cat.png'))).rejects.toMatchObject({ info: { code: 'photo-not-image' } });
    expect(DOMESTIC_CATS).toContain((await classify(fileOf(photosOf('Persian')[1]))).top[0].classIndex);
  });

  it('shows what the network sees, and stores an edited preprocessing', async () => {
    const preview = await api.invoke('models:preview', { modelId: model.id, uploadId: await send(fileOf(photosOf('Siamese')[0]), 'photo') });
    expect([preview.width, preview.height]).toEqual([224, 224]);
    expect(Buffer.from(preview.pngBase64, 'base64').subarray(1, 4).toString()).toBe('PNG');
    // ImageNet normalisation maps 0..255 to about -2.1..2.6.
    for (const r of preview.range) {
      expect(r.min).toBeGreaterThan(-2.2);
      expect(r.max).toBeLessThan(2.7);
    }
    const squash = { ...model.preprocessing, resize: 'squash' as const };
    expect((await api.invoke('models:set-preprocessing', { modelId: model.id, preprocessing: squash })).preprocessing.resize).toBe('squash');
    await expect(api.invoke('models:set-preprocessing', { modelId: model.id, preprocessing: { ...squash, size: 300, resizeTo: 300 } })).rejects.toMatchObject({
      info: { code: 'preprocessing-invalid' },
    });
    await api.invoke('models:set-preprocessing', { modelId: model.id, preprocessing: model.preprocessing });
  });

  it('forces a provider: one that runs here is stored, one that does not says why', async () => {
    const { probes } = await api.invoke('models:providers', undefined);
    for (const probe of probes) {
      const result = await api.invoke('models:set-provider', { modelId: model.id, provider: probe.provider }).then(
        (m) => ({ ok: true, provider: m.provider, preferred: m.preferredProvider }),
        (e: { info?: { code: string } }) => ({ ok: false, code: e.info?.code }),
      );
      if (probe.ok) expect(result).toEqual({ ok: true, provider: probe.provider, preferred: probe.provider });
      else expect(result).toEqual({ ok: false, code: 'provider-unavailable' });
    }
    const auto = await api.invoke('models:set-provider', { modelId: model.id, provider: 'auto' });
    expect(auto.preferredProvider).toBe('auto');
    expect(DOMESTIC_CATS).toContain((await classify(fileOf(photosOf('Siamese')[1]))).top[0].classIndex);
  });
});
