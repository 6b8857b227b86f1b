// Lesson 1's prose in both languages; a missing language is a compile error.
import type { LocalizedLessonText } from '../lesson-text';
import { sineTextEn } from './text-en';
import { sineTextPtBr } from './text-pt-br';

export const sineText: LocalizedLessonText = { 'pt-BR': sineTextPtBr, en: sineTextEn };
