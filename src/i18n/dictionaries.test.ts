import { describe, expect, it } from 'vitest';
import { defaultLocale, localeCodes, locales } from './locales.ts';
import { dictionaries, useTranslations } from './translator.ts';

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;
const german = dictionaries[defaultLocale]!;
/** Keys without plural suffix, e.g. "offers.count" for "offers.count_one". */
const pluralBases = new Set(
  Object.keys(german)
    .filter((k) => PLURAL_SUFFIX.test(k))
    .map((k) => k.replace(PLURAL_SUFFIX, '')),
);
const plainKeys = Object.keys(german).filter((k) => !PLURAL_SUFFIX.test(k));
const placeholders = (s: string) => [...s.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

describe('UI dictionaries', () => {
  it('exist for exactly the registered locales', () => {
    expect(Object.keys(dictionaries).sort()).toEqual([...localeCodes].sort());
  });

  it('German has count strings to check', () => {
    expect(pluralBases.size).toBeGreaterThan(0);
  });

  describe.each(locales.map((l) => [l.code, l.lang] as const))('%s', (code, lang) => {
    const dict = dictionaries[code] ?? {};
    const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;

    it('has every German key and no key German lacks', () => {
      const own = Object.keys(dict).filter((k) => !PLURAL_SUFFIX.test(k));
      expect(
        own.filter((k) => !(k in german)),
        'keys German lacks',
      ).toEqual([]);
      expect(
        plainKeys.filter((k) => !(k in dict)),
        'missing keys',
      ).toEqual([]);
    });

    it('has exactly the plural forms the language needs', () => {
      for (const base of pluralBases) {
        const forms = Object.keys(dict).filter((k) => k.replace(PLURAL_SUFFIX, '') === base && PLURAL_SUFFIX.test(k));
        expect(forms.map((k) => k.match(PLURAL_SUFFIX)![1]).sort(), base).toEqual([...categories].sort());
      }
      const strayPlurals = Object.keys(dict).filter((k) => PLURAL_SUFFIX.test(k) && !pluralBases.has(k.replace(PLURAL_SUFFIX, '')));
      expect(strayPlurals).toEqual([]);
    });

    it('keeps the placeholders of the German strings and has no empty strings', () => {
      for (const [key, value] of Object.entries(dict)) {
        expect(value.trim(), key).not.toBe('');
        const germanValue = german[key] ?? german[`${key.replace(PLURAL_SUFFIX, '')}_other`]!;
        // Arabic zero/one/two forms may spell the number out instead of using {{count}}.
        const expected = placeholders(germanValue).filter((p) => !(PLURAL_SUFFIX.test(key) && p === 'count'));
        const actual = placeholders(value).filter((p) => p !== 'count' || !PLURAL_SUFFIX.test(key));
        expect(actual, key).toEqual(expected);
      }
    });
  });

  it('Arabic has all six plural forms and picks them by number', () => {
    const t = useTranslations('ar');
    const forms = [0, 1, 2, 3, 11, 100].map((count) => t('offers.count', { count }));
    expect(new Set(forms).size).toBe(6);
    expect(dictionaries['ar']!['offers.count_two']).toBe(forms[2]);
  });

  it('writes counts the way the language writes numbers', () => {
    expect(useTranslations('fa')('offers.count', { count: 69 })).toContain('۶۹');
    expect(useTranslations('de')('offers.count', { count: 1200 })).toContain('1.200');
  });

  it('translates into the requested language and falls back to German for missing keys', () => {
    expect(useTranslations('en')('nav.home')).toBe(dictionaries['en']!['nav.home']);
    expect(useTranslations('de')('nav.home')).toBe('Startseite');
    expect(useTranslations('ru')('offers.count', { count: 5 })).toContain('5');
  });
});
