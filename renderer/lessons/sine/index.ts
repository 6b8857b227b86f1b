// Lesson 1's screen, as the renderer's lesson registry lists it.
import type { LessonScreen } from '../lesson-screen';
import SineLesson from './SineLesson.svelte';

export const sineScreen: LessonScreen = SineLesson;
