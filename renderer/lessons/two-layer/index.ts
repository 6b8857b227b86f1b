// Lesson 3's screen, as the renderer's lesson registry lists it.
import type { LessonScreen } from '../lesson-screen';
import TwoLayerLesson from './TwoLayerLesson.svelte';

export const twoLayerScreen: LessonScreen = TwoLayerLesson;
