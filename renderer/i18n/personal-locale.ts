// Each person's language is their own: the choice is kept in this browser (localStorage) and wins
// over the lab's stored setting, which is the class default the teacher picks. On a fresh install
// (nobody chose yet) the browser's languages decide: in the desktop app Electron fills
// navigator.languages from the system's (app.getLocale()), so both take this one path. A student's switch
// never reaches the server (it refuses students' settings:update with teacher-only), so it changes
// no one else's screen.
import { isLocale, type Locale } from '../../contract/locale';

export const PERSONAL_LOCALE_KEY = 'airi-lab.locale';

type Store = Pick<Storage, 'getItem' | 'setItem'>;

/** The storage when the browser offers one (it can be disabled, or throw in private modes). */
export function browserStorage(): Store | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

/** The first of the browser's preferred languages that the lab speaks (any Portuguese reads pt-BR). */
export function browserLocale(languages: readonly string[]): Locale | null {
  for (const language of languages) {
    const lower = language.toLowerCase();
    if (lower === 'pt' || lower.startsWith('pt-')) return 'pt-BR';
    if (lower === 'en' || lower.startsWith('en-')) return 'en';
  }
  return null;
}

/**
 * The person's own choice, else the lab's setting once someone chose it, else the browser's language,
 * else the lab's built-in default.
 */
export function chooseLocale(storage: Store | null, labSetting: Locale, fresh?: { labChosen: boolean; languages: readonly string[] }): Locale {
  let personal: string | null = null;
  try {
    personal = storage?.getItem(PERSONAL_LOCALE_KEY) ?? null;
  } catch {
    personal = null;
  }
  if (isLocale(personal)) return personal;
  if (fresh && !fresh.labChosen) return browserLocale(fresh.languages) ?? labSetting;
  return labSetting;
}

export function rememberLocale(storage: Store | null, locale: Locale): void {
  try {
    storage?.setItem(PERSONAL_LOCALE_KEY, locale);
  } catch {
    // A full or disabled storage: the choice lasts for this page only.
  }
}

/** True when the server kept the shared setting for the teacher: the personal choice still stands. */
export function isTeacherOnlyRefusal(error: unknown): boolean {
  const info = (error as { info?: { code?: unknown } } | null)?.info;
  return info?.code === 'teacher-only';
}
