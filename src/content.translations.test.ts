// The real content: every programme page and focal area exists in every language (except the
// German-only pages marked `translate: false`), and every translation records its German version.
import { describe, expect, it } from 'vitest';
import { defaultLocale, localeCodes } from './i18n/locales.ts';
import { readTexts } from './lib/content/files.ts';
import { translationStatus } from './lib/content/translationStatus.ts';

const others = localeCodes.filter((c) => c !== defaultLocale);
const { german, translations } = readTexts('.', defaultLocale, localeCodes);
// Every text is translated, offers too (a reader with little German must not meet German in her
// result list); a new German-only offer fails here until its translations are written.
const MUST_TRANSLATE = new Set(['pages', 'focusAreas', 'offers']);
const rows = translationStatus(german, translations, others);

describe('translations of the real content', () => {
  it('has German texts to check', () => {
    expect(german.filter((g) => g.collection === 'pages').length).toBeGreaterThan(5);
  });

  it('keeps the German-only list explicit: only Leichte Sprache pages', () => {
    expect(
      german
        .filter((g) => !g.translate)
        .map((g) => g.slug)
        .sort(),
    ).toEqual(['leichte-sprache', 'leichte-sprache-deutschkurs', 'leichte-sprache-programm', 'leichte-sprache-welcher-deutschkurs']);
  });

  it('has every programme page, focal area and offer in every language', () => {
    const missing = rows.filter((r) => MUST_TRANSLATE.has(r.collection) && r.state === 'missing');
    expect(missing.map((r) => `${r.locale}: ${r.collection}/${r.slug}`)).toEqual([]);
  });

  it('has no translation without a German original', () => {
    const originals = new Set(german.map((g) => `${g.collection}/${g.slug}`));
    expect(translations.filter((t) => !originals.has(`${t.collection}/${t.slug}`)).map((t) => t.file)).toEqual([]);
  });

  it('records the German version of every translation', () => {
    expect(translations.filter((t) => !t.sourceHash).map((t) => t.file)).toEqual([]);
  });
});
