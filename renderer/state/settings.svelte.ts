// The language setting: each person's own choice (this browser, see i18n/personal-locale.ts), else
// the lab's stored setting (SQLite), which the teacher's switch also updates so it survives restarts
// of the desktop app and of the classroom server alike.
import type { Locale } from '../../contract/locale';
import { errorText } from '../i18n/error-text';
import { i18n } from '../i18n/i18n.svelte';
import { browserStorage, chooseLocale, isTeacherOnlyRefusal, rememberLocale } from '../i18n/personal-locale';
import { api, connection } from './lab.svelte';

class SettingsState {
  loaded = $state(false);
  saving = $state(false);
  error = $state<string | null>(null);

  constructor() {
    connection.onReconnect(() => {
      if (!this.loaded) void this.load();
    });
  }

  async load(): Promise<void> {
    try {
      const settings = await api.invoke('settings:get', undefined);
      const languages = typeof navigator === 'undefined' ? [] : navigator.languages;
      i18n.setLocale(chooseLocale(browserStorage(), settings.locale, { labChosen: settings.localeChosen ?? true, languages }));
      this.loaded = true;
      // Lets tests (and styles) tell the stored language from the default one.
      document.documentElement.dataset.settings = 'loaded';
      this.error = null;
    } catch (error) {
      this.error = errorText(error);
    }
  }

  async setLocale(locale: Locale): Promise<void> {
    const previous = i18n.locale;
    i18n.setLocale(locale);
    this.saving = true;
    this.error = null;
    rememberLocale(browserStorage(), locale);
    try {
      await api.invoke('settings:update', { locale });
    } catch (error) {
      // A student's choice stays theirs; only the class default is the teacher's to change.
      if (!isTeacherOnlyRefusal(error)) {
        i18n.setLocale(previous);
        rememberLocale(browserStorage(), previous);
        this.error = errorText(error);
      }
    } finally {
      this.saving = false;
    }
  }
}

export const settings = new SettingsState();
