// The datasets:* channels: which CIFAR-10 the lessons train on, and importing one from the app with
// progress for every window. One import at a time, on the dataset import worker thread (so the
// server and the window keep answering); a failure leaves the dataset imported before as it was
// (the cache is written aside and renamed into place).
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { DatasetImportRequest, DatasetImportState, DatasetStatus, ImportedDataset } from '../../contract/datasets';
import { ApiInputError } from '../../contract/guards';
import { englishLabError, type LabErrorInfo } from '../../contract/lab-errors';
import type { EventListener } from '../../contract/events';
import { cacheRoot, currentCacheId, readManifest } from './cifar10-cache';
import type { ImportPhase } from './import-cifar10';
import { importCifar10OffThread } from './import-off-thread';

/** Progress events go out at most this often (the last one of a phase always does). */
const PROGRESS_EVERY_MS = 200;

export interface DatasetServiceOptions {
  dataDirectory: string;
  /** dist/node/dataset-import-worker.mjs. */
  importWorkerScript: string;
  emit: EventListener;
  /** The desktop app's file dialog; absent in browser mode. */
  pickPath?: (folder: boolean) => Promise<string | null>;
}

export class DatasetService {
  private importing: DatasetImportState | null = null;
  private running: Promise<void> | null = null;

  constructor(private readonly options: DatasetServiceOptions) {}

  status(): DatasetStatus {
    return { current: this.current(), importing: this.importing, canPickFile: this.options.pickPath !== undefined, canImport: true };
  }

  /** Starts an import and answers at once; datasets:progress and datasets:finished follow. */
  import(request: DatasetImportRequest): DatasetStatus {
    if (this.importing) throw ApiInputError.of({ code: 'dataset-import-busy', params: { source: this.importing.sourcePath } });
    const started = performance.now();
    this.importing = { sourcePath: request.path, phase: 'scanning', done: 0, total: 1, elapsedSeconds: 0, etaSeconds: null };
    this.running = this.run(request, started).finally(() => {
      this.running = null;
    });
    return this.status();
  }

  async pick(folder: boolean): Promise<{ path: string | null }> {
    if (!this.options.pickPath) throw ApiInputError.of({ code: 'file-dialog-unavailable', params: {} });
    return { path: await this.options.pickPath(folder) };
  }

  /** Resolves once no import is running (for closing the lab and for tests). */
  async idle(): Promise<void> {
    await this.running;
  }

  private async run(request: DatasetImportRequest, started: number): Promise<void> {
    const { emit, dataDirectory } = this.options;
    let phaseStarted = started;
    let phase: ImportPhase = 'scanning';
    let lastEmit = 0;
    const onProgress = (done: number, total: number, next: ImportPhase) => {
      const now = performance.now();
      if (next !== phase) {
        phase = next;
        phaseStarted = now;
      }
      if (now - lastEmit < PROGRESS_EVERY_MS && done < total) return;
      lastEmit = now;
      this.importing = {
        sourcePath: request.path, phase, done, total, elapsedSeconds: (now - started) / 1000,
        etaSeconds: estimateEtaSeconds(done, total, (now - phaseStarted) / 1000),
      };
      emit('datasets:progress', this.importing);
    };
    let failure: LabErrorInfo | null = null;
    try {
      await importCifar10OffThread(this.options.importWorkerScript, request.path, { dataDir: dataDirectory, limitPerClass: request.limitPerClass ?? null, onProgress });
    } catch (error) {
      failure = importFailure(request.path, error);
    }
    this.importing = null;
    emit('datasets:finished', {
      sourcePath: request.path, ok: failure === null, error: failure ? englishLabError(failure) : null,
      errorInfo: failure, status: this.status(),
    });
  }

  private current(): ImportedDataset | null {
    const root = cacheRoot(this.options.dataDirectory);
    const cacheId = currentCacheId(root);
    const manifest = cacheId ? readManifest(join(root, cacheId)) : null;
    if (!manifest) return null;
    return {
      sourcePath: manifest.source.path,
      sourceFormat: manifest.source.format,
      trainImages: manifest.splits.train.count,
      testImages: manifest.splits.test.count,
      classes: manifest.classes,
      limitPerClass: manifest.limitPerClass,
      importedAt: manifest.importedAt,
    };
  }
}

/** Seconds left in a phase at its pace so far; null until a few percent of it is done. */
function estimateEtaSeconds(done: number, total: number, elapsedSeconds: number): number | null {
  if (done <= 0 || total <= 0 || done / total < 0.01 || elapsedSeconds < 0.2) return null;
  return Math.max(0, ((total - done) * elapsedSeconds) / done);
}

/**
 * The failure as a code. A DatasetImportError's message ("cannot import <source>: <member>: <reason>")
 * crosses the worker boundary as text: its prefix goes, since the wording names the source itself.
 */
function importFailure(sourcePath: string, error: unknown): LabErrorInfo {
  const message = error instanceof Error ? error.message : String(error);
  const prefix = `cannot import ${resolve(sourcePath)}: `;
  const reason = message.startsWith(prefix) ? message.slice(prefix.length) : message;
  return { code: 'dataset-import-failed', params: { source: sourcePath, member: null, reason } };
}
