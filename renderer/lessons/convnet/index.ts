// Lesson 5's screen and run panel, as the renderer's registries list them.
import type { LessonScreen } from '../lesson-screen';
import ConvNetLesson from './ConvNetLesson.svelte';
import ConvRunPanel from './ConvRunPanel.svelte';

export const convNetScreen: LessonScreen = ConvNetLesson;
export { ConvRunPanel };
