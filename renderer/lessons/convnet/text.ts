// Lesson 5's prose in both languages; a missing language is a compile error.
import type { LocalizedLessonText } from '../lesson-text';
import { convnetTextEn } from './text-en';
import { convnetTextPtBr } from './text-pt-br';

export const convnetText: LocalizedLessonText = { 'pt-BR': convnetTextPtBr, en: convnetTextEn };
