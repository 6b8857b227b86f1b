// The current language and its dictionary. pt-BR until settings:get says otherwise (see settings.svelte.ts).
import type { Locale, Localized } from '../../contract/locale';
import { en, type Messages } from './en';
import { ptBR } from './pt-br';

const dictionaries: Record<Locale, Messages> = { 'pt-BR': ptBR, en };

export const DEFAULT_LOCALE: Locale = 'pt-BR';

class I18n {
  locale = $state<Locale>(DEFAULT_LOCALE);
  /** The dictionary of the current language: `i18n.t.home.title`. */
  t: Messages = $derived(dictionaries[this.locale]);

  /** Picks the current language from a text the API sent in both. */
  pick(text: Localized): string {
    return text[this.locale];
  }

  setLocale(locale: Locale): void {
    this.locale = locale;
    document.documentElement.lang = locale;
  }
}

export const i18n = new I18n();
