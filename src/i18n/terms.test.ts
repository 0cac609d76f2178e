/**
 * The term base (src/i18n/terms.json): every key term has one chosen translation per language,
 * and the UI dictionaries use it wherever the German string uses the German term. A mismatch
 * names the language, the key and the term, so a translator can fix the string or, where the
 * choice was wrong, the term base.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultLocale, localeCodes } from './locales.ts';

interface Term {
  id: string;
  /** German forms that count as the term (case-sensitive, whole words). */
  de: string[];
  note?: string;
  /** Per language: the chosen term and the forms that count as using it (inflections). */
  translations: Record<string, { term: string; forms: string[]; note?: string }>;
}
const base = JSON.parse(readFileSync('src/i18n/terms.json', 'utf8')) as { terms: Term[] };
const dictionary = (code: string): Record<string, string> => JSON.parse(readFileSync(`src/i18n/ui/${code}.json`, 'utf8'));
const others = localeCodes.filter((c) => c !== defaultLocale);
/** A German form as a whole word (German compounds such as "Deutschkursen" are listed as forms). */
/**
 * Lower case by the language's own rules: plain toLowerCase() turns Turkish "İ" into "i" + U+0307,
 * so "İrtibat noktaları" would not contain the lower-case form "irtibat nokta".
 */
const lower = (text: string, code: string) => text.toLocaleLowerCase(code);
const germanWord = (form: string) => new RegExp(`(^|[^\\p{L}])${form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\p{L}])`, 'u');

describe('the term base', () => {
  it('has between 40 and 80 terms, each with a chosen translation and its forms in every language', () => {
    expect(base.terms.length).toBeGreaterThanOrEqual(40);
    expect(base.terms.length).toBeLessThanOrEqual(80);
    expect(new Set(base.terms.map((t) => t.id)).size).toBe(base.terms.length);
    for (const t of base.terms) {
      expect(t.de.length, t.id).toBeGreaterThan(0);
      for (const code of others) {
        const tr = t.translations[code];
        expect(tr?.term, `${t.id}: ${code}`).toBeTruthy();
        expect(tr?.forms.length, `${t.id}: ${code} forms`).toBeGreaterThan(0);
        // The chosen term is one of its own forms (lower case counts: a form may start a sentence).
        expect(
          tr?.forms.some((f) => lower(tr.term, code).includes(lower(f, code))),
          `${t.id}: ${code}: "${tr?.term}" among its forms`,
        ).toBe(true);
      }
    }
  });

  it('is used by the UI strings of every language wherever the German string uses the term', () => {
    const de = dictionary(defaultLocale);
    const misses: string[] = [];
    for (const code of others) {
      const strings = dictionary(code);
      for (const [key, german] of Object.entries(de)) {
        for (const t of base.terms) {
          if (!t.de.some((form) => germanWord(form).test(german))) continue;
          const value = lower(strings[key] ?? '', code);
          const forms = t.translations[code]?.forms ?? [];
          if (!forms.some((f) => value.includes(lower(f, code))))
            misses.push(`${code} ${key}: "${t.de[0]}" should be "${t.translations[code]?.term}" (is: ${strings[key]})`);
        }
      }
    }
    expect(misses).toEqual([]);
  });

  it('gives the date label of pages and contacts the meaning "as of", not "last updated"', () => {
    const asOf = base.terms.find((t) => t.id === 'as-of');
    expect(asOf?.de).toContain('Stand');
    for (const code of others) {
      const strings = dictionary(code);
      for (const key of ['page.asOf', 'contacts.asOf']) {
        expect(
          asOf?.translations[code]?.forms.some((f) => lower(strings[key]!, code).includes(lower(f, code))),
          `${code} ${key}: ${strings[key]}`,
        ).toBe(true);
      }
    }
  });
});
