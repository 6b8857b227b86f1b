// What the home screen and `lab lessons` show of each of the eight lessons: a LessonSummary is a
// lesson's descriptor (lesson-descriptor.ts) as it travels to the UI, fields only.
import type { Localized } from '../locale';
import type { HyperparameterSpec } from '../hyperparameters';

export type LessonId = 'sine' | 'softmax' | 'two-layer' | 'airi' | 'convnet' | 'cnn' | 'vgg16' | 'cat-breeds';
export type LessonStatus = 'ready' | 'coming';
/** The data a lesson's runs need besides their hyperparameters: none, or an imported dataset. */
export type LessonDataset = 'none' | 'cifar10';

export interface LessonSummary {
  id: LessonId;
  number: number;
  status: LessonStatus;
  title: Localized;
  summary: Localized;
  /** What it trains, in a few words ("a 593-parameter MLP in airi"). */
  trains: Localized;
  dataset: LessonDataset;
  /** Present for ready lessons that can be trained; drives the form and the guard. */
  hyperparameters?: HyperparameterSpec;
}
