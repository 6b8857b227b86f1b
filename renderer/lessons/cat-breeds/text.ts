// Lesson 8's screen texts by locale.
import type { Locale } from '../../../contract/locale';
import { catBreedsEn, type CatBreedsText } from './text-en';
import { catBreedsPtBr } from './text-pt-br';

export const catBreedsText: Record<Locale, CatBreedsText> = { en: catBreedsEn, 'pt-BR': catBreedsPtBr };
