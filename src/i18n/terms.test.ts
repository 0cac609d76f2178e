/**
 * The term base (src/i18n/terms.json): every key term has one chosen translation per language,
 * and the UI dictionaries, pages, focal areas and offers use it wherever the German source uses
 * the German term. A mismatch names the file, the line and the term (`npm run terms` lists them),
 * so a translator can fix the text or, where the choice was wrong, the term base.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultLocale, localeCodes } from './locales.ts';
import { lowerFor } from './termBase.ts';
import { contentTermFindings, findingLine, loadTermBase, uiTermFindings } from './termCheck.ts';

const base = loadTermBase();
const dictionary = (code: string): Record<string, string> => JSON.parse(readFileSync(`src/i18n/ui/${code}.json`, 'utf8'));
const others = localeCodes.filter((c) => c !== defaultLocale);
const lower = lowerFor;

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
    expect(uiTermFindings().map(findingLine)).toEqual([]);
  });

  // Reads some 1,300 files: more time than vitest's default when the suite runs in parallel.
  it(
    'is used by every translated page, focal area and offer wherever its German source uses the term (file and line)',
    { timeout: 30_000 },
    () => {
      expect(contentTermFindings().map(findingLine)).toEqual([]);
    },
  );

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
