// models:explain through the lab's service and the inference worker on the shared int8 MobileNetV2:
// the top two classes' Grad-CAM at the default layer (the last convolution, 7×7), Eigen-CAM at every
// stage, and the worded errors for a layer the model does not have and a class it does not have.
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ModelExplainer } from '../../../lab/models/model-explainer';
import { ModelService } from '../../../lab/models/model-service';
import { SHARED_CATS, SHARED_MODEL } from '../../helpers/onnx-fixtures';
import { sharedFile } from '../../helpers/prerequisites';
import { makeTempHome } from '../../helpers/temp-home';

const INFERENCE_WORKER = join(process.cwd(), 'dist', 'node', 'inference-worker.mjs');
const shared = sharedFile('models', 'mobilenetv2-12-int8.onnx');

describe.skipIf(shared.needed.skip)('models:explain on the shared int8 MobileNetV2', () => {
  const home = makeTempHome();
  const service = new ModelService(home.dir, INFERENCE_WORKER);
  const explainer = new ModelExplainer(service);
  afterAll(async () => {
    await service.close();
    home.remove();
  });
  const photo = () => new Uint8Array(readFileSync(join(SHARED_CATS, 'Siamese', 'Siamese_109.jpg')));

  it('explains the top two classes at the last convolution, and every stage by Eigen-CAM', async () => {
    const model = await service.importFile({ path: SHARED_MODEL, file: basename(SHARED_MODEL) });
    const { layers, defaultLayer } = await explainer.layers(model.id);
    expect(defaultLayer).toBe('627_quantized');
    const result = await explainer.explain(model.id, photo(), 'siamese.jpg', { method: 'grad-cam' });
    expect(result.maps.map((m) => m.classIndex)).toEqual(result.top.slice(0, 2).map((t) => t.classIndex));
    expect(result.top[0].label).toBe('Siamese cat');
    const [first] = result.maps;
    expect([first.layer, first.channels, first.height, first.width, first.gradient]).toEqual(['627_quantized', 1280, 7, 7, 'linear-head']);
    expect(first.cam).toHaveLength(49);
    expect(Math.max(...first.cam)).toBeGreaterThan(0);
    const heat = Buffer.from(first.heatBase64, 'base64');
    expect(heat).toHaveLength(224 * 224);
    expect([Math.min(...heat), Math.max(...heat)]).toEqual([0, 255]);
    expect(Buffer.from(result.pngBase64, 'base64').subarray(1, 4).toString()).toBe('PNG');
    expect([result.inputWidth, result.inputHeight]).toEqual([224, 224]);

    const stages = layers.filter((l) => l.blockEnd).map((l) => l.name);
    const eigen = await explainer.explain(model.id, photo(), 'siamese.jpg', { method: 'eigen-cam', layers: stages, classIndices: [284] });
    expect(eigen.maps.map((m) => m.height)).toEqual([112, 56, 28, 14, 7]);
    expect(eigen.maps.every((m) => m.gradient === null && m.cam.some((v) => v > 0))).toBe(true);
  }, 120_000);

  it('words a layer the model does not have and a class out of range', async () => {
    const [model] = service.list();
    await expect(explainer.explain(model.id, photo(), 'cat.jpg', { method: 'grad-cam', layers: ['conv99'] })).rejects.toMatchObject({
      info: { code: 'cam-layer-unknown', params: { layer: 'conv99' } },
    });
    await expect(explainer.explain(model.id, photo(), 'cat.jpg', { method: 'grad-cam', classIndices: [1000] })).rejects.toMatchObject({
      info: { code: 'cam-class-out-of-range', params: { classIndex: 1000, classes: 1000 } },
    });
  }, 60_000);
});
