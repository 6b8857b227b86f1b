// Lesson 6's training as the app runs it, on a tiny CIFAR-10 cache: the run keeps its preprocessing
// and a Grad-CAM film strip with one frame per epoch, and the notebook's double softmax (a switch)
// really puts a Softmax before the loss, whose floor is ln(1 + 9/e) ≈ 1.461.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CrossEntropyLoss, Rng, Softmax, Tensor, createWasmBackend, getBackend, setBackend, type Backend } from '../../../../../airi/index';
import { cnnHyperparameters } from '../../../../../contract/lessons/cnn';
import { writeCache } from '../../../../../lab/datasets/cifar10-cache';
import { CIFAR10_CLASSES } from '../../../../../lab/datasets/cifar10-format';
import { buildBetterConvNetWithSoftmax, cnn } from '../../../../../lab/lessons/cnn';
import type { TrainingContext } from '../../../../../lab/lessons/lesson-trainer';
import { CAM_FILM_FILE } from '../../../../../lab/lessons/convnet/pictures/cam-film';
import { PREPROCESSING_FILE } from '../../../../../lab/lessons/convnet/pictures/run-inputs';
import { tinySplit } from '../../datasets/tiny-split';

let root: string;
let datasetDir: string;
let previous: Backend;

beforeAll(async () => {
  // The backend lesson 6's worker trains on (the reference one is ten times slower on BetterConvNet).
  previous = getBackend();
  setBackend(await createWasmBackend());
  root = mkdtempSync(join(tmpdir(), 'airi-cnn-'));
  await writeCache(join(root, 'cache'), 'tiny', { classes: CIFAR10_CLASSES, train: tinySplit(32), test: tinySplit(20) }, {
    classes: [...CIFAR10_CLASSES], source: { path: 'tiny', kind: 'folder', format: 'binary', size: 0, mtimeMs: 0 },
    limitPerClass: null, importedAt: new Date(0).toISOString(), importSeconds: 0,
  });
  datasetDir = join(root, 'cache', 'tiny');
});

afterAll(() => {
  setBackend(previous);
  rmSync(root, { recursive: true, force: true });
});

function context(runDir: string, losses: number[]): TrainingContext {
  mkdirSync(runDir, { recursive: true });
  return {
    shouldStop: () => false,
    progress: (p) => { if (p.metrics.loss !== undefined) losses.push(p.metrics.loss); },
    snapshot: () => {},
    now: () => performance.now(),
    datasetDir,
    saveFile: (name, bytes) => {
      writeFileSync(join(runDir, name), bytes);
      return join(runDir, name);
    },
  };
}

describe('lesson 6 training', () => {
  it('keeps the preprocessing and a Grad-CAM film strip with a frame per epoch', { timeout: 30_000 }, () => {
    const runDir = join(root, 'run-a');
    const hp = { ...cnnHyperparameters.defaults(), epochs: 2, batchSize: 8, augmentation: 'none' as const };
    const result = cnn.train(hp, context(runDir, []));
    expect(result.status).toBe('completed');
    const affine = JSON.parse(readFileSync(join(runDir, PREPROCESSING_FILE), 'utf8')) as { scale: number[] };
    expect(affine.scale).toHaveLength(3072);
    const film = JSON.parse(readFileSync(join(runDir, CAM_FILM_FILE), 'utf8')) as { frames: { label: string; count: number }[]; values: Record<string, number[]> };
    expect(film.frames).toEqual([{ label: 'images', count: 10 }, { label: '1', count: 10 }, { label: '2', count: 10 }]);
    expect(film.values.label).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(film.values.predicted2).toHaveLength(10);
  });

  it('trains with the notebook\'s double softmax when switched on', { timeout: 30_000 }, () => {
    const runDir = join(root, 'run-b');
    const losses: number[] = [];
    const hp = cnnHyperparameters.parse({ ...cnnHyperparameters.defaults(), epochs: 1, batchSize: 8, doubleSoftmax: 'on' });
    const result = cnn.train(hp, context(runDir, losses));
    expect(result.artifacts.architecture).toBe('BetterConvNet + Softmax');
    expect(Math.min(...losses)).toBeGreaterThan(Math.log(1 + 9 / Math.E));
    const model = buildBetterConvNetWithSoftmax(new Rng(0));
    expect(model.modules.at(-1)).toBeInstanceOf(Softmax);
  });

  it('has a loss floor of ln(1 + 9/e) under the double softmax, even for a certain, correct prediction', () => {
    const logits = Tensor.fromArray([100, 0, 0, 0, 0, 0, 0, 0, 0, 0], [1, 10]);
    const probabilities = new Softmax().forward(logits);
    const loss = new CrossEntropyLoss().forward(probabilities, [0]);
    expect(loss).toBeCloseTo(Math.log(1 + 9 / Math.E), 5);
    expect(loss).toBeCloseTo(1.4612, 4);
  });
});
