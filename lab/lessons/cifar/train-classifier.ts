// What the CIFAR-10 lessons (2, 3, 5, 6) train with, on the shared training loop: mini-batches of
// the imported dataset, cross-entropy on logits, the chosen optimizer and schedule, the test accuracy
// after every epoch, then the final test accuracy on all 10,000 test images with its per-class
// breakdown, and the weights as model.safetensors in the run's folder.
import {
  Adagrad, Adam, AdamW, CosineAnnealingLR, RMSprop, CrossEntropyLoss, OneCycleLR, Rng, SGD, Tensor, countParameters, saveSafetensors,
  stateDict, type LRScheduler, type Optimizer, type Parameter, type Sequential,
} from '../../../airi';
import { restoreCheckpoint, writeCheckpoint } from '../checkpoint/lesson-checkpoint';
import type { CifarHyperparameters } from '../../../contract/lessons/cifar-fields';
import { CIFAR_AUGMENTATION, type Augmentation } from '../../datasets/augmentation';
import { batchesPerEpoch, iterateBatches } from '../../datasets/batch-iterator';
import type { Cifar10Data } from '../../datasets/cifar10-format';
import { fitPreprocessing, pixelAffine, type PixelAffine } from '../../datasets/preprocessing';
import { describePreprocessing } from '../../datasets/preprocessing-record';
import type { BatchLayout } from '../../datasets/write-image';
import { TrainingFailure, type TrainingContext, type TrainingResult } from '../lesson-trainer';
import { runTrainingLoop, type LoopCarry, type LoopPosition } from '../training-loop';
import { argmaxRows, evaluate, type Evaluation } from './evaluate';
import { trainingSubset } from './training-subset';

export const MODEL_FILE = 'model.safetensors';

export interface ClassifierRecipe {
  lessonId: string;
  /** What the notebook trained, for the stored run ("DemoConvNet"). */
  architecture: string;
  hyperparameters: CifarHyperparameters;
  /** Builds the network from the run's Rng (called once, before any data is drawn). */
  build: (rng: Rng) => Sequential;
  /** nhwc: the notebooks' flattened 3072-vectors (lessons 2, 3); nchw for convolutions. */
  layout: BatchLayout;
  /** BatchNorm prefers even batches; a last batch of 1 would give it zero variance. */
  dropLast?: boolean;
  /** What the lesson does at points of the loop (lessons 5 and 6 keep pictures of the run). */
  hooks?: ClassifierHooks;
}

export interface ClassifierHooks {
  /** Once the model and the preprocessing are ready, before the first step. */
  prepared?(setup: { model: Sequential; affine: PixelAffine; data: Cifar10Data }): void;
  /** About every `everyMs` while training, e.g. to stream a picture of the weights. */
  live?: { everyMs: number; update(state: { model: Sequential; epoch: number; step: number }): void };
  /** After each finished epoch, once its test accuracy is known. */
  epochEnd?(state: { model: Sequential; epoch: number; step: number; testAccuracy: number }): void;
  /** What the hooks keep across epochs (film-strip frames), as JSON for the run's checkpoint. */
  carry?(): unknown;
  /** Continuing a run: what carry() gave at its checkpoint (after prepared, with the checkpoint's weights loaded). */
  resume?(carried: unknown): void;
  /** Once training ends, before the weights are saved: the last evaluation (its predictions) when the run completed. */
  finished?(state: { model: Sequential; status: 'completed' | 'stopped'; evaluation: Evaluation | null; data: Cifar10Data; seed: number }): void;
}

function makeOptimizer(parameters: Parameter[], hp: CifarHyperparameters): Optimizer {
  const { learningRate: lr, weightDecay, momentum } = hp;
  if (hp.optimizer === 'adam') return new Adam(parameters, { lr, weightDecay });
  if (hp.optimizer === 'adamw') return new AdamW(parameters, { lr, weightDecay });
  if (hp.optimizer === 'adagrad') return new Adagrad(parameters, { lr, weightDecay });
  if (hp.optimizer === 'rmsprop') return new RMSprop(parameters, { lr, weightDecay });
  return new SGD(parameters, { lr, momentum, nesterov: momentum > 0, weightDecay });
}

function makeSchedule(optimizer: Optimizer, hp: CifarHyperparameters, totalSteps: number): LRScheduler | null {
  if (hp.schedule === 'cosine') return new CosineAnnealingLR(optimizer, { tMax: totalSteps });
  if (hp.schedule === 'onecycle') return new OneCycleLR(optimizer, { maxLr: hp.learningRate, totalSteps, pctStart: 0.25 });
  return null;
}

function augmentationOf(name: CifarHyperparameters['augmentation']): Augmentation | null {
  if (name === 'crop-flip') return CIFAR_AUGMENTATION;
  if (name === 'flip') return { padding: 0, flip: true };
  return null;
}

/** How many of a batch's rows have their label as the highest score. */
function countCorrect(logits: Tensor, labels: Int32Array, size: number): number {
  const predictions = argmaxRows(logits.data, size, logits.shape[1]);
  let correct = 0;
  for (let i = 0; i < size; i++) if (predictions[i] === labels[i]) correct++;
  return correct;
}

export function trainClassifier(recipe: ClassifierRecipe, data: Cifar10Data, context: TrainingContext): TrainingResult {
  const hp = recipe.hyperparameters;
  const rng = new Rng(hp.seed);
  const model = recipe.build(rng);
  const train = trainingSubset(data.train, hp.trainImages, data.classes.length, rng);
  if (train.count === 0) throw new TrainingFailure({ code: 'dataset-empty', params: { split: 'train' } }, null);
  if (data.test.count === 0) throw new TrainingFailure({ code: 'dataset-empty', params: { split: 'test' } }, null);
  // Statistics come from the training images only, never from the test split.
  const preprocessing = fitPreprocessing(hp.preprocessing, train);
  const affine = pixelAffine(preprocessing);
  const augmentation = augmentationOf(hp.augmentation);
  const dropLast = (recipe.dropLast ?? false) && train.count > hp.batchSize;
  const optimizer = makeOptimizer(model.parameters(), hp);
  const stepsPerEpoch = batchesPerEpoch(train.count, hp.batchSize, dropLast);
  const loss = new CrossEntropyLoss({ labelSmoothing: hp.labelSmoothing });
  const inputShape = (size: number) => (recipe.layout === 'nchw' ? [size, 3, 32, 32] : [size, 3 * 32 * 32]);
  const evalOptions = { affine, layout: recipe.layout, classes: data.classes, shouldStop: context.shouldStop };
  // Written by the evaluate hook; an object, since a `let` assigned in a closure does not narrow.
  const last: { evaluation: Evaluation | null } = { evaluation: null };
  const hooks = recipe.hooks;
  // The epoch's training accuracy, as the notebooks printed it (on the batches as trained, weights moving).
  const epochCounts = { correct: 0, seen: 0 };
  hooks?.prepared?.({ model, affine, data });
  // Continuing a stopped run: the same model, subset and preprocessing were rebuilt from the seed above;
  // now its weights, optimizer and Rng come back as they were at the end of its last finished epoch.
  const resume = context.resume ? restoreCheckpoint(context.resume, { lessonId: recipe.lessonId, hyperparameters: hp, model, optimizer, rng }) : null;
  if (resume) hooks?.resume?.(context.resume?.hooks ?? null);
  const secondsBefore = context.resume?.seconds ?? 0;
  const started = context.now();

  const outcome = runTrainingLoop({
    epochs: hp.epochs,
    stepsPerEpoch,
    batches: () => iterateBatches(train, { batchSize: hp.batchSize, preprocessing: affine, layout: recipe.layout, shuffle: true, augmentation, rng, dropLast }),
    trainStep: (batch) => {
      optimizer.zeroGrad();
      const logits = model.forward(new Tensor(batch.x, inputShape(batch.size)), true);
      const value = loss.forward(logits, batch.y);
      // A non-finite loss ends the run before its gradient can touch the weights.
      if (Number.isFinite(value)) {
        model.backwardParameters(loss.backward());
        optimizer.step();
      }
      const correct = countCorrect(logits, batch.y, batch.size);
      epochCounts.correct += correct;
      epochCounts.seen += batch.size;
      return { loss: value, size: batch.size, correct };
    },
    optimizer,
    schedule: makeSchedule(optimizer, hp, stepsPerEpoch * hp.epochs),
    evaluate: (_position, epochLoss) => {
      const evaluation = evaluate(model, data.test, evalOptions);
      if (!evaluation) return null;
      last.evaluation = evaluation;
      const epochTrainAccuracy = epochCounts.correct / Math.max(1, epochCounts.seen);
      epochCounts.correct = epochCounts.seen = 0;
      return { testAccuracy: evaluation.accuracy, epochLoss, epochTrainAccuracy };
    },
    ...(hooks?.live ? { live: { everyMs: hooks.live.everyMs, update: ({ epoch, step }: LoopPosition) => hooks.live?.update({ model, epoch, step }) } } : {}),
    onEpochEnd: ({ epoch, step }) => {
      if (last.evaluation) hooks?.epochEnd?.({ model, epoch, step, testAccuracy: last.evaluation.accuracy });
    },
    ...(context.saveCheckpoint ? {
      checkpoint: (position: LoopPosition, carry: LoopCarry) => writeCheckpoint(context, {
        lessonId: recipe.lessonId, hyperparameters: hp, model, optimizer, rng, position, carry,
        seconds: secondsBefore + (context.now() - started) / 1000, hooks: hooks?.carry?.() ?? null,
      }),
    } : {}),
    ...(resume ? { resumeFrom: resume } : {}),
  }, context);

  const finalEvaluation = last.evaluation;
  hooks?.finished?.({ model, status: outcome.status, evaluation: outcome.status === 'completed' ? finalEvaluation : null, data, seed: hp.seed });
  const metrics: Record<string, number> = {
    // After a stop, the accuracy of the last finished epoch (absent when none finished).
    ...(finalEvaluation ? { testAccuracy: finalEvaluation.accuracy } : {}),
    seconds: secondsBefore + (context.now() - started) / 1000,
    ...(Number.isFinite(outcome.lastEpochLoss) ? { trainLoss: outcome.lastEpochLoss } : {}),
    steps: outcome.steps,
    epochsDone: outcome.epochsDone,
    parameters: countParameters(model),
    imagesPerSecond: outcome.trainingSeconds > 0 ? outcome.samplesSeen / outcome.trainingSeconds : 0,
    trainImages: train.count,
    testImages: data.test.count,
  };
  // Stored with the run and in the weights' metadata, so PyTorch can feed the net what it trained on.
  const preprocessingInfo = describePreprocessing(hp.preprocessing, preprocessing, recipe.layout);
  const artifacts: Record<string, unknown> = { architecture: recipe.architecture, preprocessing: preprocessingInfo };
  // The last epoch's evaluation describes the final model when the run completed.
  if (outcome.status === 'completed' && finalEvaluation) artifacts.perClassAccuracy = finalEvaluation.perClass;
  if (context.saveFile) {
    const bytes = saveSafetensors(stateDict(model), {
      lesson: recipe.lessonId, architecture: recipe.architecture, epochs: String(outcome.epochsDone), preprocessing: JSON.stringify(preprocessingInfo),
    });
    artifacts.modelFile = context.saveFile(MODEL_FILE, bytes);
  }
  return { status: outcome.status, metrics, artifacts };
}
