// Lesson 8's full fine-tuning as a service: a stored run that trains torchvision's EfficientNet-B0
// (imported weights from the weights library, a new head) in airi on the photo folder, on its own
// worker, with progress per batch and the time left. The finished run holds classifier.onnx, which
// the TransferService classifies, explains and exports like a fast-mode run's classifier.
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { EventListener } from '../../contract/events';
import { ApiInputError } from '../../contract/guards';
import type { LabErrorInfo } from '../../contract/lab-errors';
import type { Preprocessing } from '../../contract/models/models';
import type { FineTuneRequest, FineTuneWeights } from '../../contract/transfer/transfer-api';
import type { RunStore } from '../run-store/run-store';
import type { FineTuneJob, FineTuneMessage } from '../transfer/finetune-worker';
import { sideFor } from '../transfer/finetune-photos';
import { splitReport } from '../transfer/split-report';
import { WeightsLibrary } from '../weights/weights-library';
import type { TransferService } from './transfer-service';

export interface FineTuneServiceOptions {
  dataDirectory: string;
  store: RunStore;
  emit: EventListener;
  transfer: TransferService;
  workerScript: string;
  appVersion: string;
}

const SETTINGS = { learningRate: 3e-4, weightDecay: 1e-4 };

/** What the fine-tuned network expects: torchvision's ImageNet evaluation transform at `size`. */
export function fineTunePreprocessing(size: number): Preprocessing {
  return {
    resize: 'shorter-side-crop', resizeTo: sideFor(size), size, scale: 1 / 255,
    mean: [0.485, 0.456, 0.406], std: [0.229, 0.224, 0.225], channelOrder: 'RGB', layout: 'NCHW', kernel: 'linear',
  };
}

export class FineTuneService {
  /** Each running fine-tuning's stop flag (shared with its worker). */
  private readonly running = new Map<string, Int32Array>();

  constructor(private readonly o: FineTuneServiceOptions) {}

  private get library(): WeightsLibrary {
    return new WeightsLibrary(this.o.dataDirectory);
  }

  weights(): FineTuneWeights[] {
    return this.library.list().filter((w) => w.architecture === 'efficientnet_b0').map((w) => ({ id: w.id, name: w.name, file: w.file, classes: w.classes }));
  }

  isRunning(runId: string): boolean {
    return this.running.has(runId);
  }

  stop(runId: string): boolean {
    const flag = this.running.get(runId);
    if (flag) Atomics.store(flag, 0, 1);
    return !!flag;
  }

  train(request: FineTuneRequest): { runId: string } {
    const weights = this.library.get(request.weightsId);
    if (!weights || weights.architecture !== 'efficientnet_b0') throw ApiInputError.of({ code: 'weights-not-found', params: { id: request.weightsId } });
    const { scanned, split } = this.o.transfer.scanChecked(request.folder, request.seed);
    const model = `EfficientNet-B0 (airi) from ${weights.name}`;
    const run = this.o.store.createRun({
      lessonId: 'cat-breeds',
      hyperparameters: {
        mode: 'full', weightsId: weights.id, model, seed: request.seed, epochs: request.epochs, trainFrom: request.trainFrom,
        size: request.size, batchSize: request.batchSize, ...SETTINGS,
      },
      seed: request.seed,
      appVersion: this.o.appVersion,
    });
    this.o.emit('runs:changed', { runId: run.id });
    const preprocessing = fineTunePreprocessing(request.size);
    const job: FineTuneJob = {
      weightsPath: this.library.weightsPath(weights.id), importedClasses: weights.classes, classes: scanned.classes,
      train: split.train, validation: split.validation, test: split.test,
      options: { epochs: request.epochs, batchSize: request.batchSize, seed: request.seed, size: request.size, trainFrom: request.trainFrom, ...SETTINGS },
      runDir: join(this.o.dataDirectory, 'runs', run.id),
      stop: new SharedArrayBuffer(4),
      metadata: {
        run_id: run.id, lesson: 'cat-breeds', seed: String(request.seed), app_version: this.o.appVersion, labels: JSON.stringify(scanned.classes),
        preprocessing: JSON.stringify(preprocessing), backbone: model, outputs: 'output: the new head\'s scores (logits); softmax gives probabilities',
      },
    };
    const started = performance.now();
    const worker = new Worker(this.o.workerScript, { workerData: job });
    this.running.set(run.id, new Int32Array(job.stop));
    let settled = false;
    const fail = (info: LabErrorInfo, message: string) => {
      if (settled) return;
      settled = true;
      this.running.delete(run.id);
      this.o.store.finishRun(run.id, 'failed', {}, info);
      this.o.emit('training:finished', { runId: run.id, status: 'failed', metrics: {}, error: message, errorInfo: info });
      this.o.emit('runs:changed', { runId: run.id });
      void worker.terminate();
    };
    let epoch = 0;
    worker.on('message', (m: FineTuneMessage) => {
      const elapsedSeconds = (performance.now() - started) / 1000;
      if (m.kind === 'batch') {
        // The first batches include decoding and the backend's start: the estimate settles after a few.
        const etaSeconds = (elapsedSeconds / m.done) * (m.total - m.done);
        this.o.emit('training:progress', { runId: run.id, step: m.done, totalSteps: m.total, epoch: Math.max(epoch, 1), epochs: request.epochs, etaSeconds, elapsedSeconds, metrics: { loss: m.loss } });
      } else if (m.kind === 'epoch') {
        epoch = m.epoch + 1;
        this.o.store.appendMetrics(run.id, [
          { name: 'loss', step: m.epoch, value: m.loss },
          { name: 'trainAccuracy', step: m.epoch, value: m.trainAccuracy },
          { name: 'validationAccuracy', step: m.epoch, value: m.validationAccuracy },
        ]);
      } else if (m.kind === 'done') {
        settled = true;
        this.running.delete(run.id);
        const r = m.result;
        const report = splitReport(scanned.classes, split, r.testLabels, r.testPredictions, m.bad as ReturnType<typeof splitReport>['bad']);
        this.o.store.saveArtifacts(run.id, { transfer: { ...report, featureDim: 1280 }, preprocessing });
        const seconds = (performance.now() - started) / 1000;
        const images = (split.train.length + split.validation.length) * r.epochsDone;
        const metrics = {
          validationAccuracy: r.validationAccuracy, testAccuracy: r.testAccuracy, bestEpoch: r.bestEpoch, seconds,
          secondsPerEpoch: seconds / Math.max(1, r.epochsDone), secondsPerTrainImage: seconds / Math.max(1, images), badPhotos: report.bad.length,
          ...Object.fromEntries(report.perClassAccuracy.map((a, c) => [`testAccuracy:${scanned.classes[c]}`, a])),
        };
        const status = r.epochsDone < request.epochs ? 'stopped' : 'completed';
        this.o.store.finishRun(run.id, status, metrics, null);
        this.o.emit('training:finished', { runId: run.id, status, metrics, error: null, errorInfo: null });
        this.o.emit('runs:changed', { runId: run.id });
        void worker.terminate();
      } else if (m.kind === 'failed') fail({ code: 'worker-crashed', params: { detail: m.message } }, m.message);
    });
    worker.on('error', (error) => fail({ code: 'worker-crashed', params: { detail: error.message } }, error.message));
    worker.on('exit', (code) => fail({ code: 'worker-crashed', params: { detail: `the fine-tuning worker exited (code ${code})` } }, `exit ${code}`));
    return { runId: run.id };
  }
}
