// Lesson 8's screen (fast-mode transfer learning), as the renderer's lesson registry lists it.
import type { LessonScreen } from '../lesson-screen';
import CatBreedsLesson from './CatBreedsLesson.svelte';

export const catBreedsScreen: LessonScreen = CatBreedsLesson;
