// Lesson 8's fast-mode lab state: the chosen library model, the scanned folder and its split, the
// training run's progress, and the run shown (read back from the stored run). Opening the lesson shows
// the newest finished run again, or follows one still training; any earlier run can be picked.
import type { TrainingFinished, TrainingProgress } from '../../../contract/events';
import type { ModelSummary } from '../../../contract/models/models';
import type { RunSummary } from '../../../contract/runs';
import { DEFAULT_FINETUNE, type FineTuneWeights, type PhotoFolderScan } from '../../../contract/transfer/transfer-api';
import { errorView, runErrorView, type LabErrorView } from '../../i18n/error-text';
import { api } from '../../state/lab.svelte';
import { resultsFromRun, type TransferResults } from './transfer-results';

export class TransferLab {
  models = $state<ModelSummary[]>([]);
  modelId = $state('');
  canUsePaths = $state(false);
  folder = $state('');
  epochs = $state(60);
  scan = $state<PhotoFolderScan | null>(null);
  scanning = $state(false);
  /** The run being trained (or followed after a reload), until it finishes. */
  runId = $state<string | null>(null);
  progress = $state<TrainingProgress | null>(null);
  results = $state<TransferResults | null>(null);
  /** Finished runs of this lesson, newest first. */
  pastRuns = $state<RunSummary[]>([]);
  /** Fast: a new head on a library model's frozen features. Full: EfficientNet-B0 fine-tuned in airi. */
  mode = $state<'fast' | 'full'>('fast');
  /** The mode of the run in progress (the progress line words its steps). */
  trainingMode = $state<'fast' | 'full'>('fast');
  fineTuneWeights = $state<FineTuneWeights[]>([]);
  weightsId = $state('');
  trainFrom = $state(DEFAULT_FINETUNE.trainFrom);
  error = $state<LabErrorView | null>(null);
  private stop: (() => void)[] = [];

  async load(): Promise<void> {
    this.stop.push(
      api.on('training:progress', (p) => {
        if (p.runId === this.runId) this.progress = p;
      }),
      api.on('training:finished', (f) => void this.finished(f)),
    );
    this.models = await api.invoke('models:list', undefined);
    if (!this.models.some((m) => m.id === this.modelId)) this.modelId = this.models[0]?.id ?? '';
    this.canUsePaths = (await api.invoke('datasets:status', undefined)).canImport;
    this.fineTuneWeights = await api.invoke('transfer:finetune-weights', undefined);
    this.weightsId = this.fineTuneWeights.at(-1)?.id ?? '';
    const runs = await this.refreshRuns();
    const running = runs.find((r) => r.status === 'running');
    if (running) {
      this.runId = running.id;
      this.trainingMode = running.hyperparameters.mode === 'full' ? 'full' : 'fast';
    }
    else if (this.pastRuns[0]) await this.show(this.pastRuns[0].id);
  }

  dispose(): void {
    for (const off of this.stop.splice(0)) off();
  }

  private async refreshRuns(): Promise<RunSummary[]> {
    const runs = await api.invoke('runs:list', { lessonId: 'cat-breeds' });
    this.pastRuns = runs.filter((r) => r.status === 'completed' || (r.status === 'stopped' && 'testAccuracy' in r.metrics));
    return runs;
  }

  /** Shows a stored run's results (its split, accuracy, confusion matrix; photos go to its head). */
  async show(runId: string): Promise<void> {
    try {
      this.results = resultsFromRun(await api.invoke('runs:get', { runId }));
      const modelId = this.results ? String((this.pastRuns.find((r) => r.id === runId)?.hyperparameters.modelId) ?? '') : '';
      if (this.models.some((m) => m.id === modelId)) this.modelId = modelId;
    } catch (error) {
      this.error = errorView(error);
    }
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
    return this.runId !== null && this.error === null;
  }

  async train(): Promise<void> {
    if (!this.scan) return;
    this.error = null;
    this.results = null;
    this.progress = null;
    this.trainingMode = this.mode;
    try {
      const { folder, seed } = this.scan;
      this.runId = this.mode === 'full'
        ? (await api.invoke('transfer:finetune', { weightsId: this.weightsId, folder, seed, epochs: this.epochs, trainFrom: this.trainFrom, size: DEFAULT_FINETUNE.size, batchSize: DEFAULT_FINETUNE.batchSize })).runId
        : (await api.invoke('transfer:train', { modelId: this.modelId, folder, seed, epochs: this.epochs })).runId;
    } catch (error) {
      this.error = errorView(error);
    }
  }

  /** Stops a full fine-tuning between batches; it keeps its best epoch so far and is tested with it. */
  async stopTraining(): Promise<void> {
    if (!this.runId) return;
    try {
      await api.invoke('training:stop', { runId: this.runId });
    } catch (error) {
      this.error = errorView(error);
    }
  }

  private async finished(f: TrainingFinished): Promise<void> {
    if (f.runId !== this.runId) return;
    this.runId = null;
    if (f.status !== 'completed' && f.status !== 'stopped') {
      this.error = runErrorView(f) ?? errorView(new Error(f.status));
      return;
    }
    await this.refreshRuns();
    await this.show(f.runId);
  }
}
