// Lesson 2 (softmax classifier, notebook 2): a 3072×10 linear classifier without bias on mean-image
// subtracted CIFAR-10 pixels. The notebook ran 500 full-batch gradient-descent steps (lr 2.5e-6,
// L2 reg 1e3, i.e. weight decay 2e3 on the gradient) to 0.3991; the defaults here use mini-batches of
// 256 with momentum 0.9, lr 3e-6 under a cosine decay and weight decay 500 for 6 epochs (0.407, ~11 s).
import { defineHyperparameters, type HyperparametersOf } from '../hyperparameters';
import type { TrainableLessonDescriptor } from './lesson-descriptor';
import {
  augmentationField, batchSizeField, epochsField, labelSmoothingField, learningRateField, momentumField,
  optimizerField, preprocessingField, scheduleField, seedField, trainImagesField, weightDecayField,
} from './cifar-fields';

export const softmaxHyperparameters = defineHyperparameters([
  optimizerField('sgd'),
  learningRateField(3e-6, {
    'pt-BR': 'Os pixels vão de −128 a 128, então a taxa é minúscula; o notebook usou 2,5e-6 com o lote inteiro.',
    en: 'Pixels span −128 to 128, so the rate is tiny; the notebook used 2.5e-6 on the whole training set at once.',
  }),
  momentumField(0.9),
  weightDecayField(500, 1e5, {
    'pt-BR': 'O notebook somava reg·ΣW² com reg = 1000 à perda (2000·W no gradiente); com lotes, 500 funciona melhor.',
    en: 'The notebook added reg·ΣW² with reg = 1000 to the loss (2000·W in the gradient); with mini-batches 500 does better.',
  }),
  scheduleField('cosine'),
  batchSizeField(256),
  epochsField(6),
  preprocessingField('mean-image'),
  { ...augmentationField('none') },
  labelSmoothingField(0),
  trainImagesField(),
  seedField(),
]);
export type SoftmaxHyperparameters = HyperparametersOf<typeof softmaxHyperparameters>;

export const softmaxLesson: TrainableLessonDescriptor<SoftmaxHyperparameters> = {
  id: 'softmax', number: 2, status: 'ready', dataset: 'cifar10',
  title: { 'pt-BR': 'Classificador softmax', en: 'Softmax classifier' },
  summary: {
    'pt-BR': 'Um classificador linear no CIFAR-10 e os “templates” de classe que ele aprende.',
    en: 'A linear classifier on CIFAR-10 and the class templates it learns.',
  },
  trains: { 'pt-BR': 'Matriz 3072×10 no CIFAR-10', en: '3072×10 weight matrix on CIFAR-10' },
  hyperparameters: softmaxHyperparameters,
};

