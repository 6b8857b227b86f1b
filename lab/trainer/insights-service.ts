// insights:compute: a picture of what a run learned. Pictures the run stored while it trained (its
// film strip, its test predictions) are read back from its folder; pictures of its weights are drawn
// from its model.safetensors in a worker thread, so a 1000-neuron grid never blocks a window or the
// classroom server. A couple of jobs run at once; the rest wait their turn.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PictureRequest, PictureSet } from '../../contract/insights';
import { ApiInputError } from '../../contract/guards';
import { cacheRoot, currentCacheId, readManifest } from '../datasets/cifar10-cache';
import { CIFAR10_CLASSES } from '../datasets/cifar10-format';
import { ConcurrencyLimit } from '../datasets/concurrency-limit';
import type { RunStore } from '../run-store/run-store';
import { runOneShotWorker } from '../platform/one-shot-worker';
import type { PictureJob, PictureJobResult } from '../lessons/pictures/compute-picture';
import { storedPictureFile } from '../lessons/pictures/picture-hooks';
import { ConvInsights, isConvPictureKind } from '../lessons/convnet/pictures/conv-insights';
import type { ConvPictureJob } from '../lessons/convnet/pictures/compute-conv-picture';
import { PhotoInputs } from '../lessons/convnet/pictures/photo-inputs';
import type { UploadStore } from '../uploads/upload-store';

/** A picture job that takes longer than this has gone wrong (the largest takes about a second). */
const JOB_TIMEOUT_MS = 60_000;

export interface InsightsServiceOptions {
  store: RunStore;
  dataDirectory: string;
  /** The bundled worker entry (dist/node/insights-worker.mjs). */
  workerScript: string;
  /** Where dropped photos arrive (lessons 5 and 6 explain them). */
  uploads: UploadStore;
}

export class InsightsService {
  private readonly limit = new ConcurrencyLimit(2);
  private readonly conv: ConvInsights;

  constructor(private readonly options: InsightsServiceOptions) {
    this.conv = new ConvInsights({
      store: options.store, dataDirectory: options.dataDirectory, photos: new PhotoInputs(options.uploads),
      inWorker: (job) => this.inWorker(job),
    });
  }

  async compute(request: PictureRequest): Promise<PictureSet> {
    const { kind } = request;
    if (isConvPictureKind(kind)) return this.conv.compute({ ...request, kind });
    const params = request.params ?? {};
    if (kind === 'one-image') {
      const root = cacheRoot(this.options.dataDirectory);
      const cacheId = currentCacheId(root);
      if (!cacheId || !readManifest(join(root, cacheId))) throw ApiInputError.of({ code: 'dataset-not-imported', params: {} });
      return this.inWorker({ kind: 'one-image', datasetDir: join(root, cacheId), classes: CIFAR10_CLASSES, params });
    }
    const runId = request.runId;
    if (!runId) throw new ApiInputError(`a ${kind} picture needs a runId`);
    const run = this.options.store.get(runId);
    if (!run) throw ApiInputError.of({ code: 'run-not-found', params: { runId } });
    const runDir = join(this.options.dataDirectory, 'runs', runId);
    if (kind === 'template-film' || kind === 'test-predictions') {
      const file = join(runDir, storedPictureFile(kind));
      if (!existsSync(file)) {
        throw ApiInputError.of({ code: 'pictures-unavailable', params: { detail: `run ${runId} stored no ${kind} picture (it stopped early, or an older version trained it)` } });
      }
      return JSON.parse(readFileSync(file, 'utf8')) as PictureSet;
    }
    const modelFile = join(runDir, 'model.safetensors');
    if (!existsSync(modelFile)) throw ApiInputError.of({ code: 'run-has-no-weights', params: { runId } });
    const perClass = run.artifacts.perClassAccuracy as { classes?: unknown } | undefined;
    const classes = Array.isArray(perClass?.classes) ? perClass.classes.map(String) : CIFAR10_CLASSES;
    return this.inWorker({ kind: kind, modelFile, classes, params, run: { lessonId: run.lessonId, hyperparameters: run.hyperparameters } });
  }

  private inWorker(job: PictureJob | ConvPictureJob): Promise<PictureSet> {
    return this.limit.run(() => runOneShotWorker<PictureJobResult, PictureSet>(this.options.workerScript, {
      name: 'worker',
      workerData: job,
      timeout: { ms: JOB_TIMEOUT_MS, detail: 'it took over a minute' },
      answer: (result) => (result.ok ? { value: result.picture } : { error: unavailable(result.error) }),
      failed: unavailable,
    }));
  }
}

const unavailable = (detail: string) => ApiInputError.of({ code: 'pictures-unavailable', params: { detail } });
