// Lesson 5 (airi ConvNet, notebook 5): DemoConvNet, Conv(3→16, 5) → ReLU → Conv(16→16, 5) → ReLU →
// Flatten → Linear(9216→120) → ReLU → Linear(120→84) → ReLU → Linear(84→10), 1,124,686 parameters.
// airi/train.py trained it with Adam (lr 1e-4, batch 128) for 20 epochs of 389 batches drawn with
// replacement, to 0.587 (README: 0.60). The defaults here normalize per channel and use AdamW with a
// one-cycle schedule, which reaches 0.60 in fewer epochs.
import { defineHyperparameters, type HyperparametersOf } from '../hyperparameters';
import type { TrainableLessonDescriptor } from './lesson-descriptor';
import {
  augmentationField, batchSizeField, epochsField, labelSmoothingField, learningRateField, momentumField,
  optimizerField, preprocessingField, scheduleField, seedField, trainImagesField, weightDecayField,
} from './cifar-fields';

export const convNetHyperparameters = defineHyperparameters([
  optimizerField('adamw'),
  learningRateField(1e-3),
  momentumField(0.9),
  weightDecayField(0.05, 10),
  scheduleField('onecycle'),
  batchSizeField(128),
  epochsField(8),
  preprocessingField('normalize'),
  augmentationField('flip'),
  labelSmoothingField(0),
  trainImagesField(),
  seedField(),
]);
export type ConvNetHyperparameters = HyperparametersOf<typeof convNetHyperparameters>;

export const convNetLesson: TrainableLessonDescriptor<ConvNetHyperparameters> = {
  id: 'convnet', number: 5, status: 'ready', dataset: 'cifar10',
  title: { 'pt-BR': 'Rede convolucional no airi', en: 'A convnet in airi' },
  summary: {
    'pt-BR': 'Convoluções treinadas no airi, com seus filtros e mapas de ativação.',
    en: 'Convolutions trained in airi, with their filters and feature maps.',
  },
  trains: { 'pt-BR': 'DemoConvNet no CIFAR-10', en: 'DemoConvNet on CIFAR-10' },
  hyperparameters: convNetHyperparameters,
};

