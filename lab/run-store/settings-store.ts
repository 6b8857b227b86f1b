// App settings (the UI language for now), kept in the same SQLite file so they survive restarts
// in the desktop app and in browser mode alike.
import type { Settings } from '../../contract/app-info';
import { isLocale } from '../../contract/locale';
import type { Db } from './open-database';

export const DEFAULT_SETTINGS: Settings = { locale: 'pt-BR' };

export class SettingsStore {
  constructor(private readonly db: Db) {}

  get(): Settings {
    const rows = this.db.prepare('select key, value_json from settings').all() as { key: string; value_json: string }[];
    const settings: Settings = { ...DEFAULT_SETTINGS, localeChosen: false };
    for (const row of rows) {
      const value = JSON.parse(row.value_json) as unknown;
      if (row.key === 'locale' && isLocale(value)) {
        settings.locale = value;
        settings.localeChosen = true;
      }
    }
    return settings;
  }

  update(patch: Partial<Settings>): Settings {
    const upsert = this.db.prepare(
      'insert into settings (key, value_json) values (?, ?) on conflict (key) do update set value_json = excluded.value_json',
    );
    this.db.transaction(() => {
      // Only stored settings: localeChosen is derived from them.
      for (const [key, value] of Object.entries(patch)) if (value !== undefined && key !== 'localeChosen') upsert.run(key, JSON.stringify(value));
    })();
    return this.get();
  }
}
