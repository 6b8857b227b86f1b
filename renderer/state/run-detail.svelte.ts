// One stored run with its curves and artifacts, as the run page and the comparison show it.
import type { RunDetail } from '../../contract/runs';
import { errorText } from '../i18n/error-text';
import { api } from './lab.svelte';

export class RunDetailState {
  detail = $state.raw<RunDetail | null>(null);
  loading = $state(false);
  error = $state<string | null>(null);
  private runId: string | null = null;
  private readonly unsubscribe: () => void;

  constructor() {
    // A running run changes under our eyes: follow it until it settles.
    this.unsubscribe = api.on('runs:changed', ({ runId }) => {
      if (runId === this.runId && this.detail?.status === 'running') void this.refresh();
    });
  }

  async load(runId: string): Promise<void> {
    this.runId = runId;
    this.detail = null;
    this.loading = true;
    await this.refresh();
    this.loading = false;
  }

  private async refresh(): Promise<void> {
    const runId = this.runId;
    if (!runId) return;
    try {
      const detail = await api.invoke('runs:get', { runId });
      if (runId !== this.runId) return;
      this.detail = detail;
      this.error = null;
    } catch (error) {
      if (runId === this.runId) this.error = errorText(error);
    }
  }

  dispose(): void {
    this.unsubscribe();
  }
}
