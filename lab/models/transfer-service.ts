// Lesson 8's fast mode as a service: scans a photo folder into a seeded split, trains a new head on a
// library model's frozen features as a stored run (features in the inference worker, the head on its
// own thread, progress as training:progress events), and classifies a dropped photo with a run's head.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import sharp from 'sharp';
import type { EventListener } from '../../contract/events';
import { ApiInputError } from '../../contract/guards';
import type { LabErrorInfo } from '../../contract/lab-errors';
import type { PhotoFolderScan, TransferClassifyResult, TransferExplainResult, TransferTrainRequest } from '../../contract/transfer/transfer-api';
import { topK } from '../../native-models/classify/top-k';
import { classifierWithHead, LOGITS_OUTPUT } from '../../native-models/export/classifier-with-head';
import type { ModelSummary, Preprocessing } from '../../contract/models/models';
import { transferRunAsOnnx } from '../transfer/transfer-onnx';
import { FINETUNED_ONNX, FINETUNED_WEIGHTS } from '../transfer/finetune-files';
import { providerOrder } from '../../native-models/runtime/provider-order';
import type { CamJob, CamMessage } from '../transfer/cam-worker';
import { geometryOf, inputDims, type ModelService } from './model-service';
import { scanPhotoFolder, type ScannedFolder } from '../photo-folders/scan-photo-folder';
import { splitPhotos, type PhotoSplit } from '../photo-folders/split-photo-folder';
import { decodePhoto } from '../photos';
import { pixelsToTensor } from '../../native-models/preprocess/to-tensor';
import type { RunStore } from '../run-store/run-store';
import type { HeadJob, HeadMessage } from '../transfer/head-worker';
import { loadHead, saveHead, scoreFeatures, type StoredHead } from '../transfer/head-file';
import { photoFeatures, type PhotoFeatures } from '../transfer/photo-features';
import { splitReport } from '../transfer/split-report';
import type { TrainedHead } from '../transfer/train-head';
import { workerBackbone } from './transfer-backbone';
import { runOneShotWorker } from '../platform/one-shot-worker';

export interface TransferServiceOptions {
  dataDirectory: string;
  models: ModelService;
  store: RunStore;
  emit: EventListener;
  headWorkerScript: string;
  appVersion: string;
}

/** The run's classifier with its head folded in, for the class activation maps (made on first use). */
const CAM_CLASSIFIER_FILE = 'classifier-cam.onnx';
const CAM_WORKER_FILE = 'transfer-cam-worker.mjs';

const HEAD_SETTINGS = { learningRate: 1e-3, weightDecay: 1e-4, batchSize: 16 };

export class TransferService {
  constructor(private readonly o: TransferServiceOptions) {}

  /** The folder's scan and seeded split, or a coded error (also the full fine-tuning's first step). */
  scanChecked(folder: string, seed: number): { scanned: ScannedFolder; split: PhotoSplit } {
    let scanned: ScannedFolder;
    try {
      scanned = scanPhotoFolder(folder);
    } catch (error) {
      throw ApiInputError.of({ code: 'transfer-folder-unreadable', params: { folder, detail: (error as Error).message } });
    }
    const perClass = scanned.classes.map((_, c) => scanned.photos.filter((p) => p.label === c).length);
    if (perClass.filter((n) => n > 0).length < 2) throw ApiInputError.of({ code: 'transfer-too-few-classes', params: { folder, classes: perClass.filter((n) => n > 0).length } });
    const small = perClass.findIndex((n) => n < 3);
    if (small >= 0) throw ApiInputError.of({ code: 'transfer-too-few-photos', params: { folder, className: scanned.classes[small], photos: perClass[small] } });
    return { scanned, split: splitPhotos(scanned.photos, scanned.classes.length, seed) };
  }

  scan(folder: string, seed: number): PhotoFolderScan {
    const { scanned, split } = this.scanChecked(folder, seed);
    return { folder, classes: scanned.classes, counts: split.counts, photos: scanned.photos.length, skipped: scanned.skipped, seed };
  }

  /** Starts a stored run and returns its id at once; the work continues in the background. */
  train(request: TransferTrainRequest): { runId: string } {
    const model = this.o.models.get(request.modelId);
    const prepared = this.scanChecked(request.folder, request.seed);
    const run = this.o.store.createRun({
      lessonId: 'cat-breeds',
      hyperparameters: { mode: 'fast', modelId: model.id, model: model.name, seed: request.seed, epochs: request.epochs, ...HEAD_SETTINGS },
      seed: request.seed,
      appVersion: this.o.appVersion,
    });
    this.o.emit('runs:changed', { runId: run.id });
    void this.work(run.id, request, prepared).catch((error: unknown) => {
      const info: LabErrorInfo = error instanceof ApiInputError && error.info ? error.info : { code: 'worker-crashed', params: { detail: (error as Error).message } };
      this.o.store.finishRun(run.id, 'failed', {}, info);
      this.o.emit('training:finished', { runId: run.id, status: 'failed', metrics: {}, error: (error as Error).message, errorInfo: info });
      this.o.emit('runs:changed', { runId: run.id });
    });
    return { runId: run.id };
  }

  private async work(runId: string, request: TransferTrainRequest, { scanned, split }: { scanned: ScannedFolder; split: PhotoSplit }): Promise<void> {
    const started = performance.now();
    const photos = split.train.length + split.validation.length + split.test.length;
    const totalSteps = photos + request.epochs;
    let photosDone = 0;
    const progress = (step: number, epoch: number, metrics: Record<string, number>) => {
      const elapsedSeconds = (performance.now() - started) / 1000;
      const etaSeconds = step > 0 ? (elapsedSeconds / step) * (totalSteps - step) : null;
      this.o.emit('training:progress', { runId, step, totalSteps, epoch, epochs: request.epochs, etaSeconds, elapsedSeconds, metrics });
    };
    const backbone = await workerBackbone(this.o.models, request.modelId, join(this.o.dataDirectory, 'transfer', 'backbones'));
    const features: PhotoFeatures[] = [];
    for (const part of [split.train, split.validation, split.test]) {
      const before = photosDone;
      features.push(await photoFeatures(part, backbone, { onProgress: (done) => progress((photosDone = before + done), 0, {}) }));
    }
    const [train, validation, test] = features;
    for (const [name, f] of [['train', train], ['validation', validation], ['test', test]] as const) {
      if (f.labels.length === 0) throw ApiInputError.of({ code: 'transfer-no-good-photos', params: { split: name } });
    }
    const featureSeconds = (performance.now() - started) / 1000;
    const head = await this.trainOffThread(
      { train, validation, test, options: { classes: scanned.classes.length, epochs: request.epochs, seed: request.seed, ...HEAD_SETTINGS } },
      (m) => {
        this.o.store.appendMetrics(runId, [
          { name: 'loss', step: m.epoch, value: m.loss },
          { name: 'trainAccuracy', step: m.epoch, value: m.trainAccuracy },
          { name: 'validationAccuracy', step: m.epoch, value: m.validationAccuracy },
        ]);
        progress(photos + m.epoch, m.epoch, { loss: m.loss, trainAccuracy: m.trainAccuracy, validationAccuracy: m.validationAccuracy });
      },
    );
    saveHead(join(this.o.dataDirectory, 'runs', runId), { ...head, classes: scanned.classes, modelId: request.modelId });
    const report = splitReport(scanned.classes, split, test.labels, head.testPredictions, [train, validation, test].flatMap((f) => f.bad));
    // The backbone's preprocessing travels with the run: the ONNX export and the weights export name it.
    this.o.store.saveArtifacts(runId, { transfer: { ...report, featureDim: train.dim }, preprocessing: backbone.preprocessing });
    const seconds = (performance.now() - started) / 1000;
    const metrics = {
      validationAccuracy: head.validationAccuracy, testAccuracy: head.testAccuracy, bestEpoch: head.bestEpoch,
      featureSeconds, seconds, badPhotos: report.bad.length,
      ...Object.fromEntries(report.perClassAccuracy.map((a, c) => [`testAccuracy:${scanned.classes[c]}`, a])),
    };
    this.o.store.finishRun(runId, 'completed', metrics, null);
    this.o.emit('training:finished', { runId, status: 'completed', metrics, error: null, errorInfo: null });
    this.o.emit('runs:changed', { runId });
  }

  private trainOffThread(job: HeadJob, onEpoch: (m: Extract<HeadMessage, { kind: 'epoch' }>) => void): Promise<TrainedHead> {
    return runOneShotWorker<HeadMessage, TrainedHead>(this.o.headWorkerScript, {
      name: 'head worker',
      workerData: job,
      answer: (m) => {
        if (m.kind === 'epoch') return void onEpoch(m);
        return m.kind === 'done' ? { value: m.head } : { error: new Error(m.message) };
      },
    });
  }

  private headOf(runId: string): StoredHead {
    try {
      return loadHead(join(this.o.dataDirectory, 'runs', runId));
    } catch {
      throw ApiInputError.of({ code: 'transfer-head-missing', params: { runId } });
    }
  }

  /**
   * The photo's top 5 and its class activation maps at every stage of the backbone (the 3×3 grid),
   * for `classIndices` or the top two, computed on the cam worker from the run's classifier as one
   * ONNX file (the backbone with the head folded in, made once per run beside its head).
   */
  async explain(runId: string, bytes: Uint8Array, file: string, classIndices?: number[]): Promise<TransferExplainResult> {
    const started = performance.now();
    const c = this.camClassifier(runId);
    const bad = classIndices?.find((k) => k >= c.classes.length);
    if (bad !== undefined) throw ApiInputError.of({ code: 'cam-class-out-of-range', params: { classIndex: bad, classes: c.classes.length } });
    const p = c.preprocessing;
    const photo = await decodePhoto(bytes, file, geometryOf(p));
    const job: CamJob = {
      engine: c.engine, classes: c.classes.length, classifierPath: c.path, inputName: c.inputName, scoresOutput: c.scoresOutput, input: pixelsToTensor(photo.rgb, p), dims: c.dims,
      ...(classIndices ? { classIndices } : {}), providers: providerOrder(),
    };
    const done = await this.explainOffThread(job);
    const head = { classes: c.classes };
    const png = await sharp(photo.rgb, { raw: { width: photo.width, height: photo.height, channels: 3 } }).png().toBuffer();
    return {
      file, top: topK(done.scores, head.classes, Math.min(5, head.classes.length)), pngBase64: png.toString('base64'),
      width: photo.width, height: photo.height, classIndices: done.classIndices, stages: done.stages, maps: done.maps,
      ms: { ...done.ms, total: performance.now() - started },
    };
  }

  /** A fully fine-tuned run's classifier (airi's EfficientNet-B0 exported), or null for a fast-mode run. */
  private fineTuned(runId: string): { path: string; classes: string[]; preprocessing: Preprocessing } | null {
    const path = join(this.o.dataDirectory, 'runs', runId, FINETUNED_ONNX);
    if (!existsSync(path)) return null;
    const run = this.o.store.get(runId);
    const report = run?.artifacts.transfer as { classes?: string[] } | undefined;
    const preprocessing = run?.artifacts.preprocessing as Preprocessing | undefined;
    if (!report?.classes || !preprocessing) throw ApiInputError.of({ code: 'transfer-head-missing', params: { runId } });
    return { path, classes: report.classes, preprocessing };
  }

  /** The ONNX file Grad-CAM runs on: the fine-tuned network, or the backbone with the head folded in (made once per run). */
  private camClassifier(runId: string): { engine: 'onnx' | 'airi'; path: string; classes: string[]; preprocessing: Preprocessing; inputName: string; scoresOutput: string; dims: number[] } {
    const full = this.fineTuned(runId);
    if (full) {
      // airi's own network and backward, as the notebook's grid: features.0 to features.8.
      const p = full.preprocessing;
      return { ...full, engine: 'airi', path: join(this.o.dataDirectory, 'runs', runId, FINETUNED_WEIGHTS), inputName: 'input', scoresOutput: 'output', dims: [1, 3, p.size, p.size] };
    }
    const head = this.headOf(runId);
    const model = this.o.models.store.get(head.modelId);
    if (!model) throw ApiInputError.of({ code: 'transfer-backbone-missing', params: { runId, model: head.modelId } });
    const path = join(this.o.dataDirectory, 'runs', runId, CAM_CLASSIFIER_FILE);
    if (!existsSync(path)) {
      const backbone = new Uint8Array(readFileSync(this.o.models.store.modelPath(head.modelId)));
      const onnxBytes = classifierWithHead(backbone, { ...head, classes: head.classes.length }, {}, { foldStandardization: true });
      writeFileSync(`${path}.tmp`, onnxBytes);
      renameSync(`${path}.tmp`, path);
    }
    return {
      engine: 'onnx', path, classes: head.classes, preprocessing: model.preprocessing, inputName: model.io.imageInput, scoresOutput: LOGITS_OUTPUT,
      dims: inputDims(model.io, model.preprocessing, 1),
    };
  }

  private explainOffThread(job: CamJob): Promise<Extract<CamMessage, { kind: 'done' }>> {
    return runOneShotWorker<CamMessage, Extract<CamMessage, { kind: 'done' }>>(join(dirname(this.o.headWorkerScript), CAM_WORKER_FILE), {
      name: 'cam worker',
      workerData: job,
      answer: (m) => (m.kind === 'done'
        ? { value: m }
        : { error: ApiInputError.of({ code: 'model-inference-failed', params: { model: job.classifierPath, detail: m.message } }) }),
    });
  }

  /**
   * The run's classifier (its "Export ONNX" file) imported into the model library, with its breeds as
   * labels and its preprocessing, so the Models screen classifies and explains with it like any model.
   */
  async addToLibrary(runId: string): Promise<ModelSummary> {
    const run = this.o.store.get(runId);
    if (!run) throw ApiInputError.of({ code: 'run-not-found', params: { runId } });
    const report = run.artifacts.transfer as { classes?: string[] } | undefined;
    const preprocessing = run.artifacts.preprocessing as Preprocessing | undefined;
    if (!report?.classes || !preprocessing) throw ApiInputError.of({ code: 'transfer-head-missing', params: { runId } });
    const bytes = transferRunAsOnnx(run, this.o.dataDirectory);
    mkdirSync(join(this.o.dataDirectory, 'transfer'), { recursive: true });
    const dir = mkdtempSync(join(this.o.dataDirectory, 'transfer', 'to-library-'));
    try {
      const file = `cat-breeds-${runId}.onnx`;
      writeFileSync(join(dir, file), bytes);
      writeFileSync(join(dir, 'labels.json'), JSON.stringify(report.classes));
      const model = await this.o.models.importFile({
        path: join(dir, file), file, name: `${run.name ?? 'Cat breeds'} (${String(run.hyperparameters.model ?? '')})`,
        labels: { path: join(dir, 'labels.json'), file: 'labels.json' },
      });
      return this.o.models.setPreprocessing(model.id, preprocessing);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }

  async classify(runId: string, bytes: Uint8Array, file: string): Promise<TransferClassifyResult> {
    const full = this.fineTuned(runId);
    if (full) {
      const p = full.preprocessing;
      const photo = await decodePhoto(bytes, file, geometryOf(p));
      const host = this.o.models.inferenceHost;
      const key = `finetuned:${runId}`;
      await host.open(key, full.path, providerOrder());
      const out = await host.run(key, 'input', pixelsToTensor(photo.rgb, p), [1, 3, p.size, p.size], 'output');
      return { file, top: topK(out.data, full.classes, Math.min(5, full.classes.length)) };
    }
    const head = this.headOf(runId);
    const backbone = await workerBackbone(this.o.models, head.modelId, join(this.o.dataDirectory, 'transfer', 'backbones'));
    const photo = await decodePhoto(bytes, file, backbone.geometry);
    const features = await backbone.features(pixelsToTensor(photo.rgb, backbone.preprocessing), 1);
    return { file, top: scoreFeatures(head, features, 5) };
  }
}
