// Hyperparameter fields the CIFAR-10 lessons (2, 3, 5, 6) share, and the artifacts their runs store.
// Each lesson's file lists its own fields with its own defaults; these builders only spell the
// common ones once so names, ranges and labels agree across lessons.
import type { ChoiceField, FloatField, IntField } from '../hyperparameters';

export const CIFAR_OPTIMIZERS = ['sgd', 'adam', 'adamw', 'adagrad', 'rmsprop'] as const;
export const CIFAR_SCHEDULES = ['constant', 'cosine', 'onecycle'] as const;
/** How pixels become inputs: the notebooks 2, 3 and 5 subtract the mean image; notebook 6 normalizes per channel. */
export const CIFAR_PREPROCESSINGS = ['mean-image', 'normalize'] as const;
export const CIFAR_AUGMENTATIONS = ['none', 'flip', 'crop-flip'] as const;

export interface CifarHyperparameters {
  optimizer: (typeof CIFAR_OPTIMIZERS)[number];
  learningRate: number;
  momentum: number;
  weightDecay: number;
  schedule: (typeof CIFAR_SCHEDULES)[number];
  batchSize: number;
  epochs: number;
  preprocessing: (typeof CIFAR_PREPROCESSINGS)[number];
  augmentation: (typeof CIFAR_AUGMENTATIONS)[number];
  labelSmoothing: number;
  /** Train on N training images only (0: all), balanced across classes; for quick looks on slow machines. */
  trainImages: number;
  seed: number;
}

/** The run artifact with the test accuracy of each class (notebook 2's per-class report). */
export interface PerClassAccuracy {
  classes: string[];
  accuracy: number[];
  /** Test images of each class. */
  counts: number[];
}

type Cifar<K extends keyof CifarHyperparameters> = CifarHyperparameters[K];

export const optimizerField = (value: Cifar<'optimizer'>): ChoiceField<'optimizer', Cifar<'optimizer'>> => ({
  key: 'optimizer', kind: 'choice', options: CIFAR_OPTIMIZERS, default: value,
  label: { 'pt-BR': 'Otimizador', en: 'Optimizer' },
});
export const learningRateField = (value: number, help?: FloatField['help']): FloatField<'learningRate'> => ({
  key: 'learningRate', kind: 'float', min: 1e-9, max: 10, default: value, logScale: true,
  label: { 'pt-BR': 'Taxa de aprendizado', en: 'Learning rate' }, ...(help ? { help } : {}),
});
export const momentumField = (value: number): FloatField<'momentum'> => ({
  key: 'momentum', kind: 'float', min: 0, max: 0.999, default: value,
  label: { 'pt-BR': 'Momento (SGD)', en: 'Momentum (SGD)' },
});
export const weightDecayField = (value: number, max: number, help?: FloatField['help']): FloatField<'weightDecay'> => ({
  key: 'weightDecay', kind: 'float', min: 0, max, default: value,
  label: { 'pt-BR': 'Decaimento de pesos (L2)', en: 'Weight decay (L2)' }, ...(help ? { help } : {}),
});
export const scheduleField = (value: Cifar<'schedule'>): ChoiceField<'schedule', Cifar<'schedule'>> => ({
  key: 'schedule', kind: 'choice', options: CIFAR_SCHEDULES, default: value,
  label: { 'pt-BR': 'Agenda da taxa', en: 'Rate schedule' },
  help: {
    'pt-BR': 'onecycle: sobe e depois desce a taxa (Smith 2018); cosine: desce suavemente; constant: fixa.',
    en: 'onecycle: warms the rate up then anneals it (Smith 2018); cosine: decays smoothly; constant: fixed.',
  },
});
export const batchSizeField = (value: number): IntField<'batchSize'> => ({
  key: 'batchSize', kind: 'int', min: 1, max: 50000, default: value,
  label: { 'pt-BR': 'Tamanho do lote', en: 'Batch size' },
});
export const epochsField = (value: number, max = 500): IntField<'epochs'> => ({
  key: 'epochs', kind: 'int', min: 1, max, default: value,
  label: { 'pt-BR': 'Épocas', en: 'Epochs' },
});
export const preprocessingField = (value: Cifar<'preprocessing'>): ChoiceField<'preprocessing', Cifar<'preprocessing'>> => ({
  key: 'preprocessing', kind: 'choice', options: CIFAR_PREPROCESSINGS, default: value,
  label: { 'pt-BR': 'Pré-processamento', en: 'Preprocessing' },
  help: {
    'pt-BR': 'mean-image: subtrai a imagem média (notebooks 2, 3 e 5); normalize: média e desvio por canal (notebook 6).',
    en: 'mean-image: subtract the mean image (notebooks 2, 3 and 5); normalize: per-channel mean and std (notebook 6).',
  },
});
export const augmentationField = (value: Cifar<'augmentation'>): ChoiceField<'augmentation', Cifar<'augmentation'>> => ({
  key: 'augmentation', kind: 'choice', options: CIFAR_AUGMENTATIONS, default: value,
  label: { 'pt-BR': 'Aumento de dados', en: 'Augmentation' },
  help: {
    'pt-BR': 'crop-flip: recorte aleatório com borda de 4 pixels e espelhamento horizontal.',
    en: 'crop-flip: random crop with 4 pixels of padding and a horizontal flip.',
  },
});
export const labelSmoothingField = (value: number): FloatField<'labelSmoothing'> => ({
  key: 'labelSmoothing', kind: 'float', min: 0, max: 0.5, default: value,
  label: { 'pt-BR': 'Suavização de rótulos', en: 'Label smoothing' },
});
export const trainImagesField = (): IntField<'trainImages'> => ({
  key: 'trainImages', kind: 'int', min: 0, max: 50000, default: 0,
  label: { 'pt-BR': 'Imagens de treino (0 = todas)', en: 'Training images (0 = all)' },
});
export const seedField = (): IntField<'seed'> => ({
  key: 'seed', kind: 'int', min: 0, max: 2 ** 31 - 1, default: 42,
  label: { 'pt-BR': 'Semente', en: 'Seed' },
});
