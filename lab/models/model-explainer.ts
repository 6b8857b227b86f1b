// models:cam-layers and models:explain: class activation maps of a library model for one photo.
// The photo is prepared as classify prepares it; the inference worker does the graph surgery, the
// session and the gradient (native-models/cam); this class checks the request against the model's
// layers first, so a bad layer or class is a worded error, and words the worker's own refusals.
import sharp from 'sharp';
import { minMaxNormalize, resizeBilinear } from '../../airi/explain/heatmap';
import { ApiInputError } from '../../contract/guards';
import type { LabErrorInfo } from '../../contract/lab-errors';
import type { CamLayers, ExplainRequest, ExplainResult } from '../../contract/models/explain';
import { topK } from '../../native-models/classify/top-k';
import type { ExplainRunResult } from '../../native-models/cam/cam-protocol';
import { pixelsToTensor } from '../../native-models/preprocess/to-tensor';
import { providerOrder } from '../../native-models/runtime/provider-order';
import { decodePhoto } from '../photos';
import { geometryOf, inputDims, type ModelService } from './model-service';

/** The worker's CamError travels as "code: {params}"; anything else is an inference failure. */
function camErrorOf(message: string): LabErrorInfo | null {
  const match = /^(cam-[a-z-]+): (\{.*\})$/s.exec(message);
  return match ? ({ code: match[1], params: JSON.parse(match[2]) } as LabErrorInfo) : null;
}

/** The map over the input as bytes (airi's bilinear stretch and min-max scaling, as lesson 6 draws). */
function heatBytes(cam: Float32Array, height: number, width: number, outHeight: number, outWidth: number): string {
  const heat = minMaxNormalize(resizeBilinear(cam, height, width, outHeight, outWidth));
  return Buffer.from(Uint8Array.from(heat, (v) => Math.round(v * 255))).toString('base64');
}

export type ExplainOptions = Omit<ExplainRequest, 'modelId' | 'uploadId'>;

export class ModelExplainer {
  private readonly layerCache = new Map<string, Promise<CamLayers>>();

  constructor(private readonly models: ModelService) {}

  /** The model's explainable layers (parsed once per model, in the worker). */
  layers(modelId: string): Promise<CamLayers> {
    const model = this.models.get(modelId);
    let layers = this.layerCache.get(modelId);
    if (!layers) {
      layers = this.models.inferenceHost
        .camLayers({ path: this.models.store.modelPath(modelId), scoresOutput: model.io.scoresOutput })
        .then((found) => ({ modelId, ...found }));
      layers.catch(() => this.layerCache.delete(modelId));
      this.layerCache.set(modelId, layers);
    }
    return layers;
  }

  /** Checks the layers and classes against the model; throws the worded error a learner reads. */
  async check(modelId: string, options: ExplainOptions): Promise<void> {
    const model = this.models.get(modelId);
    const { layers } = await this.layers(modelId);
    for (const name of options.layers ?? []) {
      const layer = layers.find((l) => l.name === name);
      if (!layer) throw ApiInputError.of({ code: 'cam-layer-unknown', params: { layer: name, model: model.name } });
      if (options.method === 'grad-cam' && layer.gradient === null) {
        const [op, node] = (layer.unsupported ?? '? (?)').split(/ \(|\)$/);
        throw ApiInputError.of({ code: 'cam-gradient-unsupported', params: { layer: name, op, node: node ?? '?' } });
      }
    }
    for (const k of options.classIndices ?? []) {
      if (k >= model.io.classes) throw ApiInputError.of({ code: 'cam-class-out-of-range', params: { classIndex: k, classes: model.io.classes } });
    }
  }

  /** The maps for a prepared input tensor (lesson 8 passes its own). */
  async explainTensor(modelId: string, data: Float32Array, options: ExplainOptions): Promise<ExplainRunResult> {
    await this.check(modelId, options);
    const model = this.models.get(modelId);
    try {
      return await this.models.inferenceHost.explain({
        path: this.models.store.modelPath(modelId),
        order: model.preferredProvider === 'auto' ? providerOrder() : [model.preferredProvider],
        scoresOutput: model.io.scoresOutput,
        input: model.io.imageInput,
        data,
        dims: inputDims(model.io, model.preprocessing, 1),
        method: options.method,
        ...(options.layers ? { layers: options.layers } : {}),
        ...(options.classIndices ? { classIndices: options.classIndices } : {}),
      });
    } catch (error) {
      const info = camErrorOf((error as Error).message);
      if (info) throw ApiInputError.of(info);
      throw ApiInputError.of({ code: 'model-inference-failed', params: { model: model.name, detail: (error as Error).message } });
    }
  }

  /** One photo's maps, with the crop the network saw and its top five. */
  async explain(modelId: string, bytes: Uint8Array, file: string, options: ExplainOptions): Promise<ExplainResult> {
    const started = performance.now();
    const model = this.models.get(modelId);
    const p = model.preprocessing;
    const photo = await decodePhoto(bytes, file, geometryOf(p));
    const run = await this.explainTensor(modelId, pixelsToTensor(photo.rgb, p), options);
    const labels = this.models.store.labels(modelId);
    const png = await sharp(photo.rgb, { raw: { width: photo.width, height: photo.height, channels: 3 } }).png().toBuffer();
    return {
      file,
      modelId,
      pngBase64: png.toString('base64'),
      inputWidth: photo.width,
      inputHeight: photo.height,
      top: topK(run.scores, labels, 5),
      maps: run.maps.map((m) => ({
        layer: m.layer,
        method: m.method,
        classIndex: m.classIndex,
        label: labels[m.classIndex] ?? `class ${m.classIndex}`,
        score: m.score,
        gradient: m.gradient,
        channels: m.channels,
        height: m.height,
        width: m.width,
        cam: Array.from(m.cam),
        weights: Array.from(m.weights),
        heatBase64: heatBytes(m.cam, m.height, m.width, photo.height, photo.width),
      })),
      provider: run.provider,
      ms: { inference: run.ms.inference, explain: run.ms.explain, total: performance.now() - started },
    };
  }
}
