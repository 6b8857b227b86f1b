// Lesson 4 (airi, notebook 3.5): the engine itself, with layers, backprop and the optimizers compared
// live. Its runs are the optimizer race on CIFAR-10: each run trains the same small network (notebook
// 3's Linear(3072→H) → ReLU → Linear(H→10)) from the same seed, hence the same initial weights and the
// same batch order, with one optimizer; the page starts one run per optimizer the learner ticks, so
// each is a stored run, at a constant learning rate so the comparison is about the optimizers alone.
// The surface race and the gradient check run in the page (airi in a Web Worker) and store nothing.
import { defineHyperparameters, type HyperparametersOf } from '../hyperparameters';
import type { TrainableLessonDescriptor } from './lesson-descriptor';
import {
  augmentationField, batchSizeField, epochsField, labelSmoothingField, learningRateField, momentumField,
  optimizerField, preprocessingField, scheduleField, seedField, weightDecayField, type CifarHyperparameters,
} from './cifar-fields';

export const airiHyperparameters = defineHyperparameters([
  { key: 'hiddenSize', kind: 'int', min: 10, max: 1000, default: 100,
    label: { 'pt-BR': 'Neurônios ocultos', en: 'Hidden neurons' } },
  optimizerField('adam'),
  learningRateField(1e-3),
  momentumField(0),
  weightDecayField(0, 1),
  scheduleField('constant'),
  batchSizeField(128),
  epochsField(2, 50),
  preprocessingField('normalize'),
  augmentationField('none'),
  labelSmoothingField(0),
  { key: 'trainImages', kind: 'int', min: 0, max: 50000, default: 10000,
    label: { 'pt-BR': 'Imagens de treino (0 = todas)', en: 'Training images (0 = all)' } },
  seedField(),
]);
export type AiriRaceHyperparameters = HyperparametersOf<typeof airiHyperparameters>;
export type AiriRaceOptimizer = CifarHyperparameters['optimizer'];

export const airiLesson: TrainableLessonDescriptor<AiriRaceHyperparameters> = {
  id: 'airi', number: 4, status: 'ready', dataset: 'cifar10',
  title: { 'pt-BR': 'airi, nosso motor', en: 'airi, our engine' },
  summary: {
    'pt-BR': 'Camadas, retropropagação e otimizadores (SGD, Momentum, AdaGrad, RMSProp, Adam, AdamW) comparados ao vivo.',
    en: 'Layers, backprop and optimizers (SGD, Momentum, AdaGrad, RMSProp, Adam, AdamW) compared live.',
  },
  trains: { 'pt-BR': 'Otimizadores lado a lado', en: 'Optimizers side by side' },
  hyperparameters: airiHyperparameters,
};

/** One lane of the CIFAR-10 race: an optimizer with its momentum (plain SGD and SGD with Nesterov momentum are two lanes). */
export interface AiriCifarLane {
  id: 'sgd' | 'nesterov' | 'adagrad' | 'rmsprop' | 'adam' | 'adamw';
  optimizer: AiriRaceOptimizer;
  momentum: number;
  /** AdamW's decoupled decay (PyTorch's default 0.01); 0 for the others, so they race on the loss alone. */
  weightDecay: number;
  /** A rate that trains this network well in two epochs, measured on the shared CIFAR-10. */
  learningRate: number;
}

/**
 * The race's lanes, each with its own learning rate (the page starts from these, because one shared
 * rate would be unfair to all but one optimizer). With the defaults (10,000 balanced training images,
 * 2 epochs, H = 100, seed 42) on the shared CIFAR-10 they reached on the 10,000 test images: SGD 35.5%,
 * Nesterov 42.2%, AdaGrad 38.0%, RMSProp 35.5%, Adam 42.5%, AdamW 43.0%, in 10 to 22 s each.
 */
export const AIRI_CIFAR_LANES: readonly AiriCifarLane[] = [
  { id: 'sgd', optimizer: 'sgd', momentum: 0, weightDecay: 0, learningRate: 0.01 },
  { id: 'nesterov', optimizer: 'sgd', momentum: 0.9, weightDecay: 0, learningRate: 0.01 },
  { id: 'adagrad', optimizer: 'adagrad', momentum: 0, weightDecay: 0, learningRate: 0.01 },
  { id: 'rmsprop', optimizer: 'rmsprop', momentum: 0, weightDecay: 0, learningRate: 1e-3 },
  { id: 'adam', optimizer: 'adam', momentum: 0, weightDecay: 0, learningRate: 1e-3 },
  { id: 'adamw', optimizer: 'adamw', momentum: 0, weightDecay: 0.01, learningRate: 1e-3 },
];
