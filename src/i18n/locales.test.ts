import { describe, expect, it } from 'vitest';
import { PAGE_SLUGS } from '../lib/site/routes.ts';
import { defaultLocale, easyGerman, getLocale, isLocaleCode, localeCodes, locales, rtlScripts } from './locales.ts';

describe('locale registry', () => {
  it('holds the launch set with German as the default', () => {
    expect([...localeCodes].sort()).toEqual(['ar', 'bg', 'de', 'en', 'fa', 'ku', 'ps', 'ro', 'ru', 'ti', 'tr', 'uk']);
    expect(defaultLocale).toBe('de');
  });

  it('has unique codes, tags and autonyms', () => {
    for (const key of ['code', 'lang', 'autonym'] as const) {
      const values = locales.map((l) => l[key]);
      expect(new Set(values).size, key).toBe(values.length);
    }
  });

  it('uses canonical BCP-47 tags', () => {
    for (const l of locales) expect(Intl.getCanonicalLocales(l.lang)[0]).toBe(l.lang);
  });

  it.each(locales.map((l) => [l.code, l] as const))('%s: dir matches its script', (_code, l) => {
    expect(l.dir).toBe(rtlScripts.has(l.script) ? 'rtl' : 'ltr');
  });

  it.each(locales.map((l) => [l.code, l] as const))('%s: dir agrees with Intl where Intl knows the language', (_code, l) => {
    const locale = new Intl.Locale(l.lang) as Intl.Locale & { getTextInfo?: () => { direction: string } };
    const direction = locale.getTextInfo?.().direction;
    if (direction !== undefined) expect(l.dir).toBe(direction);
    else expect(['ltr', 'rtl']).toContain(l.dir);
  });

  it('marks exactly ar, fa and ps as right-to-left', () => {
    expect(locales.filter((l) => l.dir === 'rtl').map((l) => l.code)).toEqual(['ar', 'fa', 'ps']);
  });

  it('keeps Leichte Sprache a German picker entry, not a locale', () => {
    expect(easyGerman.lang).toBe('de');
    expect(isLocaleCode(PAGE_SLUGS.easyGerman)).toBe(false);
  });

  it('looks locales up and rejects unknown codes', () => {
    expect(getLocale('ti').script).toBe('Ethi');
    expect(() => getLocale('xx' as never)).toThrow(/Unknown locale "xx"/);
    expect(isLocaleCode('uk')).toBe(true);
    expect(isLocaleCode('ukraine')).toBe(false);
  });
});
