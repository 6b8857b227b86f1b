// Each person's language is their own: the choice is kept in this browser (localStorage) and wins
// over the lab's stored setting, which is the class default the teacher picks. A student's switch
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

/** The person's own choice, else the lab's setting. */
export function chooseLocale(storage: Store | null, labSetting: Locale): Locale {
  let personal: string | null = null;
  try {
    personal = storage?.getItem(PERSONAL_LOCALE_KEY) ?? null;
  } catch {
    personal = null;
  }
  return isLocale(personal) ? personal : labSetting;
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
