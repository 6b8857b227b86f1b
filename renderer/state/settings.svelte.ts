// The language setting: read from the server (SQLite) at load, written back on change, so it survives
// restarts of the desktop app and of the classroom server alike.
import type { Locale } from '../../contract/locale';
import { errorText } from '../i18n/error-text';
import { i18n } from '../i18n/i18n.svelte';
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
      i18n.setLocale(settings.locale);
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
    try {
      const settings = await api.invoke('settings:update', { locale });
      i18n.setLocale(settings.locale);
    } catch (error) {
      i18n.setLocale(previous);
      this.error = errorText(error);
    } finally {
      this.saving = false;
    }
  }
}

export const settings = new SettingsState();
