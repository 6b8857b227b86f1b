// Pictures of what a run learned (lessons 2, 3, 5, 6): class templates, first-layer neurons, filters,
// a film strip across epochs, test images with their predictions. lab/ computes them off the
// UI thread from the run's own weights (or reads the ones the run stored) and streams the live ones
// through 'training:snapshot'. One shape for all: a set of small RGB tiles with optional captions.
import { ApiInputError, expectObject } from './guards';

/**
 * class-templates: rows of a linear classifier's W as 32×32 images, one global min-max (notebook 2).
 * neurons: rows of the first Linear layer as 32×32 images, each tile min-maxed alone (notebook 3).
 * template-film: the class templates at the end of every epoch, stored by the run.
 * test-predictions: test images with their predicted and true classes, stored by the run.
 * one-image: notebook 2's experiment (no run): a random W, then one gradient ascent and one descent step.
 * Lessons 5 and 6 (lab/lessons/convnet/pictures): filters (the first convolution's), feature-maps and
 * grad-cam of one test image or dropped photo, confusion (the test set's matrix), cell-gallery (one
 * cell's images) and cam-film (Grad-CAM at each epoch, stored by the run).
 */
export const PICTURE_KINDS = [
  'class-templates', 'neurons', 'template-film', 'test-predictions', 'one-image',
  'filters', 'feature-maps', 'grad-cam', 'confusion', 'cell-gallery', 'cam-film',
] as const;
export type PictureKind = (typeof PICTURE_KINDS)[number];

export interface PictureSet {
  kind: PictureKind;
  tileWidth: number;
  tileHeight: number;
  /** Tiles in this set. */
  count: number;
  /** How many the run has in all (e.g. 1000 neurons when only the first 100 were sent live). */
  total: number;
  /** base64 of count × tileHeight × tileWidth × 3 bytes: RGB, row by row, tile after tile. */
  pixels: string;
  /** A caption key per tile: a class name, a neuron's number, a phase of the experiment. */
  labels?: string[];
  /** Numbers that go with the tiles, by name (predicted and true class indices, probabilities...). */
  values?: Record<string, number[]>;
  /** For film strips: consecutive groups of tiles, each with its caption (e.g. the epoch). */
  frames?: { label: string; count: number }[];
  /** 'learned': the weights minus those the run started from (params.learned = 1); absent: the weights. */
  variant?: 'learned';
}

export interface PictureRequest {
  kind: PictureKind;
  /** The run whose weights the picture shows; the one-image experiment needs none. */
  runId?: string;
  /** Kind-specific numbers: neurons { offset, count, learned (1: minus the initial weights) }, one-image { imageIndex, stepSize, seed }. */
  params?: Record<string, number>;
  /** feature-maps and grad-cam of a dropped photo: its upload (uploads:start), instead of a test image. */
  uploadId?: string;
}

/** The live snapshot a CIFAR-10 run streams while it trains (see TrainingSnapshot in events.ts). */
export interface PicturesSnapshot {
  kind: 'pictures';
  step: number;
  epoch: number;
  pictures: PictureSet;
}

export function isPictureKind(value: unknown): value is PictureKind {
  return typeof value === 'string' && (PICTURE_KINDS as readonly string[]).includes(value);
}

export function expectPictureRequest(input: unknown): PictureRequest {
  const o = expectObject(input, 'request');
  if (!isPictureKind(o.kind)) throw new ApiInputError(`kind must be one of ${PICTURE_KINDS.join(', ')}`);
  const request: PictureRequest = { kind: o.kind };
  if (o.runId !== undefined) {
    if (typeof o.runId !== 'string' || !/^[A-Za-z0-9_-]{1,64}$/.test(o.runId)) throw new ApiInputError('runId must be a run identifier');
    request.runId = o.runId;
  }
  if (o.params !== undefined) {
    const p = expectObject(o.params, 'params');
    const params: Record<string, number> = {};
    for (const [key, value] of Object.entries(p)) {
      if (!/^[A-Za-z]{1,32}$/.test(key) || typeof value !== 'number' || !Number.isFinite(value)) {
        throw new ApiInputError(`params.${key} must be a finite number`);
      }
      params[key] = value;
    }
    request.params = params;
  }
  if (o.uploadId !== undefined) {
    if (typeof o.uploadId !== 'string' || !/^[a-f0-9]{32}$/.test(o.uploadId)) throw new ApiInputError('uploadId must be an upload identifier');
    request.uploadId = o.uploadId;
  }
  return request;
}
