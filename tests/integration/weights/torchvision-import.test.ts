// Importing torchvision's weights through the service, as the Models screen does: a random-weight
// torchvision EfficientNet-B0 .pth (torch.save's zip layout) and its safetensors become (a) airi
// weights in the weights library and (b) an ONNX model in the model library whose logits in ONNX
// Runtime equal PyTorch's within 1e-4 relative; a ResNet-18 is refused naming what it holds, and
// neither library changes; Grad-CAM runs on the airi copy on its worker. The .pth files are generated
// with Debian's python3-torchvision into the git-ignored tests/fixtures/generated/ (21 MB and 47 MB);
// VGG16's 528 MB file is left to the benchmark (npm run bench -- --torchvision-import).
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, readFileSync, readdirSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import * as ort from 'onnxruntime-node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSafetensors } from '../../../airi';
import type { EventChannel, Events } from '../../../contract/events';
import type { WeightsImportProgress } from '../../../contract/weights/imported-weights';
import { ModelService } from '../../../lab/models/model-service';
import { TorchvisionWeightsService } from '../../../lab/models/torchvision-weights-service';
import { SHARED_CATS, catPhoto } from '../../helpers/onnx-fixtures';
import { prerequisite } from '../../helpers/prerequisites';
import { makeTempHome } from '../../helpers/temp-home';

const DIST = join(process.cwd(), 'dist', 'node');
const GENERATOR = join(process.cwd(), 'scripts', 'fixtures', 'generate-torchvision-pth.py');
const GENERATED = join(process.cwd(), 'tests', 'fixtures', 'generated', 'torchvision-pth');
const hasTorch = (() => {
  try {
    execFileSync('/usr/bin/python3', ['-c', 'import torchvision'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();
const torch = prerequisite('Debian\'s python3-torchvision', hasTorch || existsSync(join(GENERATED, 'resnet18-random.pth')), 'apt install python3-torchvision');

function generated(name: string): string {
  const file = join(GENERATED, `${name}-random.pth`);
  if (!existsSync(file)) execFileSync('/usr/bin/python3', [GENERATOR, name, GENERATED], { stdio: 'pipe' });
  return file;
}

describe.skipIf(torch.skip)('importing torchvision weights', { timeout: 240_000 }, () => {
  const home = makeTempHome();
  const events: { channel: EventChannel; payload: unknown }[] = [];
  const models = new ModelService(home.dir, join(DIST, 'inference-worker.mjs'));
  const weights = new TorchvisionWeightsService({
    dataDirectory: home.dir, models, camWorkerScript: join(DIST, 'weights-cam-worker.mjs'),
    emit: <E extends EventChannel>(channel: E, payload: Events[E]) => events.push({ channel, payload }),
  });
  beforeAll(() => {
    torch.check();
    generated('efficientnet_b0');
    generated('resnet18');
  });
  afterAll(async () => {
    await weights.close();
    await models.close();
    home.remove();
  });

  it('refuses a ResNet-18 with the code, saying what it found, and leaves both libraries as they were', async () => {
    const error = await weights.importFile({ path: join(GENERATED, 'resnet18-random.pth'), file: 'resnet18-f37072fd.pth' }).catch((e: unknown) => e);
    expect(error).toMatchObject({ info: { code: 'weights-unknown-architecture' } });
    const found = (error as { info: { params: { found: string } } }).info.params.found;
    console.info(`resnet18: ${found}`);
    expect(found).toMatch(/ResNet/);
    expect(found).toMatch(/conv1\.weight \[64, 3, 7, 7\]/);
    expect(weights.list()).toEqual([]);
    expect(models.list()).toEqual([]);
    expect(readdirSync(join(home.dir, 'weights'))).toEqual([]);
    expect(events.at(-1)).toMatchObject({ channel: 'weights:finished', payload: { ok: false } });
  });

  it('imports EfficientNet-B0 from a .pth: airi weights kept, ONNX logits equal PyTorch\'s within 1e-4', async () => {
    events.length = 0;
    const imported = await weights.importFile({ path: join(GENERATED, 'efficientnet_b0-random.pth'), file: 'efficientnet_b0_rwightman-3dd342df.pth' });
    expect(imported).toMatchObject({ architecture: 'efficientnet_b0', classes: 1000, params: 5_288_548, labelsSource: 'imagenet', name: 'EfficientNet-B0 (ImageNet)' });
    const phases = events.filter((e) => e.channel === 'weights:progress').map((e) => (e.payload as WeightsImportProgress).phase);
    expect([...new Set(phases)]).toEqual(['reading', 'recognising', 'loading', 'saving', 'exporting', 'checking']);
    const fractions = events.filter((e) => e.channel === 'weights:progress').map((e) => (e.payload as WeightsImportProgress).fraction);
    expect(fractions.every((f, i) => i === 0 || f >= fractions[i - 1])).toBe(true);
    expect(fractions.at(-1)).toBeCloseTo(1, 5);

    const model = models.get(imported.onnxModelId!);
    expect(model.preprocessing).toMatchObject({ resize: 'shorter-side-crop', resizeTo: 256, size: 224, mean: [0.485, 0.456, 0.406], std: [0.229, 0.224, 0.225] });
    expect(models.store.labels(model.id)[281]).toMatch(/tabby/);

    const { input, logits } = loadSafetensors(readFileSync(join(GENERATED, 'efficientnet_b0-random-io.safetensors'))).tensors;
    const session = await ort.InferenceSession.create(models.store.modelPath(model.id));
    const out = await session.run({ [session.inputNames[0]]: new ort.Tensor('float32', input.data, input.shape) });
    const got = out[session.outputNames[0]].data as Float32Array;
    const scale = Math.max(...Array.from(logits.data, Math.abs));
    const worst = Math.max(...Array.from(logits.data, (v, i) => Math.abs(v - got[i]))) / scale;
    console.info(`EfficientNet-B0 .pth -> ONNX Runtime: max relative difference of the logits ${worst.toExponential(2)} (PyTorch vs ONNX)`);
    expect(worst).toBeLessThan(1e-4);

    const { net } = await weights.library.loadNet(imported.id);
    const airi = net.forward(input, false).data;
    const airiWorst = Math.max(...Array.from(logits.data, (v, i) => Math.abs(v - airi[i]))) / scale;
    console.info(`EfficientNet-B0 .pth -> airi weights library: max relative difference ${airiWorst.toExponential(2)} (PyTorch vs airi)`);
    expect(airiWorst).toBeLessThan(1e-4);
  });

  it('refuses the same weights twice, whether .pth or safetensors of the same file bytes', async () => {
    const copy = join(home.dir, 'efficientnet_b0_rwightman-3dd342df.pth');
    copyFileSync(join(GENERATED, 'efficientnet_b0-random.pth'), copy);
    await expect(weights.importFile({ path: copy, file: 'copy.pth' })).rejects.toMatchObject({ info: { code: 'weights-duplicate' } });
    await expect(weights.importFile({ path: join(home.dir, 'nowhere.pth'), file: 'nowhere.pth' })).rejects.toMatchObject({ info: { code: 'weights-file-not-found' } });
  });

  it('imports the safetensors of the same state dict as a second import', async () => {
    const imported = await weights.importFile({ path: join(GENERATED, 'efficientnet_b0-random.safetensors'), file: 'efficientnet_b0.safetensors', name: 'B0 from safetensors' });
    expect(imported).toMatchObject({ architecture: 'efficientnet_b0', classes: 1000, name: 'B0 from safetensors' });
    expect(weights.list()).toHaveLength(2);
    expect(models.list().map((m) => m.name)).toEqual(['EfficientNet-B0 (ImageNet)', 'B0 from safetensors']);
    expect(imported.onnxModelId).toBe(models.list()[1].id);
  });

  it('classifies a cat through ONNX Runtime on each provider, and explains it with airi\'s Grad-CAM at any stage', async () => {
    const [imported] = weights.list();
    const photo = new Uint8Array(readFileSync(catPhoto(readdirSync(SHARED_CATS).sort()[0])));
    const speeds = await weights.speeds(imported.id, photo, 'cat.jpg');
    console.info(`EfficientNet-B0 ms per image: ${speeds.speeds.map((s) => `${s.provider} ${s.ok ? s.msPerImage!.toFixed(1) : `no (${s.reason})`}`).join('; ')}`);
    expect(speeds.speeds.find((s) => s.provider === 'cpu')).toMatchObject({ ok: true, runs: 3 });

    const cam = await weights.gradCam({ id: imported.id, uploadId: '' }, photo, 'cat.jpg');
    console.info(`EfficientNet-B0 Grad-CAM at ${cam.layers[cam.layer].label}: ${cam.ms.total.toFixed(0)} ms (forward ${cam.ms.forward.toFixed(0)}, backward ${cam.ms.backward.toFixed(0)}) on ${cam.backend}`);
    expect(cam.layers.map((l) => l.path)).toEqual(Array.from({ length: 9 }, (_, i) => `features.${i}`));
    expect(cam.layer).toBe(8);
    expect(cam.classIndex).toBe(cam.top[0].index);
    const heat = Buffer.from(cam.heatmapBase64, 'base64');
    expect(heat.length).toBe(224 * 224);
    expect(Math.max(...heat)).toBe(255);
    const stage3 = await weights.gradCam({ id: imported.id, uploadId: '', layer: 3, classIndex: 281 }, photo, 'cat.jpg');
    expect(stage3).toMatchObject({ layer: 3, classIndex: 281, label: expect.stringMatching(/tabby/) });
  });

  it('downloads from the given address and refuses a file that is not the published one (hash prefix), leaving the libraries alone', async () => {
    const body = readFileSync(join(GENERATED, 'efficientnet_b0-random.pth'));
    const server = createServer((_req, res) => res.end(body));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const mirrored = new TorchvisionWeightsService({
      dataDirectory: home.dir, models, camWorkerScript: join(DIST, 'weights-cam-worker.mjs'), emit: () => {},
      downloadBase: `http://127.0.0.1:${(server.address() as AddressInfo).port}/models/`,
    });
    try {
      const before = weights.list().length;
      const error = await mirrored.download('efficientnet_b0_rwightman-3dd342df.pth').catch((e: unknown) => e);
      expect(error).toMatchObject({ info: { code: 'weights-hash-mismatch', params: { expected: '3dd342df' } } });
      expect(mirrored.status().downloads.map((d) => d.partialBytes)).toEqual([0, 0]);
      expect(readdirSync(mirrored.downloadsFolder)).toEqual([]);
      expect(weights.list()).toHaveLength(before);
    } finally {
      server.close();
      await mirrored.close();
    }
  });

  it('removes an import with its ONNX model', async () => {
    const [first] = weights.list();
    expect(await weights.remove(first.id)).toBe(true);
    expect(weights.list()).toHaveLength(1);
    expect(models.list().map((m) => m.name)).toEqual(['B0 from safetensors']);
  });
});
