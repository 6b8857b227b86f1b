// Lesson 7's prose in both languages; a missing language is a compile error.
import type { LocalizedLessonText } from '../lesson-text';
import { vgg16TextEn } from './text-en';
import { vgg16TextPtBr } from './text-pt-br';

export const vgg16Text: LocalizedLessonText = { 'pt-BR': vgg16TextPtBr, en: vgg16TextEn };
