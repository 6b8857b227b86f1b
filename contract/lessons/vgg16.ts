// Lesson 7 (VGG16, notebook 7): VGG16 configuration D built from airi's layers, its layer table and
// the measured cost of training it at 224×224, then the VGG-16 with batch norm for 32×32 CIFAR-10
// images that a learner can really train here. The notebook trained Adam 3e-4 at 224 on a Colab K80
// and stopped after one epoch (0.4235); the defaults here are SGD with Nesterov momentum under a
// one-cycle schedule, crop + flip, weight decay and label smoothing, and few epochs, because even
// the 32×32 network (15 M parameters) is slow on two cores.
import { defineHyperparameters, type HyperparametersOf } from '../hyperparameters';
import type { TrainableLessonDescriptor } from './lesson-descriptor';
import {
  augmentationField, batchSizeField, epochsField, labelSmoothingField, learningRateField, momentumField,
  optimizerField, preprocessingField, scheduleField, seedField, trainImagesField, weightDecayField,
} from './cifar-fields';

export const vgg16Hyperparameters = defineHyperparameters([
  optimizerField('sgd'),
  learningRateField(0.05),
  momentumField(0.9),
  weightDecayField(5e-4, 10),
  scheduleField('onecycle'),
  batchSizeField(64),
  epochsField(2, 100),
  preprocessingField('normalize'),
  augmentationField('crop-flip'),
  labelSmoothingField(0.1),
  trainImagesField(),
  seedField(),
]);
export type Vgg16Hyperparameters = HyperparametersOf<typeof vgg16Hyperparameters>;

export const vgg16Lesson: TrainableLessonDescriptor<Vgg16Hyperparameters> = {
  id: 'vgg16', number: 7, status: 'ready', dataset: 'cifar10',
  title: { 'pt-BR': 'VGG16', en: 'VGG16' },
  summary: {
    'pt-BR': 'Uma rede profunda clássica: onde estão seus 138 milhões de parâmetros, quanto custaria treiná-la aqui, e uma VGG-16 para imagens 32×32 que você treina de verdade.',
    en: 'A classic deep network: where its 138 million parameters are, what training it here would cost, and a VGG-16 for 32×32 images you really train.',
  },
  trains: { 'pt-BR': 'VGG-16 com batch norm no CIFAR-10 (32×32)', en: 'VGG-16 with batch norm on CIFAR-10 (32×32)' },
  hyperparameters: vgg16Hyperparameters,
};
