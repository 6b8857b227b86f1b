// Lessons 5 and 6's picture words in the learner's language; a missing language is a compile error.
import type { Locale } from '../../../contract/locale';
import { convTextEn, type ConvText } from './conv-text-en';
import { convTextPtBr } from './conv-text-pt-br';

const texts: Record<Locale, ConvText> = { 'pt-BR': convTextPtBr, en: convTextEn };

export function convText(locale: Locale): ConvText {
  return texts[locale];
}
