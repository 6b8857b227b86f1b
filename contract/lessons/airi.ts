// Lesson 4 (airi, our engine): the optimizer race on CIFAR-10. Each run of the race trains the same
// small network (notebook 3's Linear(3072→H) → ReLU → Linear(H→10)) from the same seed, hence the
// same initial weights and the same batch order, with one optimizer; the page starts one run per
// optimizer the learner ticks, so each is a stored run. A constant learning rate (no schedule) keeps
// the comparison about the optimizers alone.
import type { HyperparameterSpec } from '../hyperparameters';
import {
  batchSizeField, epochsField, learningRateField, momentumField, optimizerField, seedField,
  weightDecayField, type CifarHyperparameters,
} from './cifar-fields';

export type AiriRaceOptimizer = CifarHyperparameters['optimizer'];

export interface AiriRaceHyperparameters extends CifarHyperparameters {
  hiddenSize: number;
}

/** What every run of the race shares and the page does not let the learner change. */
export const AIRI_RACE_FIXED = {
  schedule: 'constant',
  preprocessing: 'normalize',
  augmentation: 'none',
  labelSmoothing: 0,
} as const satisfies Partial<CifarHyperparameters>;

export const airiHyperparameterSpec: HyperparameterSpec = [
  { key: 'hiddenSize', kind: 'int', min: 10, max: 1000, default: 100,
    label: { 'pt-BR': 'Neurônios ocultos', en: 'Hidden neurons' } },
  optimizerField('adam'),
  learningRateField(1e-3),
  momentumField(0),
  weightDecayField(0, 1),
  { key: 'schedule', kind: 'choice', options: [AIRI_RACE_FIXED.schedule], default: AIRI_RACE_FIXED.schedule,
    label: { 'pt-BR': 'Agenda da taxa', en: 'Rate schedule' } },
  batchSizeField(128),
  epochsField(2, 50),
  { key: 'preprocessing', kind: 'choice', options: [AIRI_RACE_FIXED.preprocessing], default: AIRI_RACE_FIXED.preprocessing,
    label: { 'pt-BR': 'Pré-processamento', en: 'Preprocessing' } },
  { key: 'augmentation', kind: 'choice', options: [AIRI_RACE_FIXED.augmentation], default: AIRI_RACE_FIXED.augmentation,
    label: { 'pt-BR': 'Aumento de dados', en: 'Augmentation' } },
  { key: 'labelSmoothing', kind: 'float', min: 0, max: 0, default: 0,
    label: { 'pt-BR': 'Suavização de rótulos', en: 'Label smoothing' } },
  { key: 'trainImages', kind: 'int', min: 0, max: 50000, default: 10000,
    label: { 'pt-BR': 'Imagens de treino (0 = todas)', en: 'Training images (0 = all)' } },
  seedField(),
];

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
 * The race's lanes, with a learning rate each that trains this network well in two epochs (measured on the shared
 * CIFAR-10); the page starts from these, because one shared rate would be unfair to all but one.
 */
export const AIRI_CIFAR_LANES: readonly AiriCifarLane[] = [
  { id: 'sgd', optimizer: 'sgd', momentum: 0, weightDecay: 0, learningRate: 0.01 },
  { id: 'nesterov', optimizer: 'sgd', momentum: 0.9, weightDecay: 0, learningRate: 0.01 },
  { id: 'adagrad', optimizer: 'adagrad', momentum: 0, weightDecay: 0, learningRate: 0.01 },
  { id: 'rmsprop', optimizer: 'rmsprop', momentum: 0, weightDecay: 0, learningRate: 1e-3 },
  { id: 'adam', optimizer: 'adam', momentum: 0, weightDecay: 0, learningRate: 1e-3 },
  { id: 'adamw', optimizer: 'adamw', momentum: 0, weightDecay: 0.01, learningRate: 1e-3 },
];
