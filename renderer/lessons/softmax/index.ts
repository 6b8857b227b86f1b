// Lesson 2's screen, as the renderer's lesson registry lists it.
import type { LessonScreen } from '../lesson-screen';
import SoftmaxLesson from './SoftmaxLesson.svelte';

export const softmaxScreen: LessonScreen = SoftmaxLesson;
