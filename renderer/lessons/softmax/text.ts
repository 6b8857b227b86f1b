// Lesson 2's prose in both languages; a missing language is a compile error.
import type { LocalizedLessonText } from '../lesson-text';
import { softmaxTextEn } from './text-en';
import { softmaxTextPtBr } from './text-pt-br';

export const softmaxText: LocalizedLessonText = { 'pt-BR': softmaxTextPtBr, en: softmaxTextEn };
