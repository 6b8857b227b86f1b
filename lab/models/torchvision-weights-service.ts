// torchvision weights as a service for the API and the CLI: status, import from a file (one at a
// time, with progress events for every window), download from torchvision's address when the teacher
// asks (resumable, hash-checked, then the same import), remove; and lesson 7's uses of an import: ms
// per image through ONNX Runtime on each provider, and Grad-CAM by airi's backward on the worker.
import { mkdirSync, readdirSync, statSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { ApiInputError } from '../../contract/guards';
import type { EventListener } from '../../contract/events';
import type { ExecutionProvider } from '../../contract/models/models';
import type { ImportedWeights, WeightsImportProgress } from '../../contract/weights/imported-weights';
import { TORCHVISION_FILES, type TorchvisionFile, type WeightsStatus } from '../../contract/weights/weights-channels';
import type { GradCamRequest, GradCamResult, ProviderSpeed, ProviderSpeeds } from '../../contract/weights/weights-explain';
import { pixelsToTensor } from '../../native-models/preprocess/to-tensor';
import { providerOrder, shortReason } from '../../native-models/runtime/provider-order';
import { decodePhoto } from '../photos';
import { DownloadError, downloadWithResume } from '../weights/download-with-resume';
import { TORCHVISION_PREPROCESSING } from '../weights/torchvision-preprocessing';
import { WeightsLibrary } from '../weights/weights-library';
import { InferenceError } from './inference-host';
import { geometryOf, type ModelService } from './model-service';
import { importTorchvisionWeights } from './torchvision-import';
import type { CamJob, CamReply } from './weights-cam-worker';

/** A download is most of the wait when the file comes from the internet. */
const DOWNLOAD_SHARE = 0.6;
const TIMED_RUNS = 3;

export interface TorchvisionWeightsOptions {
  dataDirectory: string;
  models: ModelService;
  emit: EventListener;
  camWorkerScript: string;
  /** Where the files are fetched from; torchvision's own address unless a mirror (or a test's server) is given. */
  downloadBase?: string | undefined;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

export class TorchvisionWeightsService {
  readonly library: WeightsLibrary;
  readonly downloadsFolder: string;
  private importing: string | null = null;
  private worker: Worker | null = null;
  private readonly pending = new Map<number, (reply: CamReply) => void>();
  private nextRequest = 1;

  constructor(private readonly options: TorchvisionWeightsOptions) {
    this.library = new WeightsLibrary(options.dataDirectory);
    this.library.sweep();
    this.downloadsFolder = join(options.dataDirectory, 'downloads');
    mkdirSync(this.downloadsFolder, { recursive: true });
  }

  status(): WeightsStatus {
    const files = new Set(readdirSync(this.downloadsFolder));
    const downloads = (Object.keys(TORCHVISION_FILES) as TorchvisionFile[]).map((file) => ({
      file, url: this.urlOf(file), megabytes: TORCHVISION_FILES[file].megabytes,
      partialBytes: files.has(`${file}.part`) ? statSync(join(this.downloadsFolder, `${file}.part`)).size : 0,
    }));
    return { imported: this.library.list(), importing: this.importing, downloads, downloadsFolder: this.downloadsFolder };
  }

  list(): ImportedWeights[] {
    return this.library.list();
  }

  private urlOf(file: TorchvisionFile): string {
    return this.options.downloadBase ? new URL(file, this.options.downloadBase).toString() : TORCHVISION_FILES[file].url;
  }

  /** Runs one import at a time; every window hears its progress and its end. */
  private async exclusive(file: string, work: (progress: (p: WeightsImportProgress) => void) => Promise<ImportedWeights>): Promise<ImportedWeights> {
    if (this.importing) throw ApiInputError.of({ code: 'weights-import-busy', params: { file } });
    this.importing = file;
    const emit = this.options.emit;
    try {
      const weights = await work((p) => emit('weights:progress', p));
      emit('weights:finished', { file, ok: true, weights, error: null });
      return weights;
    } catch (error) {
      emit('weights:finished', { file, ok: false, weights: null, error: (error as Error).message });
      throw error;
    } finally {
      this.importing = null;
    }
  }

  importFile(source: { path: string; file: string; name?: string }): Promise<ImportedWeights> {
    return this.exclusive(source.file, (onProgress) => importTorchvisionWeights({ ...source, onProgress }, this.library, this.options.models));
  }

  /** Downloads one of torchvision's files (resuming a partial one) and imports it; the download is deleted once imported. */
  download(file: TorchvisionFile): Promise<ImportedWeights> {
    const url = this.urlOf(file);
    const destination = join(this.downloadsFolder, file);
    return this.exclusive(file, async (onProgress) => {
      const started = performance.now();
      try {
        await downloadWithResume(url, destination, file, {
          onProgress: ({ done, total }) => {
            const within = total ? done / total : 0;
            const elapsedSeconds = (performance.now() - started) / 1000;
            onProgress({
              file, phase: 'downloading', bytesDone: done, bytesTotal: total, fraction: DOWNLOAD_SHARE * within, elapsedSeconds,
              etaSeconds: within > 0.01 ? (elapsedSeconds * (1 - DOWNLOAD_SHARE * within)) / (DOWNLOAD_SHARE * within) : null,
            });
          },
        });
      } catch (error) {
        if (error instanceof DownloadError && error.hash) {
          throw ApiInputError.of({ code: 'weights-hash-mismatch', params: { file, ...error.hash } });
        }
        throw ApiInputError.of({ code: 'weights-download-failed', params: { url, detail: (error as Error).message } });
      }
      const weights = await importTorchvisionWeights({ path: destination, file, onProgress, downloadShare: DOWNLOAD_SHARE }, this.library, this.options.models);
      await rm(destination, { force: true });
      return weights;
    });
  }

  /** Removes the airi weights and their ONNX export from the model library (unless another import shares it). */
  async remove(id: string): Promise<boolean> {
    const weights = this.library.get(id);
    if (!weights) return false;
    const shared = this.library.list().some((w) => w.id !== id && w.onnxModelId === weights.onnxModelId);
    if (weights.onnxModelId && !shared) await this.options.models.remove(weights.onnxModelId).catch(() => false);
    return this.library.remove(id);
  }

  private get(id: string): ImportedWeights {
    const weights = this.library.get(id);
    if (!weights) throw ApiInputError.of({ code: 'weights-not-found', params: { id } });
    return weights;
  }

  private onnxModelOf(weights: ImportedWeights): string {
    if (!weights.onnxModelId || !this.options.models.store.has(weights.onnxModelId)) {
      throw ApiInputError.of({ code: 'model-not-found', params: { modelId: weights.onnxModelId ?? weights.id } });
    }
    return weights.onnxModelId;
  }

  /** ms per image for one photo through ONNX Runtime on every provider this platform could have, each tried. */
  async speeds(id: string, bytes: Uint8Array, file: string): Promise<ProviderSpeeds> {
    const modelId = this.onnxModelOf(this.get(id));
    const models = this.options.models;
    const model = models.get(modelId);
    const photo = await decodePhoto(bytes, file, geometryOf(model.preprocessing));
    const tensor = pixelsToTensor(photo.rgb, model.preprocessing);
    const speeds: ProviderSpeed[] = [];
    for (const provider of providerOrder()) speeds.push(await this.timeOn(modelId, provider, tensor));
    return { modelId, file, speeds };
  }

  private async timeOn(modelId: string, provider: ExecutionProvider, tensor: Float32Array): Promise<ProviderSpeed> {
    try {
      await this.options.models.runOn(modelId, provider, tensor.slice(), 1); // warm-up: the first run plans the graph
      const times: number[] = [];
      for (let i = 0; i < TIMED_RUNS; i++) times.push((await this.options.models.runOn(modelId, provider, tensor.slice(), 1)).workerMs);
      return { provider, ok: true, msPerImage: median(times), runs: TIMED_RUNS, reason: null };
    } catch (error) {
      const attempt = error instanceof InferenceError ? error.attempts.at(-1) : undefined;
      return { provider, ok: false, msPerImage: null, runs: 0, reason: attempt?.reason ?? shortReason((error as Error).message) };
    }
  }

  /** Grad-CAM of a photo at a layer, computed by airi on the Grad-CAM worker. */
  async gradCam(request: GradCamRequest, bytes: Uint8Array, file: string): Promise<GradCamResult> {
    const started = performance.now();
    const weights = this.get(request.id);
    const p = TORCHVISION_PREPROCESSING;
    const photo = await decodePhoto(bytes, file, geometryOf(p));
    const reply = await this.camJob({
      dataDirectory: this.options.dataDirectory, id: weights.id, rgb: photo.rgb, side: p.size,
      ...(request.layer === undefined ? {} : { layer: request.layer }), ...(request.classIndex === undefined ? {} : { classIndex: request.classIndex }),
    });
    if (!reply.ok) throw ApiInputError.of({ code: 'weights-explain-failed', params: { detail: reply.error } });
    const { output } = reply;
    const labels = this.library.labels(weights.id);
    const heat = Buffer.from(Uint8Array.from(output.heatmap, (v) => Math.round(Math.min(1, Math.max(0, v)) * 255)));
    return {
      file, layers: reply.layers, layer: output.layer, classIndex: output.classIndex, label: labels[output.classIndex] ?? String(output.classIndex),
      probability: output.probability, cropRgbBase64: Buffer.from(photo.rgb).toString('base64'), heatmapBase64: heat.toString('base64'), side: output.side,
      top: output.top.map((t) => ({ ...t, label: labels[t.index] ?? String(t.index) })),
      ms: { forward: output.ms.forward, backward: output.ms.backward, total: performance.now() - started },
      backend: reply.backend,
    };
  }

  private camJob(job: Omit<CamJob, 'requestId'>): Promise<CamReply> {
    if (!this.worker) {
      const worker = new Worker(this.options.camWorkerScript);
      worker.on('message', (reply: CamReply) => {
        this.pending.get(reply.requestId)?.(reply);
        this.pending.delete(reply.requestId);
      });
      const failAll = (why: string) => {
        for (const [requestId, resolve] of this.pending) resolve({ requestId, ok: false, error: why });
        this.pending.clear();
        if (this.worker === worker) this.worker = null;
      };
      worker.on('error', (error) => failAll(error.message));
      worker.on('exit', (code) => failAll(`the Grad-CAM worker stopped (code ${code})`));
      this.worker = worker;
    }
    const requestId = this.nextRequest++;
    return new Promise((resolve) => {
      this.pending.set(requestId, resolve);
      this.worker!.postMessage({ ...job, requestId } satisfies CamJob);
    });
  }

  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    if (worker) await worker.terminate();
  }
}
