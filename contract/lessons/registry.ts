// The eight lessons, each declared once in its own file. Everything that needs to know which lessons
// exist (the API's guard, `lab lessons`, the home screen's catalog) reads this registry.
import type { LessonDataset, LessonId, LessonSummary } from './catalog';
import { airiLesson } from './airi';
import { catBreedsLesson } from './cat-breeds';
import { cnnLesson } from './cnn';
import { convNetLesson } from './convnet';
import { summaryOf, type LessonDescriptor } from './lesson-descriptor';
import { sineLesson } from './sine';
import { softmaxLesson } from './softmax';
import { twoLayerLesson } from './two-layer';
import { vgg16Lesson } from './vgg16';

/** One entry per LessonId, so a lesson cannot be missing (a unit test checks each key is its lesson's id). */
const LESSONS_BY_ID: Record<LessonId, LessonDescriptor> = {
  sine: sineLesson,
  softmax: softmaxLesson,
  'two-layer': twoLayerLesson,
  airi: airiLesson,
  convnet: convNetLesson,
  cnn: cnnLesson,
  vgg16: vgg16Lesson,
  'cat-breeds': catBreedsLesson,
};

/** The lessons in their order (1 to 8). */
export const LESSONS: readonly LessonDescriptor[] = Object.values(LESSONS_BY_ID).sort((a, b) => a.number - b.number);

export function isLessonId(id: unknown): id is LessonId {
  return typeof id === 'string' && Object.hasOwn(LESSONS_BY_ID, id);
}

export function lessonById(id: string): LessonDescriptor | undefined {
  return isLessonId(id) ? LESSONS_BY_ID[id] : undefined;
}

/** The data a lesson's runs need ('none' for an unknown id). */
export function datasetOf(id: string): LessonDataset {
  return lessonById(id)?.dataset ?? 'none';
}

/** What `lessons:list` and `lab lessons --json` return. */
export function lessonSummaries(): LessonSummary[] {
  return LESSONS.map(summaryOf);
}
