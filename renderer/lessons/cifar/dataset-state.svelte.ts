// Which CIFAR-10 the lab has imported and the import in progress, as every window sees it: the
// lessons' dataset panel reads this one object; datasets:progress and datasets:finished keep it current.
import type { DatasetImportState, DatasetStatus } from '../../../contract/datasets';
import { errorView, type LabErrorView } from '../../i18n/error-text';
import { api, connection } from '../../state/lab.svelte';

class DatasetState {
  status = $state.raw<DatasetStatus | null>(null);
  importing = $state.raw<DatasetImportState | null>(null);
  /** Why the last import (or the call that started it) failed. */
  error = $state<LabErrorView | null>(null);
  /** The source of the import this window finished last, to say so. */
  finished = $state<string | null>(null);
  private loaded = false;

  constructor() {
    api.on('datasets:progress', (progress) => {
      this.importing = progress;
    });
    api.on('datasets:finished', (finished) => {
      this.importing = null;
      this.status = finished.status;
      if (finished.ok) {
        this.finished = finished.sourcePath;
        this.error = null;
      } else {
        this.error = { text: finished.error ?? '', info: finished.errorInfo };
      }
    });
    connection.onReconnect(() => void this.refresh());
  }

  /** Loads the status once per window (later calls reuse it; events keep it current). */
  ensureLoaded(): void {
    if (this.loaded) return;
    this.loaded = true;
    void this.refresh();
  }

  async refresh(): Promise<void> {
    try {
      const status = await api.invoke('datasets:status', undefined);
      this.status = status;
      this.importing = status.importing;
    } catch (error) {
      this.error = errorView(error);
    }
  }

  async import(path: string, limitPerClass: number | null): Promise<void> {
    this.error = null;
    this.finished = null;
    try {
      const status = await api.invoke('datasets:import', limitPerClass ? { path, limitPerClass } : { path });
      this.status = status;
      this.importing ??= status.importing;
    } catch (error) {
      this.error = errorView(error);
    }
  }

  /** The desktop file dialog; resolves to the chosen path or null. */
  async pick(folder: boolean): Promise<string | null> {
    try {
      return (await api.invoke('datasets:pick', { folder })).path;
    } catch (error) {
      this.error = errorView(error);
      return null;
    }
  }
}

export const datasets = new DatasetState();
