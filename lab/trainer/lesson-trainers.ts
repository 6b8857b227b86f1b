// Which training function serves which lesson. Workers look lessons up here.
import type { LessonId } from '../../contract/lessons/catalog';
import { trainAiri } from '../lessons/airi/train-airi';
import { trainCnn } from '../lessons/cnn/train-cnn';
import { trainConvNet } from '../lessons/convnet/train-convnet';
import { trainSine } from '../lessons/sine/train-sine';
import { trainSoftmax } from '../lessons/softmax/train-softmax';
import { trainTwoLayer } from '../lessons/two-layer/train-two-layer';
import type { LessonTrainer } from './lesson-trainer';

export const LESSON_TRAINERS: Partial<Record<LessonId, LessonTrainer>> = {
  sine: trainSine,
  softmax: trainSoftmax,
  'two-layer': trainTwoLayer,
  convnet: trainConvNet,
  cnn: trainCnn,
  airi: trainAiri,
};
