// torchvision weights as every window sees them: what is imported, the one import running (its
// phase and time left from weights:progress), downloads that can resume, and importing from an
// upload, a path on the lab's computer, or torchvision's address.
import type { ImportedWeights, WeightsImportProgress } from '../../contract/weights/imported-weights';
import type { TorchvisionFile, WeightsStatus } from '../../contract/weights/weights-channels';
import { uploadFile } from '../components/photos/upload-file';
import { errorView, type LabErrorView } from '../i18n/error-text';
import { api, connection } from '../state/lab.svelte';

class WeightsState {
  status = $state.raw<WeightsStatus | null>(null);
  progress = $state.raw<WeightsImportProgress | null>(null);
  /** Sending the file before the import starts. */
  uploading = $state<{ file: string; fraction: number } | null>(null);
  error = $state<LabErrorView | null>(null);
  lastImported = $state.raw<ImportedWeights | null>(null);
  private loaded = false;

  constructor() {
    api.on('weights:progress', (progress) => (this.progress = progress));
    api.on('weights:finished', () => {
      this.progress = null;
      void this.refresh();
    });
    connection.onReconnect(() => void this.refresh());
  }

  get imported(): ImportedWeights[] {
    return this.status?.imported ?? [];
  }

  get busy(): boolean {
    return this.uploading !== null || this.progress !== null || (this.status?.importing ?? null) !== null;
  }

  /** The newest import of `architecture`, or null. */
  find(architecture: ImportedWeights['architecture']): ImportedWeights | null {
    return this.imported.filter((w) => w.architecture === architecture).at(-1) ?? null;
  }

  ensureLoaded(): void {
    if (this.loaded) return;
    this.loaded = true;
    void this.refresh();
  }

  async refresh(): Promise<void> {
    try {
      this.status = await api.invoke('weights:status', undefined);
    } catch (error) {
      this.error = errorView(error);
    }
  }

  private async run(work: () => Promise<ImportedWeights>): Promise<ImportedWeights | null> {
    this.error = null;
    this.lastImported = null;
    try {
      const weights = await work();
      this.lastImported = weights;
      return weights;
    } catch (error) {
      this.error = errorView(error);
      return null;
    } finally {
      this.uploading = null;
      this.progress = null;
      await this.refresh();
    }
  }

  importFile(file: File): Promise<ImportedWeights | null> {
    return this.run(async () => {
      this.uploading = { file: file.name, fraction: 0 };
      const uploadId = await uploadFile(api, file, 'model', { onProgress: (fraction) => (this.uploading = { file: file.name, fraction }) });
      this.uploading = null;
      return api.invoke('weights:import', { uploadId });
    });
  }

  importPath(path: string): Promise<ImportedWeights | null> {
    return this.run(() => api.invoke('weights:import', { path }));
  }

  download(file: TorchvisionFile): Promise<ImportedWeights | null> {
    return this.run(() => api.invoke('weights:download', { file }));
  }

  async remove(id: string): Promise<void> {
    try {
      await api.invoke('weights:remove', { id });
    } catch (error) {
      this.error = errorView(error);
    }
    await this.refresh();
  }
}

export const weightsState = new WeightsState();
