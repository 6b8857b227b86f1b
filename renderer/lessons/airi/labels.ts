// Lesson 4's labels in both languages; a missing language or key is a compile error.
import type { Locale } from '../../../contract/locale';
import { type AiriLabels, airiLabelsEn } from './labels-en';
import { airiLabelsPtBr } from './labels-pt-br';

export const airiLabels: Record<Locale, AiriLabels> = { 'pt-BR': airiLabelsPtBr, en: airiLabelsEn };
