// Which training function serves which lesson. Workers look lessons up here.
import type { LessonId } from '../../contract/lessons/catalog';
import { trainSine } from '../lessons/sine/train-sine';
import type { LessonTrainer } from './lesson-trainer';

export const LESSON_TRAINERS: Partial<Record<LessonId, LessonTrainer>> = {
  sine: trainSine,
};
