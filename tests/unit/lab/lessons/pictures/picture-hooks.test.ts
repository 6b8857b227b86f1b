// The CIFAR-10 training loop with a lesson's pictures: live class templates streamed as snapshots
// while it trains and at every epoch's end, the film strip (one frame per epoch) and the results grid
// written into the run's folder, all from the model's own weights. In memory, on a tiny split.
import { describe, expect, it } from 'vitest';
import type { TrainingSnapshot } from '../../../../../contract/events';
import type { PictureSet } from '../../../../../contract/insights';
import { softmaxHyperparameters } from '../../../../../contract/lessons/softmax';
import { CIFAR10_CLASSES } from '../../../../../lab/datasets/cifar10-format';
import { pictureHooks, storedPictureFile } from '../../../../../lab/lessons/pictures/picture-hooks';
import { classTemplates } from '../../../../../lab/lessons/pictures/weight-pictures';
import { buildSoftmaxClassifier } from '../../../../../lab/lessons/cifar/cifar-models';
import { trainClassifier } from '../../../../../lab/lessons/cifar/train-classifier';
import type { TrainingContext } from '../../../../../lab/lessons/lesson-trainer';
import { tinySplit } from '../../datasets/tiny-split';

describe('pictures from the training loop', () => {
  it('streams templates live, keeps one frame per epoch and stores the film and the test predictions', () => {
    const snapshots: TrainingSnapshot[] = [];
    const files = new Map<string, Uint8Array>();
    let clock = 0;
    const context: TrainingContext = {
      shouldStop: () => false,
      progress: () => {},
      snapshot: (s) => snapshots.push(s),
      // Each look at the clock moves it 400 ms, so a live picture falls due every few steps.
      now: () => (clock += 400),
      saveFile: (name, bytes) => {
        files.set(name, bytes);
        return name;
      },
    };
    const hyperparameters = { ...softmaxHyperparameters.defaults(), batchSize: 10, epochs: 3 };
    const data = { classes: CIFAR10_CLASSES, train: tinySplit(100), test: tinySplit(50) };
    const result = trainClassifier({
      lessonId: 'softmax', architecture: 'test', hyperparameters, build: buildSoftmaxClassifier, layout: 'nhwc',
      hooks: pictureHooks({ live: (tensors) => classTemplates(tensors, CIFAR10_CLASSES), film: true }, context),
    }, data, context);
    expect(result.status).toBe('completed');

    const pictures = snapshots.filter((s) => s.kind === 'pictures');
    // 30 steps: several live pictures besides the three at the epochs' ends.
    expect(pictures.length).toBeGreaterThan(5);
    for (const s of pictures) expect(s.pictures).toMatchObject({ kind: 'class-templates', count: 10 });
    expect(pictures.map((s) => s.epoch).at(-1)).toBe(3);
    // The weights move, so the live pictures change.
    expect(pictures[0].pictures.pixels).not.toBe(pictures.at(-1)!.pictures.pixels);

    const read = (name: string) => JSON.parse(new TextDecoder().decode(files.get(name))) as PictureSet;
    const film = read(storedPictureFile('template-film'));
    expect(film.frames).toEqual([{ label: '1', count: 10 }, { label: '2', count: 10 }, { label: '3', count: 10 }]);
    expect(Buffer.from(film.pixels, 'base64').length).toBe(30 * 3072);
    // The last frame is the final model: the same as the last epoch's live picture.
    expect(Buffer.from(film.pixels, 'base64').subarray(20 * 3072)).toEqual(Buffer.from(pictures.at(-1)!.pictures.pixels, 'base64'));

    const predictions = read(storedPictureFile('test-predictions'));
    expect(predictions.count).toBe(40);
    expect(predictions.values?.predicted).toHaveLength(40);
  });

  it('stores no results grid for a stopped run', () => {
    const files = new Map<string, Uint8Array>();
    let steps = 0;
    const context: TrainingContext = {
      shouldStop: () => ++steps > 5,
      progress: () => {},
      snapshot: () => {},
      now: () => steps,
      saveFile: (name, bytes) => {
        files.set(name, bytes);
        return name;
      },
    };
    const hyperparameters = { ...softmaxHyperparameters.defaults(), batchSize: 10, epochs: 3 };
    const data = { classes: CIFAR10_CLASSES, train: tinySplit(100), test: tinySplit(50) };
    const result = trainClassifier({
      lessonId: 'softmax', architecture: 'test', hyperparameters, build: buildSoftmaxClassifier, layout: 'nhwc',
      hooks: pictureHooks({ live: (tensors) => classTemplates(tensors, CIFAR10_CLASSES), film: true }, context),
    }, data, context);
    expect(result.status).toBe('stopped');
    expect(files.has(storedPictureFile('test-predictions'))).toBe(false);
  });
});
