// Lesson 6's screen, as the renderer's lesson registry lists it (its run page shares lesson 5's panel).
import type { LessonScreen } from '../lesson-screen';
import CnnLesson from './CnnLesson.svelte';

export const cnnScreen: LessonScreen = CnnLesson;
