// Lesson 3 (two-layer net, notebook 3): Linear(3072→H) → ReLU → Linear(H→10) on mean-image subtracted
// pixels. The notebook's HEAD most likely used H = 1000 ("what 1000 neurons look like"); its last
// recoverable version ran plain SGD (lr 1e-3, batch 256, weights N(0, 1e-4)) to 0.48. The defaults
// here normalize per channel (raw mean-subtracted pixels, ±128, make PyTorch-initialized hidden units
// huge) and use SGD with Nesterov momentum 0.9, lr 0.01 under a cosine decay, weight decay 5e-4,
// 6 epochs of batch 256: 0.532 on the 10,000 test images (seed 42).
import { defineHyperparameters, type HyperparametersOf } from '../hyperparameters';
import type { TrainableLessonDescriptor } from './lesson-descriptor';
import {
  augmentationField, batchSizeField, epochsField, labelSmoothingField, learningRateField, momentumField,
  optimizerField, preprocessingField, scheduleField, seedField, trainImagesField, weightDecayField,
} from './cifar-fields';

export const twoLayerHyperparameters = defineHyperparameters([
  { key: 'hiddenSize', kind: 'int', min: 10, max: 1000, default: 1000,
    label: { 'pt-BR': 'Neurônios ocultos', en: 'Hidden neurons' } },
  optimizerField('sgd'),
  learningRateField(0.01),
  momentumField(0.9),
  weightDecayField(5e-4, 100),
  scheduleField('cosine'),
  batchSizeField(256),
  epochsField(6),
  preprocessingField('normalize'),
  augmentationField('none'),
  labelSmoothingField(0),
  trainImagesField(),
  seedField(),
]);
export type TwoLayerHyperparameters = HyperparametersOf<typeof twoLayerHyperparameters>;

export const twoLayerLesson: TrainableLessonDescriptor<TwoLayerHyperparameters> = {
  id: 'two-layer', number: 3, status: 'ready', dataset: 'cifar10',
  title: { 'pt-BR': 'Rede de duas camadas', en: 'Two-layer network' },
  summary: {
    'pt-BR': 'Uma camada oculta e uma não linearidade: mais neurônios, templates mais ricos.',
    en: 'One hidden layer and a non-linearity: more neurons, richer templates.',
  },
  trains: { 'pt-BR': 'MLP de duas camadas no CIFAR-10', en: 'Two-layer MLP on CIFAR-10' },
  hyperparameters: twoLayerHyperparameters,
};

