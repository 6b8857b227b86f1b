// How much memory a run will take, estimated before it starts, so the form cannot start a run that
// takes the machine down (a convnet with batch 50,000 needs over 100 GB). Training holds each layer's
// output for the backward pass, a gradient of the same size and about one more such buffer in flight,
// convolutions their im2col columns, and the parameters four times (values, gradients and Adam's two
// moments); CIFAR-10 runs also hold their images as bytes and once more as float32 after
// preprocessing. The per-image figures are counted from the notebooks' networks
// (lab/lessons/cifar/cifar-models.ts); the estimate errs high rather than low.
import { cpus, totalmem } from 'node:os';
import type { HyperparameterValues } from '../../contract/hyperparameters';
import { defaultEngineThreads } from '../platform/engine-backend';

const FLOAT = 4;
const CIFAR_IMAGE = 3 * 32 * 32;
const CIFAR_TRAIN = 50_000;
const CIFAR_TEST = 10_000;
/** The worker itself, its engine and its buffers before any data: measured at about 60 MB. */
const WORKER_BASE = 80 * 2 ** 20;

interface Shape {
  /** Floats a forward pass keeps per example (outputs and columns); gradients and temporaries triple it. */
  perExample: number;
  parameters: number;
}

function number(values: HyperparameterValues, key: string, fallback: number): number {
  const value = values[key];
  return typeof value === 'number' && Number.isFinite(value) ? value : fallback;
}

function shapeOf(lessonId: string, hp: HyperparameterValues): Shape | null {
  switch (lessonId) {
    case 'sine': {
      const hidden = number(hp, 'hiddenSize', 16);
      const layers = number(hp, 'hiddenLayers', 3);
      return { perExample: 2 + 2 * hidden * layers, parameters: hidden * hidden * layers + 2 * hidden * 2 };
    }
    case 'softmax':
      return { perExample: CIFAR_IMAGE + 10, parameters: CIFAR_IMAGE * 10 };
    case 'two-layer': {
      const hidden = number(hp, 'hiddenSize', 1000);
      return { perExample: CIFAR_IMAGE + 2 * hidden + 10, parameters: CIFAR_IMAGE * hidden + hidden * 10 };
    }
    case 'convnet':
      // conv 3→16 (5×5) and 16→16 (5×5) with ReLUs, then 9216→120→84→10; columns 58,800 + 230,400.
      return { perExample: 47_000 + 289_200, parameters: 1_124_686 };
    case 'cnn':
      // three conv-BN-pool-ReLU blocks (32, 64, 128 channels), then 2048→1000→10; columns 138,240.
      return { perExample: 147_000 + 138_240, parameters: 2_152_706 };
    case 'vgg16':
      // VGG-16-BN at 32×32: thirteen conv-BN-ReLU layers (outputs 850,000) and their columns (1,670,000), 15.25 M parameters.
      return { perExample: 870_000 + 1_670_000, parameters: 15_253_578 };
    default:
      return null; // a lesson this estimate does not know yet: not refused here
  }
}

/** Bytes the run needs at its peak; null for a lesson without an estimate. */
export function estimateRunBytes(lessonId: string, hp: HyperparameterValues): number | null {
  const shape = shapeOf(lessonId, hp);
  if (!shape) return null;
  const batch = number(hp, 'batchSize', 64);
  const step = 3 * shape.perExample * batch * FLOAT;
  const parameters = 4 * shape.parameters * FLOAT;
  const images = lessonId === 'sine' ? 0 : (number(hp, 'trainImages', 0) || CIFAR_TRAIN) + CIFAR_TEST;
  const points = lessonId === 'sine' ? number(hp, 'trainPoints', 30_000) * 2 * FLOAT : 0;
  return WORKER_BASE + step + parameters + images * (CIFAR_IMAGE * (1 + FLOAT) + 1) + points;
}

/** Threads a run keeps busy: the CIFAR-10 lessons run the engine on two, the sine MLP on one. */
export function threadsOfRun(lessonId: string, cores = cpus().length): number {
  return lessonId === 'sine' ? 1 : defaultEngineThreads(cores);
}

/** What all trainings together may use: half of this computer's memory (the rest for the OS, the UI, a browser). */
export function defaultMemoryBudget(): number {
  return Math.floor(totalmem() / 2);
}

export const MEGABYTE = 2 ** 20;
