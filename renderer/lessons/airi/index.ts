// Lesson 4's screen, as the renderer's lesson registry lists it.
import type { LessonScreen } from '../lesson-screen';
import AiriLesson from './AiriLesson.svelte';

export const airiScreen: LessonScreen = AiriLesson;
