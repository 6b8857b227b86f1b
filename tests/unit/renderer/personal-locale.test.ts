// Each person's language is their own: a choice kept in the browser wins over the lab's setting, a
// storage that fails does not break the page, and the teacher-only refusal is recognised.
import { describe, expect, it } from 'vitest';
import { browserLocale, chooseLocale, isTeacherOnlyRefusal, PERSONAL_LOCALE_KEY, rememberLocale } from '../../../renderer/i18n/personal-locale';

function memoryStorage(): Pick<Storage, 'getItem' | 'setItem'> {
  const items = new Map<string, string>();
  return { getItem: (key) => items.get(key) ?? null, setItem: (key, value) => void items.set(key, value) };
}

describe('personal language', () => {
  it('prefers the person\'s own choice over the class default', () => {
    const ana = memoryStorage();
    const bruno = memoryStorage();
    expect(chooseLocale(ana, 'pt-BR')).toBe('pt-BR');
    rememberLocale(ana, 'en');
    expect(chooseLocale(ana, 'pt-BR')).toBe('en');
    expect(chooseLocale(bruno, 'pt-BR')).toBe('pt-BR'); // Ana's switch is not Bruno's
  });

  it('ignores unknown stored values and broken storages', () => {
    const storage = memoryStorage();
    storage.setItem(PERSONAL_LOCALE_KEY, 'fr');
    expect(chooseLocale(storage, 'en')).toBe('en');
    const broken = { getItem: () => { throw new Error('denied'); }, setItem: () => { throw new Error('full'); } };
    expect(chooseLocale(broken, 'pt-BR')).toBe('pt-BR');
    expect(() => rememberLocale(broken, 'en')).not.toThrow();
    expect(chooseLocale(null, 'en')).toBe('en');
  });

  it('starts a fresh install in the browser\'s language, until someone chooses', () => {
    expect(browserLocale(['pt-BR', 'en'])).toBe('pt-BR');
    expect(browserLocale(['pt-PT'])).toBe('pt-BR');
    expect(browserLocale(['fr-FR', 'en-US', 'pt-BR'])).toBe('en');
    expect(browserLocale(['fr', 'de'])).toBeNull();
    const fresh = memoryStorage();
    expect(chooseLocale(fresh, 'pt-BR', { labChosen: false, languages: ['en-US', 'en'] })).toBe('en');
    expect(chooseLocale(fresh, 'pt-BR', { labChosen: false, languages: ['pt-BR'] })).toBe('pt-BR');
    expect(chooseLocale(fresh, 'pt-BR', { labChosen: false, languages: ['fr'] })).toBe('pt-BR');
    // The teacher's class default, once chosen, beats the browser; the person's own choice beats both.
    expect(chooseLocale(fresh, 'pt-BR', { labChosen: true, languages: ['en-US'] })).toBe('pt-BR');
    rememberLocale(fresh, 'pt-BR');
    expect(chooseLocale(fresh, 'en', { labChosen: false, languages: ['en-US'] })).toBe('pt-BR');
  });

  it('recognises the server keeping the class default for the teacher', () => {
    expect(isTeacherOnlyRefusal({ info: { code: 'teacher-only' } })).toBe(true);
    expect(isTeacherOnlyRefusal({ info: { code: 'run-not-found' } })).toBe(false);
    expect(isTeacherOnlyRefusal(new Error('x'))).toBe(false);
  });
});
