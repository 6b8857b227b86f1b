// Lesson 4's prose in both languages; a missing language is a compile error.
import type { LocalizedLessonText } from '../lesson-text';
import { airiTextEn } from './text-en';
import { airiTextPtBr } from './text-pt-br';

export const airiText: LocalizedLessonText = { 'pt-BR': airiTextPtBr, en: airiTextEn };
