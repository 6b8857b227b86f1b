// Lesson 6 (PyTorch ConvNet, notebook 6): BetterConvNet, three blocks of Conv(3×3, pad 1) → BatchNorm2d →
// MaxPool2d(2) → ReLU (32, 64, 128 channels), Flatten → Linear(2048→1000) → ReLU → Linear(1000→10),
// 2,152,706 parameters. The notebook put a Softmax before CrossEntropyLoss (a double softmax) and
// trained Adam 3e-4 for 50 epochs to 0.7991; here the loss takes the logits, and the defaults add
// random crop + flip, SGD with Nesterov momentum under a one-cycle schedule, weight decay and label
// smoothing, so fewer epochs reach 0.80. The notebook's double softmax is a switch (doubleSoftmax), so
// a learner can see its loss floor.
import { defineHyperparameters, type HyperparametersOf } from '../hyperparameters';
import type { TrainableLessonDescriptor } from './lesson-descriptor';
import {
  augmentationField, batchSizeField, epochsField, labelSmoothingField, learningRateField, momentumField,
  optimizerField, preprocessingField, scheduleField, seedField, trainImagesField, weightDecayField,
} from './cifar-fields';

export const cnnHyperparameters = defineHyperparameters([
  optimizerField('sgd'),
  learningRateField(0.05),
  momentumField(0.9),
  weightDecayField(5e-4, 10),
  scheduleField('onecycle'),
  batchSizeField(128),
  epochsField(12),
  preprocessingField('normalize'),
  augmentationField('crop-flip'),
  labelSmoothingField(0.1),
  trainImagesField(),
  seedField(),
  {
    key: 'doubleSoftmax', kind: 'choice', options: ['off', 'on'] as const, default: 'off',
    label: { 'pt-BR': 'Softmax dupla (bug do notebook)', en: 'Double softmax (the notebook\'s bug)' },
    help: {
      'pt-BR': 'on: a rede termina numa Softmax antes da CrossEntropyLoss, como no notebook 6; a perda não cai abaixo de ln(1 + 9/e) ≈ 1,461.',
      en: 'on: the network ends in a Softmax before CrossEntropyLoss, as in notebook 6; the loss cannot fall below ln(1 + 9/e) ≈ 1.461.',
    },
  },
]);
export type CnnHyperparameters = HyperparametersOf<typeof cnnHyperparameters>;

export const cnnLesson: TrainableLessonDescriptor<CnnHyperparameters> = {
  id: 'cnn', number: 6, status: 'ready', dataset: 'cifar10',
  title: { 'pt-BR': 'Uma CNN maior e Grad-CAM', en: 'A larger CNN and Grad-CAM' },
  summary: {
    'pt-BR': 'Cerca de 80% no CIFAR-10 e mapas Grad-CAM que mostram onde a rede olha.',
    en: 'About 80% on CIFAR-10 and Grad-CAM maps that show where the net looks.',
  },
  trains: { 'pt-BR': 'BetterConvNet no CIFAR-10', en: 'BetterConvNet on CIFAR-10' },
  hyperparameters: cnnHyperparameters,
};

