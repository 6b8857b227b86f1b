// Each lesson's screen, from its own folder. LessonScreen renders the one registered for a ready
// lesson; a lesson without one shows that it is coming.
import type { LessonId } from '../../contract/lessons/catalog';
import type { LessonScreen } from './lesson-screen';
import { airiScreen } from './airi';
import { catBreedsScreen } from './cat-breeds';
import { cnnScreen } from './cnn';
import { convNetScreen } from './convnet';
import { sineScreen } from './sine';
import { softmaxScreen } from './softmax';
import { twoLayerScreen } from './two-layer';

const LESSON_SCREENS: Partial<Record<LessonId, LessonScreen>> = {
  sine: sineScreen,
  softmax: softmaxScreen,
  'two-layer': twoLayerScreen,
  convnet: convNetScreen,
  cnn: cnnScreen,
  airi: airiScreen,
  'cat-breeds': catBreedsScreen,
};

export function lessonScreen(lessonId: LessonId): LessonScreen | undefined {
  return LESSON_SCREENS[lessonId];
}
