// The pictures a CIFAR-10 run makes while it trains, as hooks on the shared classifier loop: its
// lesson's live picture (class templates, neurons...) streamed as a 'training:snapshot' every
// LIVE_EVERY_MS and at each epoch's end, the epochs' pictures kept as a film strip, and the results
// grid of test images; the last two are stored in the run's folder, where insights:compute finds them.
import { stateDict, type Module } from '../../../airi';
import type { PictureKind, PictureSet } from '../../../contract/insights';
import type { ClassifierHooks } from '../cifar/train-classifier';
import type { TrainingContext } from '../lesson-trainer';
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

/** The classifier hooks that stream, keep and store `lesson`'s pictures of a run. */
export function pictureHooks(lesson: LessonPictures, context: TrainingContext): ClassifierHooks {
  const frames: { epoch: number; picture: PictureSet }[] = [];
  let initial: Record<string, WeightTensor> = {};
  const send = (model: Module, step: number, epoch: number): PictureSet => {
    const pictures = lesson.live(stateDict(model), initial);
    context.snapshot({ kind: 'pictures', step, epoch, pictures });
    return pictures;
  };
  return {
    prepared: ({ model }) => {
      // A copy of the weights before the first step.
      initial = Object.fromEntries(Object.entries(stateDict(model)).map(([name, t]) => [name, { data: t.data.slice(), shape: [...t.shape] }]));
    },
    live: { everyMs: LIVE_EVERY_MS, update: ({ model, step, epoch }) => void send(model, step, epoch) },
    epochEnd: ({ model, step, epoch }) => {
      const picture = send(model, step, epoch);
      if (lesson.film) frames.push({ epoch, picture });
    },
    // The film strip's frames so far go into the run's checkpoint, so a continued run's strip has every epoch.
    carry: () => ({ frames }),
    resume: (carried) => {
      const kept = (carried as { frames?: unknown } | null)?.frames;
      if (Array.isArray(kept)) frames.push(...(kept as typeof frames));
    },
    finished: ({ evaluation, data, seed }) => {
      const save = context.saveFile;
      if (!save) return;
      const write = (picture: PictureSet) => save(storedPictureFile(picture.kind), new TextEncoder().encode(JSON.stringify(picture)));
      if (frames.length > 0) write(filmStrip(frames));
      if (evaluation) write(testPredictions(data.test, evaluation.predictions, data.classes, seed));
    },
  };
}

/** One picture set of every frame's tiles, in order, each frame captioned by its epoch. */
function filmStrip(epochs: { epoch: number; picture: PictureSet }[]): PictureSet {
  const frames = epochs.map((e) => e.picture);
  const bytes = frames.map((f) => Buffer.from(f.pixels, 'base64'));
  const first = frames[0];
  const count = frames.reduce((sum, f) => sum + f.count, 0);
  return {
    kind: 'template-film',
    tileWidth: first.tileWidth,
    tileHeight: first.tileHeight,
    count,
    total: count,
    pixels: Buffer.concat(bytes).toString('base64'),
    labels: frames.flatMap((f) => f.labels ?? []),
    frames: epochs.map((e) => ({ label: String(e.epoch), count: e.picture.count })),
  };
}
