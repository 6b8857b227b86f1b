// The lab's handlers for the runs channels of issue 11 (contract/runs-api.ts), assembled from the
// store, the run library and the trainer host that create-lab.ts already made.
import type { Handlers } from '../../contract/api';
import { ApiInputError } from '../../contract/guards';
import type { ImportPart, RunsChannels } from '../../contract/runs-api';
import type { EventListener } from '../../contract/events';
import type { Db } from '../run-store/open-database';
import type { RunStore } from '../run-store/run-store';
import type { TrainerHost } from '../trainer/trainer-host';
import { BUNDLE_LIMITS } from './run-bundle';
import { exportRun } from './run-export';
import { importBundle } from './run-import';
import type { RunLibrary } from './run-library';
import { checkReproduction, rerunSettings } from './rerun';

export interface RunsHandlerDeps {
  db: Db;
  store: RunStore;
  library: RunLibrary;
  trainer: TrainerHost;
  dataDirectory: string;
  emit: EventListener;
}

/** A bundle's parts as they arrive; dropped when abandoned for this long. */
const UPLOAD_TTL_MS = 10 * 60_000;

export function createRunsHandlers(deps: RunsHandlerDeps): Pick<Handlers, keyof RunsChannels> {
  const { db, store, library, trainer, dataDirectory, emit } = deps;
  const uploads = new Map<string, { parts: string[]; size: number; touched: number }>();
  const detail = (runId: string) => {
    const run = store.get(runId);
    if (!run) throw ApiInputError.of({ code: 'run-not-found', params: { runId } });
    return run;
  };

  async function receivePart(part: ImportPart) {
    const now = Date.now();
    for (const [id, upload] of uploads) if (now - upload.touched > UPLOAD_TTL_MS) uploads.delete(id);
    const upload = uploads.get(part.uploadId) ?? { parts: [], size: 0, touched: now };
    uploads.set(part.uploadId, upload);
    upload.parts[part.index] = part.base64;
    upload.size += part.base64.length;
    upload.touched = now;
    if (upload.size > (BUNDLE_LIMITS.compressedBytes / 3) * 4 + 4) {
      uploads.delete(part.uploadId);
      throw ApiInputError.of({ code: 'bundle-too-large', params: { file: part.fileName, limitMegabytes: BUNDLE_LIMITS.compressedBytes >> 20 } });
    }
    if (part.index !== part.count - 1) return {};
    uploads.delete(part.uploadId);
    if (upload.parts.length !== part.count || upload.parts.some((p) => p === undefined)) {
      throw ApiInputError.of({ code: 'bundle-unreadable', params: { file: part.fileName, detail: 'some of its parts did not arrive' } });
    }
    const bytes = Buffer.concat(upload.parts.map((p) => Buffer.from(p, 'base64')));
    const imported = await importBundle(db, dataDirectory, bytes, part.fileName);
    if (!imported.alreadyThere) emit('runs:changed', { runId: imported.runId });
    return { imported: [imported] };
  }

  return {
    'training:active': ({ lessonId }) => trainer.activeRuns(lessonId),
    'runs:open': ({ runId, maxPoints }) => {
      const summary = store.getSummary(runId);
      if (!summary) throw ApiInputError.of({ code: 'run-not-found', params: { runId } });
      const { series, counts } = library.openSeries(runId, maxPoints);
      return { ...summary, series, artifacts: library.artifacts(runId), pointCounts: counts };
    },
    'runs:query': (query) => library.query(query),
    'runs:update': (edit) => {
      const run = library.update(edit);
      if (!run) throw ApiInputError.of({ code: 'run-not-found', params: { runId: edit.runId } });
      emit('runs:changed', { runId: run.id });
      return run;
    },
    'runs:series': ({ runId, maxPoints }) => {
      detail(runId);
      return library.series(runId, maxPoints);
    },
    'runs:export': async ({ runId, format }) => {
      const file = await exportRun(detail(runId), format, dataDirectory);
      return { fileName: file.fileName, mimeType: file.mimeType, base64: Buffer.from(file.bytes).toString('base64') };
    },
    'runs:import': receivePart,
    'runs:rerun': ({ runId, hyperparameters }) => {
      const original = detail(runId);
      const settings = rerunSettings(original, hyperparameters);
      const { runId: newId } = trainer.start(original.lessonId, settings);
      library.markRerun(newId, original.id);
      emit('runs:changed', { runId: newId });
      return { runId: newId };
    },
    'runs:reproduction': ({ runId }) => {
      const rerun = detail(runId);
      if (!rerun.rerunOf) return null;
      const original = store.get(rerun.rerunOf);
      return original ? checkReproduction(original, rerun) : null;
    },
  };
}
