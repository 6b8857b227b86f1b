// The pictures a CIFAR-10 run makes while it trains, for the shared training loop: its lesson's live
// picture (class templates, neurons...) streamed as a 'training:snapshot' every LIVE_EVERY_MS and at
// each epoch's end, the epochs' pictures kept as a film strip, and the results grid of test images;
// the last two are stored in the run's folder, where insights:compute finds them again.
import { stateDict, type Module } from '../../airi';
import type { PictureKind, PictureSet } from '../../contract/insights';
import type { ImageSplit } from '../datasets/cifar10-format';
import type { TrainingContext } from '../lessons/lesson-trainer';
import { testPredictions } from './test-predictions';
import type { WeightTensor } from './weight-pictures';

/** A live picture at most this often: often enough to watch, rare enough to cost under a percent. */
export const LIVE_EVERY_MS = 1500;

/** What a lesson shows of its model while it trains. */
export interface LessonPictures {
  /** The picture of the weights now; `initial` holds the weights the run started from. */
  live: (tensors: Record<string, WeightTensor>, initial: Record<string, WeightTensor>) => PictureSet;
  /** Store the picture at each epoch's end as a film strip (lesson 2's templates across epochs). */
  film?: boolean;
}

/** The file in a run's folder that holds a stored picture of `kind`. */
export function storedPictureFile(kind: PictureKind): string {
  return `picture-${kind}.json`;
}

export class RunPictures {
  private lastLive = -Infinity;
  private readonly frames: { epoch: number; picture: PictureSet }[] = [];
  /** A copy of the weights before the first step. */
  private readonly initial: Record<string, WeightTensor>;

  constructor(
    private readonly lesson: LessonPictures | undefined,
    private readonly context: TrainingContext,
    model: Module,
  ) {
    this.initial = lesson
      ? Object.fromEntries(Object.entries(stateDict(model)).map(([name, t]) => [name, { data: t.data.slice(), shape: [...t.shape] }]))
      : {};
  }

  /** After a training step: a live picture when one is due. */
  afterStep(model: Module, step: number, epoch: number): void {
    if (!this.lesson || this.context.now() - this.lastLive < LIVE_EVERY_MS) return;
    this.send(model, step, epoch);
  }

  /** After an epoch: always a live picture, kept for the film strip. */
  afterEpoch(model: Module, step: number, epoch: number): void {
    const picture = this.send(model, step, epoch);
    if (picture && this.lesson?.film) this.frames.push({ epoch, picture });
  }

  /** At the end of the run: the film strip and the test images with their predictions, into the run's folder. */
  finish(test: ImageSplit, predictions: ArrayLike<number> | null, classes: readonly string[], seed: number): void {
    const save = this.context.saveFile;
    if (!save) return;
    const write = (picture: PictureSet) => save(storedPictureFile(picture.kind), new TextEncoder().encode(JSON.stringify(picture)));
    if (this.frames.length > 0) write(filmStrip(this.frames));
    if (predictions) write(testPredictions(test, predictions, classes, seed));
  }

  private send(model: Module, step: number, epoch: number): PictureSet | null {
    if (!this.lesson) return null;
    this.lastLive = this.context.now();
    const pictures = this.lesson.live(stateDict(model), this.initial);
    this.context.snapshot({ kind: 'pictures', step, epoch, pictures });
    return pictures;
  }
}

/** One picture set of every frame's tiles, in order, each frame captioned by its epoch. */
function filmStrip(epochs: { epoch: number; picture: PictureSet }[]): PictureSet {
  const frames = epochs.map((e) => e.picture);
  const bytes = frames.map((f) => Buffer.from(f.pixels, 'base64'));
  const first = frames[0];
  return {
    kind: 'template-film',
    tileWidth: first.tileWidth,
    tileHeight: first.tileHeight,
    count: frames.reduce((sum, f) => sum + f.count, 0),
    total: frames.reduce((sum, f) => sum + f.count, 0),
    pixels: Buffer.concat(bytes).toString('base64'),
    labels: frames.flatMap((f) => f.labels ?? []),
    frames: epochs.map((e) => ({ label: String(e.epoch), count: e.picture.count })),
  };
}
