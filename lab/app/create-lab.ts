// Assembles the application: opens the store (marking runs orphaned by a dead process as
// interrupted), starts the trainer host, and implements every API channel.
import { existsSync, rmSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { EventChannel, Events } from '../../contract/events';
import type { Handlers } from '../../contract/api';
import { ApiInputError } from '../../contract/guards';
import { lessonSummaries } from '../../contract/lessons/registry';
import { openDatabase, sqliteVersion } from '../run-store/open-database';
import { RunStore } from '../run-store/run-store';
import { SettingsStore } from '../run-store/settings-store';
import { sweepStaleTemporaries } from './startup-sweep';
import { IMPORT_WORKER_FILE, TrainerHost } from '../trainer/trainer-host';
import { DatasetService } from '../datasets/dataset-service';
import { InsightsService } from '../trainer/insights-service';
import { VggProfileService } from '../trainer/vgg-profile-service';
import { RunLibrary } from '../runs/run-library';
import { createRunsHandlers } from '../runs/runs-handlers';
import { uploadHandlers } from '../uploads/upload-handlers';
import { modelHandlers } from '../models/model-handlers';
import { ModelService } from '../models/model-service';
import { UploadStore } from '../uploads/upload-store';
import { transferHandlers } from '../models/transfer-handlers';
import { FineTuneService } from '../models/finetune-service';
import { TransferService } from '../models/transfer-service';
import { TorchvisionWeightsService } from '../models/torchvision-weights-service';
import { weightsHandlers } from '../models/weights-handlers';
import { buildAppInfo } from './app-info';
import { APP_VERSION } from '../platform/app-version';
import { DATABASE_FILE, defaultDataDirectory } from './data-directory';
import { createDispatcher } from './dispatch';
import { continueHandlers } from '../runs/continue-handlers';
import type { EventListener } from '../../contract/events';
import type { Lab, LabOptions } from './lab';

export interface CreateLabOptions extends LabOptions {
  /** The bundled worker entry; defaults to training-worker.mjs beside this bundle (dist/node). */
  workerScript?: string;
  /** The bundled inference worker; defaults to inference-worker.mjs beside the training worker. */
  inferenceWorkerScript?: string;
  /** Trainings allowed at once; defaults to AIRI_LAB_MAX_TRAININGS, else the number of cores. */
  maxConcurrentTrainings?: number;
  /** Where torchvision's weight files are downloaded from: a classroom mirror; defaults to AIRI_LAB_TORCHVISION_MIRROR, else torchvision's address. */
  torchvisionDownloadBase?: string;
}

function defaultWorkerScript(): string {
  // Every bundle lives in dist/node; the CJS one (Electron main) gets import.meta.url from build-node.mjs.
  return join(dirname(fileURLToPath(import.meta.url)), 'training-worker.mjs');
}

export async function createLab(options: CreateLabOptions): Promise<Lab> {
  const dataDirectory = options.dataDirectory ?? defaultDataDirectory();
  const db = openDatabase(join(dataDirectory, DATABASE_FILE), { nativeBinding: options.sqliteNativeBinding });
  const store = new RunStore(db);
  const settings = new SettingsStore(db);
  store.markInterrupted();
  await sweepStaleTemporaries(dataDirectory);

  const listeners = new Set<EventListener>();
  const emit: EventListener = <E extends EventChannel>(channel: E, payload: Events[E]) => {
    for (const listener of listeners) listener(channel, payload);
  };
  const workerScript = options.workerScript ?? defaultWorkerScript();
  if (!existsSync(workerScript)) throw new Error(`training worker not found at ${workerScript}: run "npm run build" first`);
  const maxConcurrent = options.maxConcurrentTrainings ?? (Number(process.env.AIRI_LAB_MAX_TRAININGS) || cpus().length);
  const trainer = new TrainerHost({ store, emit, workerScript, appVersion: APP_VERSION, maxConcurrent, dataDirectory });
  const datasets = new DatasetService({
    dataDirectory, emit, pickPath: options.pickDatasetPath, importWorkerScript: join(dirname(workerScript), IMPORT_WORKER_FILE),
  });

  const vggProfile = new VggProfileService(join(dirname(workerScript), 'vgg-profile-worker.mjs'));

  const uploads = new UploadStore(dataDirectory);
  // The insights worker is bundled beside the training worker (dist/node).
  const insights = new InsightsService({ store, dataDirectory, workerScript: join(dirname(workerScript), 'insights-worker.mjs'), uploads });
  const models = new ModelService(dataDirectory, options.inferenceWorkerScript ?? join(dirname(workerScript), 'inference-worker.mjs'));

  const transfer = new TransferService({
    dataDirectory, models, store, emit, appVersion: APP_VERSION, headWorkerScript: join(dirname(workerScript), 'transfer-head-worker.mjs'),
  });

  const weights = new TorchvisionWeightsService({
    dataDirectory, models, emit, camWorkerScript: join(dirname(workerScript), 'weights-cam-worker.mjs'),
    downloadBase: options.torchvisionDownloadBase ?? (process.env.AIRI_LAB_TORCHVISION_MIRROR || undefined),
  });

  const fineTune = new FineTuneService({
    dataDirectory, store, emit, transfer, appVersion: APP_VERSION, workerScript: join(dirname(workerScript), 'transfer-finetune-worker.mjs'),
  });

  const handlers: Handlers = {
    ...uploadHandlers(uploads),
    ...transferHandlers(transfer, fineTune, uploads),
    ...modelHandlers(models, uploads),
    ...weightsHandlers(weights, uploads),
    'app:info': async () => buildAppInfo(options, sqliteVersion(db), dataDirectory, await models.providers().catch(() => null)),
    'settings:get': () => settings.get(),
    'settings:update': (patch) => settings.update(patch),
    'lessons:list': () => lessonSummaries(),
    'training:start': ({ lessonId, hyperparameters, data }) => ({ runId: trainer.start(lessonId, hyperparameters, { data }).runId }),
    // Lesson 8's full fine-tuning runs on its own worker, not the trainer's: it stops keeping its best epoch so far.
    'training:stop': async ({ runId }) => ({ stopped: fineTune.stop(runId) || (await trainer.stop(runId)) }),
    ...continueHandlers(store, trainer),
    'runs:list': (filter) => {
      // A run whose process died (a CLI killed while the server runs) would otherwise stay "running" forever.
      store.markInterrupted();
      return store.list(filter);
    },
    'runs:get': ({ runId }) => {
      const run = store.get(runId);
      if (!run) throw ApiInputError.of({ code: 'run-not-found', params: { runId } });
      return run;
    },
    'runs:delete': ({ runId }) => {
      if (trainer.isRunning(runId)) throw ApiInputError.of({ code: 'run-still-running', params: {} });
      store.markInterrupted();
      const deleted = store.delete(runId);
      // A run's files (saved weights) go with its record; the id is guarded, so this stays inside runs/.
      if (deleted) rmSync(join(dataDirectory, 'runs', runId), { recursive: true, force: true });
      if (deleted) emit('runs:changed', { runId });
      return { deleted };
    },
    'datasets:status': () => datasets.status(),
    'datasets:import': (request) => datasets.import(request),
    'datasets:pick': ({ folder }) => datasets.pick(folder),
    'insights:compute': (request) => insights.compute(request),
    ...createRunsHandlers({ db, store, library: new RunLibrary(db), trainer, dataDirectory, emit }),
    'vgg16:profile': () => vggProfile.profile(),
  };

  let closed = false;
  return {
    handlers,
    dispatch: createDispatcher(handlers),
    onEvent(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    dataDirectory,
    assignRun: (runId, trainedBy) => store.setTrainedBy(runId, trainedBy),
    async close() {
      if (closed) return;
      closed = true;
      await trainer.stopAll();
      await datasets.idle();
      await uploads.close();
      await weights.close();
      await models.close();
      listeners.clear();
      db.close();
    },
  };
}
