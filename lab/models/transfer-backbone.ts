// A library model as lesson 8's frozen backbone, run in the inference worker: a copy of the model with
// its classifier's features exposed as an extra output (graph surgery, cached beside the run store),
// opened once per worker; 8-bit features of a quantized model are dequantized here.
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ApiInputError } from '../../contract/guards';
import { exposeFeatures } from '../../native-models/surgery/expose-tensor';
import type { FeatureTensor } from '../../native-models/surgery/feature-tensor';
import { providerOrder } from '../../native-models/runtime/provider-order';
import { geometryOf, inputDims, type ModelService } from './model-service';
import type { FeatureBackbone } from '../transfer/photo-features';

interface Exposed {
  path: string;
  features: FeatureTensor;
}

/** The exposed copy's file, made once per model (surgery decodes the whole graph). */
function exposedCopy(models: ModelService, modelId: string, cacheDir: string): Exposed {
  const path = join(cacheDir, `${modelId}.onnx`);
  const infoPath = join(cacheDir, `${modelId}.json`);
  if (existsSync(path) && existsSync(infoPath)) return { path, features: JSON.parse(readFileSync(infoPath, 'utf8')) as FeatureTensor };
  const model = models.get(modelId);
  const exposed = exposeFeatures(new Uint8Array(readFileSync(models.store.modelPath(modelId))));
  if (!exposed) throw ApiInputError.of({ code: 'transfer-no-features', params: { model: model.name } });
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(`${path}.tmp`, exposed.bytes);
  renameSync(`${path}.tmp`, path);
  writeFileSync(infoPath, JSON.stringify(exposed.features));
  return { path, features: exposed.features };
}

export async function workerBackbone(models: ModelService, modelId: string, cacheDir: string): Promise<FeatureBackbone> {
  const model = models.get(modelId);
  const exposed = exposedCopy(models, modelId, cacheDir);
  const host = models.inferenceHost;
  const key = `features:${modelId}`;
  let openedOn = -1;
  const q = exposed.features.quantization ?? { scale: 1, zeroPoint: 0 };
  return {
    preprocessing: model.preprocessing,
    geometry: geometryOf(model.preprocessing),
    async features(batch, count) {
      // A worker that died took its sessions with it: reopen on the new one.
      if (openedOn !== host.generation || openedOn < 0) {
        await host.open(key, exposed.path, providerOrder());
        openedOn = host.generation;
      }
      const out = await host.run(key, model.io.imageInput, batch, inputDims(model.io, model.preprocessing, count), exposed.features.name);
      const data = out.data;
      for (let i = 0; i < data.length; i++) data[i] = (data[i] - q.zeroPoint) * q.scale;
      return data;
    },
  };
}
