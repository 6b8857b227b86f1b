// One run's writes to the store, made safe to call from a training worker's message handler: a write
// that fails ("database is locked" when another program holds the lock past busy_timeout, a full disk)
// never throws into the event loop. Metric points wait in memory and go with the next write; after
// `attempts` failures in a row the run is given up (the trainer then stops it and reports it failed),
// and the final record is retried on a timer until the store takes it, so every other run keeps going.
import type { LabErrorInfo } from '../../contract/lab-errors';
import type { RunStatus } from '../../contract/runs';
import type { MetricPoint, RunStore } from './run-store';

export interface RunWriterOptions {
  /** Failed writes in a row before the run is given up. */
  attempts?: number;
  /** Wait between retries of the final record (each try may also wait busy_timeout inside SQLite). */
  retryDelayMs?: number;
  /** Called once, with the last error's text, when the run's metrics cannot be stored. */
  onGiveUp: (detail: string) => void;
}

export interface FinalRecord {
  status: Exclude<RunStatus, 'running'>;
  metrics: Record<string, number>;
  error: LabErrorInfo | null;
  artifacts: Record<string, unknown>;
}

/** The error's text without a stack: what a person can act on ("database is locked", "disk is full"). */
export function storeErrorDetail(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export class RunWriter {
  private pending: MetricPoint[] = [];
  private failures = 0;
  private gaveUp = false;
  private readonly attempts: number;
  private readonly retryDelayMs: number;

  constructor(
    private readonly store: RunStore,
    private readonly runId: string,
    private readonly options: RunWriterOptions,
  ) {
    this.attempts = options.attempts ?? 3;
    this.retryDelayMs = options.retryDelayMs ?? 1000;
  }

  appendMetrics(points: readonly MetricPoint[]): void {
    if (this.gaveUp) return;
    this.pending.push(...points);
    try {
      this.store.appendMetrics(this.runId, this.pending);
      this.pending = [];
      this.failures = 0;
    } catch (error) {
      this.failures++;
      if (this.failures >= this.attempts) {
        this.gaveUp = true;
        this.pending = [];
        this.options.onGiveUp(storeErrorDetail(error));
      }
    }
  }

  /** Stores the run's end; resolves once stored, or after `maxTries` failed tries (the store stays unusable). */
  finish(record: FinalRecord, maxTries = 30): Promise<boolean> {
    return new Promise((resolve) => {
      let tries = 0;
      const attempt = () => {
        tries++;
        try {
          if (this.pending.length > 0 && !this.gaveUp) this.store.appendMetrics(this.runId, this.pending);
          this.pending = [];
          this.store.saveArtifacts(this.runId, record.artifacts);
          this.store.finishRun(this.runId, record.status, record.metrics, record.error);
          resolve(true);
        } catch {
          if (tries >= maxTries) resolve(false);
          else setTimeout(attempt, this.retryDelayMs).unref();
        }
      };
      attempt();
    });
  }
}
