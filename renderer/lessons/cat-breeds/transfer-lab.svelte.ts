// Lesson 8's fast-mode lab state: the chosen library model, the scanned folder and its split, the
// training run's progress and results (read back from the stored run), and the dropped photo's top 5.
import type { TrainingFinished, TrainingProgress } from '../../../contract/events';
import type { ModelSummary } from '../../../contract/models/models';
import type { PhotoFolderScan, TransferClassifyResult } from '../../../contract/transfer/transfer-api';
import { uploadFile } from '../../components/photos/upload-file';
import { errorView, runErrorView, type LabErrorView } from '../../i18n/error-text';
import { api } from '../../state/lab.svelte';

export interface TransferResults {
  validationAccuracy: number;
  testAccuracy: number;
  bestEpoch: number;
  seconds: number;
  classes: string[];
  perClassAccuracy: number[];
  confusion: number[][];
  bad: { name: string }[];
}

function isReport(value: unknown): value is Omit<TransferResults, 'validationAccuracy' | 'testAccuracy' | 'bestEpoch' | 'seconds'> {
  const v = value as Record<string, unknown> | null;
  return !!v && Array.isArray(v.classes) && Array.isArray(v.perClassAccuracy) && Array.isArray(v.confusion) && Array.isArray(v.bad);
}

export class TransferLab {
  models = $state<ModelSummary[]>([]);
  modelId = $state('');
  canUsePaths = $state(false);
  folder = $state('');
  epochs = $state(60);
  scan = $state<PhotoFolderScan | null>(null);
  scanning = $state(false);
  runId = $state<string | null>(null);
  progress = $state<TrainingProgress | null>(null);
  results = $state<TransferResults | null>(null);
  classified = $state<TransferClassifyResult | null>(null);
  error = $state<LabErrorView | null>(null);
  private stop: (() => void)[] = [];

  async load(): Promise<void> {
    this.models = await api.invoke('models:list', undefined);
    if (!this.models.some((m) => m.id === this.modelId)) this.modelId = this.models[0]?.id ?? '';
    this.canUsePaths = (await api.invoke('datasets:status', undefined)).canImport;
    this.stop.push(
      api.on('training:progress', (p) => {
        if (p.runId === this.runId) this.progress = p;
      }),
      api.on('training:finished', (f) => void this.finished(f)),
    );
  }

  dispose(): void {
    for (const off of this.stop.splice(0)) off();
  }

  async readFolder(): Promise<void> {
    this.error = null;
    this.scanning = true;
    try {
      this.scan = await api.invoke('transfer:scan', { folder: this.folder, seed: 1337 });
    } catch (error) {
      this.scan = null;
      this.error = errorView(error);
    } finally {
      this.scanning = false;
    }
  }

  get training(): boolean {
    return this.runId !== null && this.results === null && this.error === null;
  }

  async train(): Promise<void> {
    if (!this.scan) return;
    this.error = null;
    this.results = null;
    this.classified = null;
    this.progress = null;
    try {
      this.runId = (await api.invoke('transfer:train', { modelId: this.modelId, folder: this.scan.folder, seed: this.scan.seed, epochs: this.epochs })).runId;
    } catch (error) {
      this.error = errorView(error);
    }
  }

  private async finished(f: TrainingFinished): Promise<void> {
    if (f.runId !== this.runId) return;
    if (f.status !== 'completed') {
      this.error = runErrorView(f) ?? errorView(new Error(f.status));
      return;
    }
    const run = await api.invoke('runs:get', { runId: f.runId });
    const report = run.artifacts.transfer;
    if (!isReport(report)) return;
    this.results = {
      ...report, validationAccuracy: f.metrics.validationAccuracy, testAccuracy: f.metrics.testAccuracy, bestEpoch: f.metrics.bestEpoch, seconds: f.metrics.seconds,
    };
  }

  async classify(file: File): Promise<void> {
    if (!this.runId || !this.results) return;
    this.error = null;
    try {
      this.classified = await api.invoke('transfer:classify', { runId: this.runId, uploadId: await uploadFile(api, file, 'photo') });
    } catch (error) {
      this.error = errorView(error);
    }
  }
}
