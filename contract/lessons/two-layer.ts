// Lesson 3 (two-layer net, notebook 3): Linear(3072→H) → ReLU → Linear(H→10) on mean-image subtracted
// pixels. The notebook's HEAD most likely used H = 1000 ("what 1000 neurons look like"); its last
// recoverable version ran plain SGD (lr 1e-3, batch 256, weights N(0, 1e-4)) to 0.48. The defaults
// here add momentum, weight decay and a cosine schedule over a few epochs.
import type { HyperparameterSpec } from '../hyperparameters';
import {
  augmentationField, batchSizeField, epochsField, labelSmoothingField, learningRateField, momentumField,
  optimizerField, preprocessingField, scheduleField, seedField, trainImagesField, weightDecayField,
  type CifarHyperparameters,
} from './cifar-fields';

export interface TwoLayerHyperparameters extends CifarHyperparameters {
  hiddenSize: number;
}

export const twoLayerHyperparameterSpec: HyperparameterSpec = [
  { key: 'hiddenSize', kind: 'int', min: 1, max: 4096, default: 1000,
    label: { 'pt-BR': 'Neurônios ocultos', en: 'Hidden neurons' } },
  optimizerField('sgd'),
  learningRateField(2e-5),
  momentumField(0.9),
  weightDecayField(5e-3, 100),
  scheduleField('cosine'),
  batchSizeField(256),
  epochsField(6),
  preprocessingField('mean-image'),
  augmentationField('none'),
  labelSmoothingField(0),
  trainImagesField(),
  seedField(),
];
