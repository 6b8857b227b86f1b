// Lesson 6 (PyTorch ConvNet, notebook 6): BetterConvNet, three blocks of Conv(3×3, pad 1) → BatchNorm2d →
// MaxPool2d(2) → ReLU (32, 64, 128 channels), Flatten → Linear(2048→1000) → ReLU → Linear(1000→10),
// 2,152,706 parameters. The notebook put a Softmax before CrossEntropyLoss (a double softmax) and
// trained Adam 3e-4 for 50 epochs to 0.7991; here the loss takes the logits, and the defaults add
// random crop + flip, SGD with Nesterov momentum under a one-cycle schedule, weight decay and label
// smoothing, so fewer epochs reach 0.80.
import type { HyperparameterSpec } from '../hyperparameters';
import {
  augmentationField, batchSizeField, epochsField, labelSmoothingField, learningRateField, momentumField,
  optimizerField, preprocessingField, scheduleField, seedField, trainImagesField, weightDecayField,
  type CifarHyperparameters,
} from './cifar-fields';

export type CnnHyperparameters = CifarHyperparameters;

export const cnnHyperparameterSpec: HyperparameterSpec = [
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
];
