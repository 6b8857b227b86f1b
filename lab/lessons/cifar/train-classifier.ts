// The training loop the CIFAR-10 lessons share (2, 3, 5, 6): mini-batches of the imported dataset,
// cross-entropy on logits, the chosen optimizer and schedule; a loss curve of about 400 points, the
// test accuracy after every epoch, then the final test accuracy on all 10,000 test images with its
// per-class breakdown, and the weights as model.safetensors in the run's folder.
import {
  Adagrad, Adam, AdamW, CosineAnnealingLR, RMSprop, CrossEntropyLoss, OneCycleLR, Rng, SGD, Tensor, countParameters, saveSafetensors,
  stateDict, type LRScheduler, type Optimizer, type Parameter, type Sequential,
} from '../../../airi';
import type { CifarHyperparameters } from '../../../contract/lessons/cifar-fields';
import { CIFAR_AUGMENTATION, type Augmentation } from '../../datasets/augmentation';
import { batchesPerEpoch, iterateBatches } from '../../datasets/batch-iterator';
import type { Cifar10Data, ImageSplit } from '../../datasets/cifar10-format';
import { fitPreprocessing, pixelAffine, type PixelAffine } from '../../datasets/preprocessing';
import { describePreprocessing } from '../../runs/preprocessing-record';
import type { BatchLayout } from '../../datasets/write-image';
import { TrainingFailure, type TrainingContext, type TrainingResult } from '../lesson-trainer';
import { evaluate, type Evaluation } from './evaluate';

/** About this many points make up a run's loss curve, whatever its length. */
const CURVE_POINTS = 400;
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
  /** After each finished epoch, once its test accuracy is known. */
  epochEnd?(state: { model: Sequential; epoch: number; step: number; testAccuracy: number }): void;
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

/** The first `count` images of a split (0 or more than it has: all of them). */
function firstImages(split: ImageSplit, count: number): ImageSplit {
  if (count <= 0 || count >= split.count) return split;
  return { count, images: split.images.subarray(0, count * 3 * 32 * 32), labels: split.labels.subarray(0, count) };
}

export function trainClassifier(recipe: ClassifierRecipe, data: Cifar10Data, context: TrainingContext): TrainingResult {
  const hp = recipe.hyperparameters;
  const rng = new Rng(hp.seed);
  const model = recipe.build(rng);
  const train = firstImages(data.train, hp.trainImages);
  if (train.count === 0) throw new TrainingFailure({ code: 'dataset-empty', params: { split: 'train' } }, null);
  if (data.test.count === 0) throw new TrainingFailure({ code: 'dataset-empty', params: { split: 'test' } }, null);
  // Statistics come from the training images only, never from the test split.
  const preprocessing = fitPreprocessing(hp.preprocessing, train);
  const affine = pixelAffine(preprocessing);
  const augmentation = augmentationOf(hp.augmentation);
  const dropLast = (recipe.dropLast ?? false) && train.count > hp.batchSize;
  const optimizer = makeOptimizer(model.parameters(), hp);
  const stepsPerEpoch = batchesPerEpoch(train.count, hp.batchSize, dropLast);
  const totalSteps = stepsPerEpoch * hp.epochs;
  const schedule = makeSchedule(optimizer, hp, totalSteps);
  const loss = new CrossEntropyLoss({ labelSmoothing: hp.labelSmoothing });
  const inputShape = (size: number) => (recipe.layout === 'nchw' ? [size, 3, 32, 32] : [size, 3 * 32 * 32]);
  const evalOptions = { affine, layout: recipe.layout, classes: data.classes, shouldStop: context.shouldStop };
  recipe.hooks?.prepared?.({ model, affine, data });

  const pointEvery = Math.max(1, Math.floor(totalSteps / CURVE_POINTS));
  const started = context.now();
  let trainingMs = 0;
  let step = 0;
  let windowSum = 0;
  let windowCount = 0;
  let windowCorrect = 0;
  let windowImages = 0;
  let lastEpochLoss = Number.NaN;
  let lastEvaluation: Evaluation | null = null;
  let imagesSeen = 0;
  let status: 'completed' | 'stopped' = 'completed';

  training: for (let epoch = 1; epoch <= hp.epochs; epoch++) {
    const epochStarted = context.now();
    let epochSum = 0;
    let epochCount = 0;
    for (const batch of iterateBatches(train, { batchSize: hp.batchSize, preprocessing: affine, layout: recipe.layout, shuffle: true, augmentation, rng, dropLast })) {
      if (context.shouldStop()) {
        status = 'stopped';
        trainingMs += context.now() - epochStarted;
        break training;
      }
      optimizer.zeroGrad();
      const logits = model.forward(new Tensor(batch.x, inputShape(batch.size)), true);
      const value = loss.forward(logits, batch.y);
      step++;
      if (!Number.isFinite(value)) {
        throw new TrainingFailure({ code: 'loss-not-finite', params: { value: String(value), step, epoch } }, step);
      }
      model.backwardParameters(loss.backward());
      optimizer.step();
      schedule?.step();
      imagesSeen += batch.size;
      for (let i = 0; i < batch.size; i++) {
        let best = 0;
        for (let c = 1; c < 10; c++) if (logits.data[i * 10 + c] > logits.data[i * 10 + best]) best = c;
        if (best === batch.y[i]) windowCorrect++;
      }
      windowImages += batch.size;
      windowSum += value;
      windowCount++;
      epochSum += value;
      epochCount++;
      if (step % pointEvery === 0 || step === totalSteps) {
        context.progress({
          step, totalSteps, epoch, epochs: hp.epochs,
          metrics: { loss: windowSum / windowCount, trainAccuracy: windowCorrect / windowImages, learningRate: optimizer.lr },
        });
        windowSum = 0;
        windowCount = 0;
        windowCorrect = 0;
        windowImages = 0;
      }
    }
    trainingMs += context.now() - epochStarted;
    lastEpochLoss = epochSum / Math.max(1, epochCount);
    const evaluation = evaluate(model, data.test, evalOptions);
    if (!evaluation) {
      status = 'stopped';
      break;
    }
    lastEvaluation = evaluation;
    recipe.hooks?.epochEnd?.({ model, epoch, step, testAccuracy: evaluation.accuracy });
    context.progress({ step, totalSteps, epoch, epochs: hp.epochs, metrics: { testAccuracy: evaluation.accuracy, epochLoss: lastEpochLoss } });
  }

  const seconds = (context.now() - started) / 1000;
  const metrics: Record<string, number> = {
    // After a stop, the accuracy of the last finished epoch (absent when none finished).
    ...(lastEvaluation ? { testAccuracy: lastEvaluation.accuracy } : {}),
    seconds,
    ...(Number.isFinite(lastEpochLoss) ? { trainLoss: lastEpochLoss } : {}),
    steps: step,
    epochsDone: Math.floor(step / stepsPerEpoch),
    parameters: countParameters(model),
    imagesPerSecond: trainingMs > 0 ? imagesSeen / (trainingMs / 1000) : 0,
    trainImages: train.count,
    testImages: data.test.count,
  };
  // Stored with the run and in the weights' metadata, so PyTorch can feed the net what it trained on.
  const preprocessingInfo = describePreprocessing(hp.preprocessing, preprocessing, recipe.layout);
  const artifacts: Record<string, unknown> = { architecture: recipe.architecture, preprocessing: preprocessingInfo };
  // The last epoch's evaluation describes the final model when the run completed.
  if (status === 'completed' && lastEvaluation) artifacts.perClassAccuracy = lastEvaluation.perClass;
  if (context.saveFile) {
    const tensors = stateDict(model);
    const bytes = saveSafetensors(tensors, {
      lesson: recipe.lessonId, architecture: recipe.architecture, epochs: String(metrics.epochsDone), preprocessing: JSON.stringify(preprocessingInfo),
    });
    artifacts.modelFile = context.saveFile(MODEL_FILE, bytes);
  }
  return { status, metrics, artifacts };
}
