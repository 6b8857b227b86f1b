// What the home screen and `lab lessons` show of each of the eight lessons.
import type { Localized } from '../locale';
import type { HyperparameterSpec } from '../hyperparameters';

export type LessonId = 'sine' | 'softmax' | 'two-layer' | 'airi' | 'convnet' | 'cnn' | 'vgg16' | 'cat-breeds';
export type LessonStatus = 'ready' | 'coming';

export interface LessonSummary {
  id: LessonId;
  number: number;
  status: LessonStatus;
  title: Localized;
  summary: Localized;
  /** What it trains, in a few words ("a 593-parameter MLP in airi"). */
  trains: Localized;
  /** Present for lessons that can be trained; drives the form and the guard. */
  hyperparameters?: HyperparameterSpec;
}
