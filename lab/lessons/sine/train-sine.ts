// Lesson 1's training: mini-batch training of the sine MLP with MSE in the shared training loop,
// reporting a loss curve, the test MSE at each epoch's end and a live fit (noisy points, true sine,
// the net's prediction).
import { Adam, CosineAnnealingLR, MSELoss, Rng, SGD, Tensor, countParameters, saveSafetensors, stateDict, type Module } from '../../../airi';
import { SINE_TEST_POINTS, type SineFitSnapshot, type SineHyperparameters } from '../../../contract/lessons/sine';
import type { TrainingContext, TrainingResult } from '../lesson-trainer';
import { runTrainingLoop, type LoopCarry, type LoopPosition } from '../training-loop';
import { restoreCheckpoint, writeCheckpoint } from '../checkpoint/lesson-checkpoint';
import { makeSineSet, sineGrid, type SineSet } from './sine-data';
import { buildSineModel } from './sine-model';

const SNAPSHOT_EVERY_MS = 200;
const SHOWN_TRAINING_POINTS = 600;
const GRID_POINTS = 241;

function predict(model: Module, x: Float32Array): Float32Array {
  return model.forward(Tensor.fromArray(x, [x.length, 1]), false).data;
}

function meanSquaredError(model: Module, set: SineSet): number {
  const prediction = predict(model, set.x);
  let sum = 0;
  for (let i = 0; i < prediction.length; i++) sum += (prediction[i] - set.y[i]) ** 2;
  return sum / prediction.length;
}

function fitSnapshot(model: Module, shown: SineSet, grid: Float32Array): SineFitSnapshot {
  return {
    kind: 'sine-fit',
    points: { x: Array.from(shown.x), y: Array.from(shown.y) },
    grid: Array.from(grid),
    truth: Array.from(grid, Math.sin),
    prediction: Array.from(predict(model, grid)),
  };
}

/** One epoch's mini-batches of (x, sin x + noise), in an order drawn from the run's Rng. */
function* sineBatches(train: SineSet, batchSize: number, rng: Rng): Generator<{ x: Float32Array; y: Float32Array }> {
  const count = train.x.length;
  const order = rng.permutation(count);
  for (let start = 0; start < count; start += batchSize) {
    const size = Math.min(batchSize, count - start);
    const x = new Float32Array(size);
    const y = new Float32Array(size);
    for (let i = 0; i < size; i++) {
      x[i] = train.x[order[start + i]];
      y[i] = train.y[order[start + i]];
    }
    yield { x, y };
  }
}

export function trainSine(hp: SineHyperparameters, context: TrainingContext): TrainingResult {
  const rng = new Rng(hp.seed);
  const train = makeSineSet(hp.trainPoints, hp.noiseStd, rng);
  const test = makeSineSet(SINE_TEST_POINTS, hp.noiseStd, rng);
  const shownCount = Math.min(SHOWN_TRAINING_POINTS, train.x.length);
  const shown = { x: train.x.slice(0, shownCount), y: train.y.slice(0, shownCount) };
  const grid = sineGrid(GRID_POINTS);

  const model = buildSineModel(hp, rng);
  const parameters = model.parameters();
  const optimizer = hp.optimizer === 'sgd'
    ? new SGD(parameters, { lr: hp.learningRate })
    : new Adam(parameters, { lr: hp.learningRate });
  const loss = new MSELoss();
  const stepsPerEpoch = Math.ceil(hp.trainPoints / hp.batchSize);
  // Continuing a stopped run: the data and the net were rebuilt from the seed; the weights, Adam's
  // moments and the Rng come back as they were at the end of its last finished epoch.
  const state = { lessonId: 'sine', hyperparameters: hp, model, optimizer, rng };
  const resume = context.resume ? restoreCheckpoint(context.resume, state) : null;
  const secondsBefore = context.resume?.seconds ?? 0;
  const started = context.now();

  const outcome = runTrainingLoop({
    epochs: hp.epochs,
    stepsPerEpoch,
    batches: () => sineBatches(train, hp.batchSize, rng),
    trainStep: ({ x, y }) => {
      optimizer.zeroGrad();
      const prediction = model.forward(Tensor.fromArray(x, [x.length, 1]), true);
      const value = loss.forward(prediction, Tensor.fromArray(y, [y.length, 1]));
      // A non-finite loss ends the run before its gradient can touch the weights.
      if (Number.isFinite(value)) {
        model.backwardParameters(loss.backward());
        optimizer.step();
      }
      return { loss: value, size: x.length };
    },
    optimizer,
    schedule: hp.schedule === 'cosine' ? new CosineAnnealingLR(optimizer, { tMax: stepsPerEpoch * hp.epochs }) : null,
    live: { everyMs: SNAPSHOT_EVERY_MS, update: () => context.snapshot(fitSnapshot(model, shown, grid)) },
    evaluate: () => ({ testMse: meanSquaredError(model, test) }),
    ...(context.saveCheckpoint ? {
      checkpoint: (position: LoopPosition, carry: LoopCarry) => writeCheckpoint(context, {
        ...state, position, carry, seconds: secondsBefore + (context.now() - started) / 1000, hooks: null,
      }),
    } : {}),
    ...(resume ? { resumeFrom: resume } : {}),
  }, context);

  const fit = fitSnapshot(model, shown, grid);
  context.snapshot(fit);
  const metrics: Record<string, number> = {
    testMse: meanSquaredError(model, test),
    finalTrainLoss: Number.isFinite(outcome.recentLoss) ? outcome.recentLoss : 0,
    steps: outcome.steps,
    parameters: countParameters(model),
    seconds: secondsBefore + (context.now() - started) / 1000,
  };
  const angles = Array.from({ length: 9 }, (_, k) => (2 * Math.PI) / (k + 1));
  const anglePredictions = predict(model, Float32Array.from(angles));
  const angleCheck = angles.map((x, i) => ({ x, model: anglePredictions[i], truth: Math.sin(x) }));
  const artifacts: Record<string, unknown> = { fit, angleCheck };
  // The weights go with the run (export, bundles); x is fed as is, with no preprocessing.
  if (context.saveFile) {
    const bytes = saveSafetensors(stateDict(model), { lesson: 'sine', preprocessing: JSON.stringify({ kind: 'none', input: 'x in radians, [-9, 9)' }) });
    artifacts.modelFile = context.saveFile('model.safetensors', bytes);
  }
  return { status: outcome.status, metrics, artifacts };
}
