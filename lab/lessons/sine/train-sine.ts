// Lesson 1's training loop: mini-batch training of the sine MLP with MSE, reporting a loss curve,
// the test MSE at each epoch's end and a live fit (noisy points, true sine, the net's prediction).
import { Adam, MSELoss, Rng, SGD, Tensor, countParameters, saveSafetensors, stateDict, type Module } from '../../../airi';
import { SINE_TEST_POINTS, type SineFitSnapshot, type SineHyperparameters } from '../../../contract/lessons/sine';
import { TrainingFailure, type TrainingContext, type TrainingResult } from '../lesson-trainer';
import { makeSineSet, sineGrid, type SineSet } from './sine-data';
import { buildSineModel } from './sine-model';

/** About this many points make up a run's loss curve, whatever its length. */
const CURVE_POINTS = 400;
const SNAPSHOT_EVERY_MS = 200;
const SHOWN_TRAINING_POINTS = 600;
const GRID_POINTS = 241;

/** Cosine decay from the base rate at step 0 to zero at the last step (SGDR without restarts). */
function cosineRate(base: number, step: number, totalSteps: number): number {
  return 0.5 * base * (1 + Math.cos((Math.PI * step) / totalSteps));
}

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
  const totalSteps = stepsPerEpoch * hp.epochs;
  const pointEvery = Math.max(1, Math.floor(totalSteps / CURVE_POINTS));
  const started = context.now();
  let lastSnapshot = -Infinity;
  let step = 0;
  let windowSum = 0;
  let windowCount = 0;
  const recentLosses: number[] = [];
  let status: 'completed' | 'stopped' = 'completed';

  training: for (let epoch = 1; epoch <= hp.epochs; epoch++) {
    const order = rng.permutation(hp.trainPoints);
    for (let start = 0; start < hp.trainPoints; start += hp.batchSize) {
      if (context.shouldStop()) {
        status = 'stopped';
        break training;
      }
      const size = Math.min(hp.batchSize, hp.trainPoints - start);
      const xb = new Float32Array(size);
      const yb = new Float32Array(size);
      for (let i = 0; i < size; i++) {
        xb[i] = train.x[order[start + i]];
        yb[i] = train.y[order[start + i]];
      }
      if (hp.schedule === 'cosine') optimizer.lr = cosineRate(hp.learningRate, step, totalSteps);
      optimizer.zeroGrad();
      const prediction = model.forward(Tensor.fromArray(xb, [size, 1]), true);
      const value = loss.forward(prediction, Tensor.fromArray(yb, [size, 1]));
      step++;
      if (!Number.isFinite(value)) {
        throw new TrainingFailure({ code: 'loss-not-finite', params: { value: String(value), step, epoch } }, step);
      }
      model.backwardParameters(loss.backward());
      optimizer.step();

      windowSum += value;
      windowCount++;
      recentLosses.push(value);
      if (recentLosses.length > 100) recentLosses.shift();
      if (step % pointEvery === 0 || step === totalSteps) {
        context.progress({ step, totalSteps, epoch, epochs: hp.epochs, metrics: { loss: windowSum / windowCount } });
        windowSum = 0;
        windowCount = 0;
      }
      const now = context.now();
      if (now - lastSnapshot >= SNAPSHOT_EVERY_MS) {
        lastSnapshot = now;
        context.snapshot(fitSnapshot(model, shown, grid));
      }
    }
    const testMse = meanSquaredError(model, test);
    context.progress({ step, totalSteps, epoch, epochs: hp.epochs, metrics: { testMse } });
  }

  const fit = fitSnapshot(model, shown, grid);
  context.snapshot(fit);
  const metrics: Record<string, number> = {
    testMse: meanSquaredError(model, test),
    finalTrainLoss: recentLosses.reduce((a, b) => a + b, 0) / Math.max(1, recentLosses.length),
    steps: step,
    parameters: countParameters(model),
    seconds: (context.now() - started) / 1000,
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
  return { status, metrics, artifacts };
}
