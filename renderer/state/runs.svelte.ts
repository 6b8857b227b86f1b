// The stored runs, newest first; reloaded (at most a few times a second) whenever lab/ says one changed.
import type { RunSummary } from '../../contract/runs';
import { errorText } from '../i18n/error-text';
import { api, connection } from './lab.svelte';

const RELOAD_DELAY_MS = 300;

class RunsState {
  runs = $state.raw<RunSummary[]>([]);
  loaded = $state(false);
  loading = $state(false);
  error = $state<string | null>(null);
  private reloadTimer: ReturnType<typeof setTimeout> | null = null;

  constructor() {
    api.on('runs:changed', () => this.scheduleReload());
    connection.onReconnect(() => this.scheduleReload());
  }

  async load(): Promise<void> {
    this.loading = true;
    try {
      const runs = await api.invoke('runs:list', {});
      this.runs = [...runs].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
      this.loaded = true;
      this.error = null;
    } catch (error) {
      this.error = errorText(error);
    } finally {
      this.loading = false;
    }
  }

  /** Deletes a run; returns the error message, or null when it is gone. */
  async remove(runId: string): Promise<string | null> {
    try {
      await api.invoke('runs:delete', { runId });
      this.runs = this.runs.filter((run) => run.id !== runId);
      return null;
    } catch (error) {
      return errorText(error);
    }
  }

  private scheduleReload(): void {
    if (!this.loaded || this.reloadTimer) return;
    this.reloadTimer = setTimeout(() => {
      this.reloadTimer = null;
      void this.load();
    }, RELOAD_DELAY_MS);
  }
}

export const runs = new RunsState();
