// Lesson 3's prose in both languages; a missing language is a compile error.
import type { LocalizedLessonText } from '../lesson-text';
import { twoLayerTextEn } from './text-en';
import { twoLayerTextPtBr } from './text-pt-br';

export const twoLayerText: LocalizedLessonText = { 'pt-BR': twoLayerTextPtBr, en: twoLayerTextEn };
