// Lesson 7's screen, as the renderer's lesson registry lists it.
import type { LessonScreen } from '../lesson-screen';
import Vgg16Lesson from './Vgg16Lesson.svelte';

export const vgg16Screen: LessonScreen = Vgg16Lesson;
