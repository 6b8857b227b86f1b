// The model library as a service for the API handlers and the CLI: import, list, rename, remove,
// inspect, preprocessing and provider choices, preview and classify. ONNX Runtime sessions live on
// the inference worker thread; photos are decoded by lab/photos on libuv's pool; this class only
// orchestrates, so the event loop stays free while a batch of photos is classified.
import { readFile } from 'node:fs/promises';
import sharp from 'sharp';
import { ApiInputError } from '../../contract/guards';
import type { InspectorReport } from '../../contract/models/inspector';
import type { ClassifyResult, ExecutionProvider, ModelIo, ModelSummary, Preprocessing, PreprocessPreview, ProvidersReport } from '../../contract/models/models';
import { topK } from '../../native-models/classify/top-k';
import { inspectGraph } from '../../native-models/inspector/inspect-model';
import { importModel, type ImportSource } from '../../native-models/library/import-model';
import { ModelStore } from '../../native-models/library/model-store';
import { parseOnnx } from '../../native-models/onnx/parse-onnx';
import { channelRanges, pixelsToTensor } from '../../native-models/preprocess/to-tensor';
import { providerOrder } from '../../native-models/runtime/provider-order';
import { decodePhoto, type PhotoGeometry } from '../photos';
import { InferenceError, InferenceHost } from './inference-host';

/** The input tensor's shape for `batch` images. */
export function inputDims(io: ModelIo, p: Preprocessing, batch: number): number[] {
  const size = p.size;
  return io.layout === 'NCHW' ? [batch, 3, size, size] : [batch, size, size, 3];
}

export function geometryOf(p: Preprocessing): PhotoGeometry {
  return p.resize === 'shorter-side-crop'
    ? { fit: 'shorter-side-crop', resize: p.resizeTo, crop: p.size, kernel: p.kernel }
    : { fit: 'squash', width: p.size, height: p.size, kernel: p.kernel };
}

const describeAttempts = (error: unknown) =>
  error instanceof InferenceError && error.attempts.length > 0
    ? error.attempts.map((a) => `${a.provider}: ${a.reason}`).join('; ')
    : (error as Error).message;

export class ModelService {
  readonly store: ModelStore;
  private readonly host: InferenceHost;
  /** Models with an open session on the worker, and the provider it runs on. */
  private readonly sessions = new Map<string, { generation: number; provider: Promise<ExecutionProvider> }>();
  private readonly reports = new Map<string, InspectorReport>();
  private probe: Promise<ProvidersReport> | null = null;
  private readonly benchSessions = new Map<string, number>();

  constructor(dataDirectory: string, workerScript: string) {
    this.store = new ModelStore(dataDirectory);
    this.host = new InferenceHost(workerScript);
  }

  /** The one inference worker, shared with lesson 8's feature backbone (lab/models/transfer-backbone.ts). */
  get inferenceHost(): InferenceHost {
    return this.host;
  }

  list(): ModelSummary[] {
    return this.store.list();
  }

  get(modelId: string): ModelSummary {
    const model = this.store.get(modelId);
    if (!model) throw ApiInputError.of({ code: 'model-not-found', params: { modelId } });
    return model;
  }

  /** Every provider this platform could have, each tried on a one-node model (once per process). */
  providers(): Promise<ProvidersReport> {
    const order = providerOrder();
    this.probe ??= this.host.probe(order).then((r) => ({ onnxRuntime: r.version, order, probes: r.attempts }));
    return this.probe;
  }

  async importFile(source: ImportSource): Promise<ModelSummary> {
    return importModel(source, this.store, async (path, io, preprocessing) => {
      const key = `import:${path}`;
      try {
        const opened = await this.host.open(key, path, providerOrder());
        for (const name of [io.imageInput]) if (!opened.inputNames.includes(name)) throw new Error(`ONNX Runtime sees no input ${name}`);
        const dims = inputDims(io, preprocessing, 1);
        const out = await this.host.run(key, io.imageInput, new Float32Array(dims.reduce((a, b) => a * b, 1)), dims, io.scoresOutput);
        if (out.data.length !== io.classes) throw new Error(`its output ${io.scoresOutput} has ${out.data.length} numbers, not ${io.classes} classes`);
        return { provider: opened.provider, attempts: opened.attempts };
      } catch (error) {
        throw ApiInputError.of({ code: 'model-unloadable', params: { file: source.file, detail: describeAttempts(error) } });
      } finally {
        await this.host.close(key).catch(() => {});
      }
    });
  }

  rename(modelId: string, name: string): ModelSummary {
    const model = { ...this.get(modelId), name };
    this.store.save(model);
    return model;
  }

  async remove(modelId: string): Promise<boolean> {
    if (this.sessions.has(modelId)) await this.host.close(modelId).catch(() => {});
    this.sessions.delete(modelId);
    this.reports.delete(modelId);
    return this.store.remove(modelId);
  }

  async inspect(modelId: string): Promise<InspectorReport> {
    this.get(modelId);
    const cached = this.reports.get(modelId);
    if (cached) return cached;
    const report = inspectGraph(parseOnnx(new Uint8Array(await readFile(this.store.modelPath(modelId)))));
    this.reports.set(modelId, report);
    return report;
  }

  setPreprocessing(modelId: string, preprocessing: Preprocessing): ModelSummary {
    const model = this.get(modelId);
    if (preprocessing.layout !== model.io.layout) {
      throw ApiInputError.of({ code: 'preprocessing-invalid', params: { detail: `this model takes ${model.io.layout} images` } });
    }
    const fixed = model.io.height ?? model.io.width;
    if (fixed !== null && preprocessing.size !== fixed) {
      throw ApiInputError.of({ code: 'preprocessing-invalid', params: { detail: `this model takes ${fixed}×${fixed} images` } });
    }
    const updated = { ...model, preprocessing };
    this.store.save(updated);
    return updated;
  }

  /** Forces a provider (or 'auto'): the session is reopened now, so a provider that cannot run says so. */
  async setProvider(modelId: string, provider: ExecutionProvider | 'auto'): Promise<ModelSummary> {
    const model = this.get(modelId);
    this.store.save({ ...model, preferredProvider: provider });
    await this.host.close(modelId).catch(() => {});
    this.sessions.delete(modelId);
    try {
      await this.session(modelId);
    } catch (error) {
      this.store.save({ ...this.get(modelId), preferredProvider: model.preferredProvider });
      throw error;
    }
    return this.get(modelId);
  }

  /**
   * Opens the model's session once per worker (a worker that died took its sessions with it); records
   * which provider ran and why others fell back.
   */
  session(modelId: string): Promise<ExecutionProvider> {
    const known = this.sessions.get(modelId);
    let opening = known && known.generation === this.host.generation ? known.provider : undefined;
    if (!opening) {
      const model = this.get(modelId);
      const order = model.preferredProvider === 'auto' ? providerOrder() : [model.preferredProvider];
      const generation = this.host.generation;
      opening = this.host.open(modelId, this.store.modelPath(modelId), order).then(
        (opened) => {
          this.store.save({ ...this.get(modelId), provider: opened.provider, attempts: opened.attempts });
          return opened.provider;
        },
        (error: unknown) => {
          this.sessions.delete(modelId);
          // The worker stopped while the session opened: the model is fine, this call is what failed.
          if (this.host.generation !== generation) {
            throw ApiInputError.of({ code: 'model-inference-failed', params: { model: model.name, detail: (error as Error).message } });
          }
          const failed = error instanceof InferenceError ? error.attempts.at(-1) : undefined;
          if (model.preferredProvider !== 'auto') {
            throw ApiInputError.of({ code: 'provider-unavailable', params: { provider: model.preferredProvider, reason: failed?.reason ?? (error as Error).message } });
          }
          throw ApiInputError.of({ code: 'model-unloadable', params: { file: model.file, detail: describeAttempts(error) } });
        },
      );
      // Sessions belong to the worker of this generation; one that stops moves the generation on.
      this.sessions.set(modelId, { generation: this.host.generation, provider: opening });
    }
    return opening;
  }

  /** Runs a prepared tensor (batch × image); the caller's array is transferred to the worker. */
  async run(modelId: string, data: Float32Array, batch: number): Promise<{ scores: Float32Array; ms: number; provider: ExecutionProvider }> {
    const model = this.get(modelId);
    const provider = await this.session(modelId);
    try {
      const out = await this.host.run(modelId, model.io.imageInput, data, inputDims(model.io, model.preprocessing, batch), model.io.scoresOutput);
      return { scores: out.data, ms: out.ms, provider };
    } catch (error) {
      throw ApiInputError.of({ code: 'model-inference-failed', params: { model: model.name, detail: (error as Error).message } });
    }
  }

  /**
   * For the benchmark: runs on one provider through the worker, as classify does, on a session of its
   * own (the model's stored choice is left alone). Returns the wall time seen from here and the time
   * session.run took inside the worker.
   */
  async runOn(modelId: string, provider: ExecutionProvider, data: Float32Array, batch: number): Promise<{ ms: number; workerMs: number }> {
    const model = this.get(modelId);
    const key = `bench:${modelId}:${provider}`;
    if (this.benchSessions.get(key) !== this.host.generation) {
      await this.host.open(key, this.store.modelPath(modelId), [provider]);
      this.benchSessions.set(key, this.host.generation);
    }
    const started = performance.now();
    const out = await this.host.run(key, model.io.imageInput, data, inputDims(model.io, model.preprocessing, batch), model.io.scoresOutput);
    return { ms: performance.now() - started, workerMs: out.ms };
  }

  async classify(modelId: string, bytes: Uint8Array, file: string, top = 5): Promise<ClassifyResult> {
    const started = performance.now();
    const model = this.get(modelId);
    const p = model.preprocessing;
    const photo = await decodePhoto(bytes, file, geometryOf(p));
    const tensor = pixelsToTensor(photo.rgb, p);
    const prepared = performance.now();
    const { scores, ms, provider } = await this.run(modelId, tensor, 1);
    const labels = this.store.labels(modelId);
    return {
      file,
      top: topK(scores, labels, top),
      provider,
      ms: { prepare: prepared - started, inference: ms, total: performance.now() - started },
      width: photo.header.width,
      height: photo.header.height,
    };
  }

  /** The crop the network sees, as a PNG, and the value range after normalisation. */
  async preview(modelId: string, bytes: Uint8Array, file: string): Promise<PreprocessPreview> {
    const p = this.get(modelId).preprocessing;
    const photo = await decodePhoto(bytes, file, geometryOf(p));
    const png = await sharp(photo.rgb, { raw: { width: photo.width, height: photo.height, channels: 3 } }).png().toBuffer();
    return { file, pngBase64: png.toString('base64'), width: photo.width, height: photo.height, range: channelRanges(pixelsToTensor(photo.rgb, p), p) };
  }

  /** Stops the inference worker, freeing every session's memory; sessions reopen on next use. */
  async stopWorker(): Promise<void> {
    await this.host.terminate();
  }

  async close(): Promise<void> {
    this.sessions.clear();
    await this.host.terminate();
  }
}
