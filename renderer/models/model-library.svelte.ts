// The model library on the Models screen: the list, which model classifies dropped photos (kept in
// localStorage), what the machine's execution providers did, and importing a new .onnx with progress.
import type { ModelSummary, ProvidersReport } from '../../contract/models/models';
import { uploadFile } from '../components/photos/upload-file';
import { errorView, type LabErrorView } from '../i18n/error-text';
import { api } from '../state/lab.svelte';

const SELECTED_KEY = 'airi-lab.photo-model';

class ModelLibrary {
  models = $state.raw<ModelSummary[]>([]);
  loaded = $state(false);
  loadError = $state<LabErrorView | null>(null);
  providers = $state.raw<ProvidersReport | null>(null);
  selectedId = $state<string | null>(localStorage.getItem(SELECTED_KEY));
  importing = $state<{ file: string; fraction: number } | null>(null);
  importError = $state<LabErrorView | null>(null);

  readonly selected = $derived(this.models.find((m) => m.id === this.selectedId) ?? this.models.at(-1) ?? null);

  async load(): Promise<void> {
    try {
      this.models = await api.invoke('models:list', undefined);
      this.loaded = true;
      this.loadError = null;
    } catch (error) {
      this.loadError = errorView(error);
    }
    if (!this.providers) void api.invoke('models:providers', undefined).then((p) => (this.providers = p), () => {});
  }

  select(modelId: string): void {
    this.selectedId = modelId;
    localStorage.setItem(SELECTED_KEY, modelId);
  }

  byId(modelId: string): ModelSummary | null {
    return this.models.find((m) => m.id === modelId) ?? null;
  }

  /** Sends the file (and labels), imports it, selects it; errors land in importError. */
  async importFile(file: File, labels: File | null = null): Promise<ModelSummary | null> {
    this.importError = null;
    this.importing = { file: file.name, fraction: 0 };
    try {
      const uploadId = await uploadFile(api, file, 'model', { onProgress: (fraction) => (this.importing = { file: file.name, fraction }) });
      const labelsUploadId = labels ? await uploadFile(api, labels, 'labels') : undefined;
      const model = await api.invoke('models:import', { uploadId, ...(labelsUploadId ? { labelsUploadId } : {}) });
      this.replace(model);
      this.select(model.id);
      return model;
    } catch (error) {
      this.importError = errorView(error);
      return null;
    } finally {
      this.importing = null;
    }
  }

  async remove(modelId: string): Promise<LabErrorView | null> {
    try {
      await api.invoke('models:remove', { modelId });
      this.models = this.models.filter((m) => m.id !== modelId);
      return null;
    } catch (error) {
      return errorView(error);
    }
  }

  /** Puts a changed model (renamed, new preprocessing, provider) into the list. */
  replace(model: ModelSummary): void {
    const at = this.models.findIndex((m) => m.id === model.id);
    this.models = at < 0 ? [...this.models, model] : this.models.map((m) => (m.id === model.id ? model : m));
  }
}

export const library = new ModelLibrary();
