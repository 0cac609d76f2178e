import { describe, expect, it } from 'vitest';
import { summariseByLocale, translationStatus } from './translationStatus.ts';

const german = [
  { collection: 'pages', slug: 'programm', file: 'p.md', hash: 'H2', translate: true },
  { collection: 'pages', slug: 'leichte-sprache', file: 'ls.md', hash: 'L1', translate: false },
  { collection: 'focusAreas', slug: 'programm', file: 'f.md', hash: 'F1', translate: true },
];
const translations = [
  { collection: 'pages', locale: 'en', slug: 'programm', file: 'en.md', sourceHash: 'H2', machineTranslated: false },
  { collection: 'pages', locale: 'ar', slug: 'programm', file: 'ar.md', sourceHash: 'H1', machineTranslated: true },
  { collection: 'focusAreas', locale: 'en', slug: 'programm', file: 'fen.md', sourceHash: 'F1', machineTranslated: true },
];

describe('translationStatus', () => {
  const rows = translationStatus(german, translations, ['en', 'ar']);
  const state = (collection: string, slug: string, locale: string) =>
    rows.find((r) => r.collection === collection && r.slug === slug && r.locale === locale)?.state;

  it('classifies every item in every language', () => {
    expect(rows).toHaveLength(6);
    expect(state('pages', 'programm', 'en')).toBe('up-to-date');
    expect(state('pages', 'programm', 'ar')).toBe('outdated');
    expect(state('pages', 'leichte-sprache', 'ar')).toBe('german-only');
    expect(state('focusAreas', 'programm', 'ar')).toBe('missing');
    expect(state('focusAreas', 'programm', 'en')).toBe('up-to-date');
  });

  it('summarises per language without counting German-only items', () => {
    expect(summariseByLocale(rows, ['en', 'ar'])).toEqual([
      // en: the Leichte Sprache page is German (1 of 3 items); ar: that and the missing focal area (2 of 3).
      { locale: 'en', upToDate: 2, outdated: 0, missing: 0, machineTranslated: 1, expected: 2, percentUpToDate: 100, germanFallback: 1, percentGerman: 34 },
      { locale: 'ar', upToDate: 0, outdated: 1, missing: 1, machineTranslated: 1, expected: 2, percentUpToDate: 0, germanFallback: 2, percentGerman: 67 },
    ]);
  });
});
