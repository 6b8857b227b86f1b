// Lesson 6's prose in both languages; a missing language is a compile error.
import type { LocalizedLessonText } from '../lesson-text';
import { cnnTextEn } from './text-en';
import { cnnTextPtBr } from './text-pt-br';

export const cnnText: LocalizedLessonText = { 'pt-BR': cnnTextPtBr, en: cnnTextEn };
