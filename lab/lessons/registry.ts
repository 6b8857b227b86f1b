// The lessons lab/ can train, each from its own folder. The training worker and the command line
// look lessons up here; which lessons exist at all is contract/lessons/registry.ts.
import type { LessonId } from '../../contract/lessons/catalog';
import { isLessonId } from '../../contract/lessons/registry';
import { airi } from './airi';
import { cnn } from './cnn';
import { convNet } from './convnet';
import type { RunnableLesson } from './lesson-trainer';
import { sine } from './sine';
import { softmax } from './softmax';
import { twoLayer } from './two-layer';
import { vgg16 } from './vgg16';

const LAB_LESSONS: Partial<Record<LessonId, RunnableLesson>> = {
  sine,
  softmax,
  'two-layer': twoLayer,
  airi,
  convnet: convNet,
  cnn,
  vgg16,
};

export function runnableLesson(lessonId: string): RunnableLesson | undefined {
  return isLessonId(lessonId) ? LAB_LESSONS[lessonId] : undefined;
}

/** The ids of the lessons that train, in lesson order. */
export function trainableLessonIds(): LessonId[] {
  return Object.values(LAB_LESSONS).sort((a, b) => a.descriptor.number - b.descriptor.number).map((l) => l.descriptor.id);
}
