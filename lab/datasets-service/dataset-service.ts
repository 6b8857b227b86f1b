// The datasets:* channels: which CIFAR-10 the lessons train on, and importing one from the app with
// progress for every window. One import at a time; it runs on the main event loop's async I/O and
// sharp's thread pool (the decoder), like `lab datasets import`, and a failure leaves the dataset
// imported before as it was (the cache is written aside and renamed into place).
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { DatasetImportRequest, DatasetImportState, DatasetStatus, ImportedDataset } from '../../contract/datasets';
import { ApiInputError } from '../../contract/guards';
import { englishLabError, type LabErrorInfo } from '../../contract/lab-errors';
import type { EventListener } from '../app/lab';
import { cacheRoot, currentCacheId, readManifest } from '../datasets/cifar10-cache';
import type { ImportPhase } from '../datasets/import-cifar10';
import { estimateEtaSeconds } from '../trainer/eta';

/** Progress events go out at most this often (the last one of a phase always does). */
const PROGRESS_EVERY_MS = 200;

export interface DatasetServiceOptions {
  dataDirectory: string;
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
      // The importer loads sharp (the image decoder): only an import pays for loading it.
      const { importCifar10 } = await import('../datasets/import-cifar10');
      await importCifar10(request.path, { dataDir: dataDirectory, limitPerClass: request.limitPerClass ?? null, onProgress });
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

/** A DatasetImportError names the source and the member at fault; anything else keeps its message. */
function importFailure(sourcePath: string, error: unknown): LabErrorInfo {
  const e = error as { name?: unknown; source?: unknown; member?: unknown; reason?: unknown; message?: unknown };
  if (e && e.name === 'DatasetImportError' && typeof e.source === 'string' && typeof e.reason === 'string') {
    return { code: 'dataset-import-failed', params: { source: e.source, member: typeof e.member === 'string' ? e.member : null, reason: e.reason } };
  }
  const reason = error instanceof Error ? error.message : String(error);
  return { code: 'dataset-import-failed', params: { source: sourcePath, member: null, reason } };
}
