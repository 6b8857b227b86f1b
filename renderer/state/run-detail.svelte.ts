// One stored run as its page shows it: curves downsampled by lab/ (runs:open, LTTB) so a run of a
// million points opens quickly, followed live while it trains (refreshed at most once a second).
import type { OpenedRun } from '../../contract/runs-api';
import { errorText } from '../i18n/error-text';
import { api } from './lab.svelte';

/** Points per curve on a run page: more than a chart's width in pixels. */
export const RUN_PAGE_POINTS = 2000;
const LIVE_REFRESH_MS = 1000;

export class RunDetailState {
  detail = $state.raw<OpenedRun | null>(null);
  loading = $state(false);
  error = $state<string | null>(null);
  private runId: string | null = null;
  private readonly unsubscribe: (() => void)[];
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor() {
    const follow = (runId: string) => {
      if (runId === this.runId && this.detail?.status === 'running') this.scheduleRefresh();
    };
    // A running run changes under our eyes: follow it until it settles.
    this.unsubscribe = [
      api.on('runs:changed', ({ runId }) => follow(runId)),
      api.on('training:progress', ({ runId }) => follow(runId)),
      api.on('training:finished', ({ runId }) => {
        if (runId === this.runId) void this.refresh();
      }),
    ];
  }

  async load(runId: string): Promise<void> {
    this.runId = runId;
    this.detail = null;
    this.loading = true;
    await this.refresh();
    this.loading = false;
  }

  private scheduleRefresh(): void {
    this.timer ??= setTimeout(() => {
      this.timer = null;
      void this.refresh();
    }, LIVE_REFRESH_MS);
  }

  async refresh(): Promise<void> {
    const runId = this.runId;
    if (!runId) return;
    try {
      const detail = await api.invoke('runs:open', { runId, maxPoints: RUN_PAGE_POINTS });
      if (runId !== this.runId) return;
      this.detail = detail;
      this.error = null;
    } catch (error) {
      if (runId === this.runId) this.error = errorText(error);
    }
  }

  dispose(): void {
    for (const off of this.unsubscribe) off();
    if (this.timer) clearTimeout(this.timer);
  }
}
