// Lessons 5 and 6's part of insights:compute: which run, which test images and which photo a picture
// request means, then the job for the insights worker (computeConvPicture). Pictures the run stored
// while it trained (its Grad-CAM film strip) are read back from its folder. A dropped photo is decoded
// here, on sharp's thread pool, once per upload (PhotoInputs).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ApiInputError } from '../../../../contract/guards';
import { cacheRoot, currentCacheId, readManifest } from '../../../datasets/cifar10-cache';
import { CIFAR10_CLASSES } from '../../../datasets/cifar10-format';
import type { RunStore } from '../../../run-store/run-store';
import { CAM_FILM_FILE } from './cam-film';
import { CONV_PICTURE_KINDS, type ConvPictureJob, type ConvPictureKind } from './compute-conv-picture';
import type { PhotoInputs } from './photo-inputs';
import type { ConvPictureSet } from './picture-set';

export const CONV_STORED_KINDS = ['cam-film'] as const;

export interface ConvPictureRequest {
  kind: ConvRequestKind;
  runId?: string;
  params?: Record<string, number>;
  uploadId?: string;
}

export interface ConvInsightsOptions {
  store: RunStore;
  dataDirectory: string;
  photos: PhotoInputs;
  /** Runs a job in the insights worker. */
  inWorker: (job: ConvPictureJob) => Promise<ConvPictureSet>;
}

export type ConvRequestKind = ConvPictureKind | (typeof CONV_STORED_KINDS)[number];

export function isConvPictureKind(kind: string): kind is ConvRequestKind {
  return (CONV_PICTURE_KINDS as readonly string[]).includes(kind) || (CONV_STORED_KINDS as readonly string[]).includes(kind);
}

export class ConvInsights {
  constructor(private readonly options: ConvInsightsOptions) {}

  async compute(request: ConvPictureRequest): Promise<ConvPictureSet> {
    const runId = request.runId;
    if (!runId) throw new ApiInputError(`a ${request.kind} picture needs a runId`);
    const run = this.options.store.get(runId);
    if (!run) throw ApiInputError.of({ code: 'run-not-found', params: { runId } });
    if (run.lessonId !== 'convnet' && run.lessonId !== 'cnn') throw new ApiInputError(`a ${request.kind} picture is for lessons 5 and 6, not ${run.lessonId}`);
    const runDir = join(this.options.dataDirectory, 'runs', runId);
    if (request.kind === 'cam-film') {
      const file = join(runDir, CAM_FILM_FILE);
      if (!existsSync(file)) {
        throw ApiInputError.of({ code: 'pictures-unavailable', params: { detail: `run ${runId} stored no Grad-CAM film strip (it stopped before its first epoch ended, or an older version trained it)` } });
      }
      return JSON.parse(readFileSync(file, 'utf8')) as ConvPictureSet;
    }
    if (!existsSync(join(runDir, 'model.safetensors'))) throw ApiInputError.of({ code: 'run-has-no-weights', params: { runId } });
    const photoRgb = request.uploadId ? await this.options.photos.rgb32(request.uploadId) : undefined;
    return this.options.inWorker({
      kind: request.kind,
      lessonId: run.lessonId,
      runDir,
      ...(this.datasetDir() ? { datasetDir: this.datasetDir() as string } : {}),
      classes: CIFAR10_CLASSES,
      doubleSoftmax: run.hyperparameters.doubleSoftmax === 'on',
      params: request.params ?? {},
      ...(photoRgb ? { photoRgb } : {}),
    });
  }

  /** The CIFAR-10 cache the lessons use now (the test images of a picture), or null before any import. */
  private datasetDir(): string | null {
    const root = cacheRoot(this.options.dataDirectory);
    const cacheId = currentCacheId(root);
    return cacheId && readManifest(join(root, cacheId)) ? join(root, cacheId) : null;
  }
}
