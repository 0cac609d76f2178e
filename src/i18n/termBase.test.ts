import { describe, expect, it } from 'vitest';
import { missedTerms, searchAliases, termMisses, textBlocks, usesTerm, type TermBase } from './termBase.ts';

const base: TermBase = {
  properNames: ['Sprachkurse Deutsch4U'],
  otherMeanings: ['Stand der Vereinbarkeit'],
  terms: [
    {
      id: 'german-course',
      de: ['Deutschkurs', 'Deutschkurse'],
      deAliases: ['Sprachkurs Deutsch'],
      translations: { en: { term: 'German course', forms: ['german course'], aliases: ['German class', 'German lessons'] } },
    },
    { id: 'as-of', de: ['Stand'], translations: { en: { term: 'As of', forms: ['as of'] } } },
    { id: 'language-course', de: ['Sprachkurse'], translations: { en: { term: 'language course', forms: ['language course'] } } },
    { id: 'region', de: ['Region'], translations: { tr: { term: 'Bölge', forms: ['bölge'] }, en: { term: 'region', forms: ['region'] } } },
  ],
};
const term = (id: string) => base.terms.find((t) => t.id === id)!;

describe('usesTerm', () => {
  it('finds a form in any case and inflection listed', () => {
    expect(usesTerm('Find free German courses', 'en', term('german-course'))).toBe(true);
    expect(usesTerm('Find free German lessons', 'en', term('german-course'))).toBe(false);
  });
  it('lower-cases by the language: Turkish İ', () => {
    const t = { id: 'x', de: ['X'], translations: { tr: { term: 'İrtibat noktası', forms: ['irtibat nokta'] } } };
    expect(usesTerm('İrtibat noktaları', 'tr', t)).toBe(true);
  });
});

describe('missedTerms', () => {
  it('reports a German term whose translation uses another word', () => {
    expect(missedTerms('Kostenlose Deutschkurse', 'Free German lessons', 'en', base).map((m) => [m.term.id, m.german])).toEqual([
      ['german-course', 'Deutschkurse'],
    ]);
  });
  it('matches German forms as whole words only', () => {
    expect(missedTerms('Die Regionalbahn', 'The train', 'en', base)).toEqual([]);
    expect(missedTerms('Die Region', 'The area', 'en', base).map((m) => m.term.id)).toEqual(['region']);
  });
  it('leaves names that stay German and phrases with another meaning out', () => {
    expect(missedTerms('Das Projekt Sprachkurse Deutsch4U', 'The project Sprachkurse Deutsch4U', 'en', base)).toEqual([]);
    expect(missedTerms('## Stand der Vereinbarkeit', '## Compliance status', 'en', base)).toEqual([]);
    expect(missedTerms('Der Landkreis Region Nord', 'The district', 'en', base, ['Landkreis Region Nord'])).toEqual([]);
  });
});

describe('textBlocks', () => {
  it('reads title and description from the header, then paragraphs and lists, with their lines; no link targets', () => {
    const file = [
      '---',
      'title: Deutschkurse',
      'sourceHash: abc',
      'description: Alles',
      '---',
      '',
      'Ein Absatz',
      'zwei Zeilen.',
      '',
      '- [Liste](../deutschkurs/)',
      '- b',
      '',
    ].join('\n');
    expect(textBlocks(file)).toEqual([
      { line: 2, text: 'Deutschkurse' },
      { line: 4, text: 'Alles' },
      { line: 7, text: 'Ein Absatz\nzwei Zeilen.' },
      { line: 10, text: '- [Liste]\n- b' },
    ]);
  });
});

describe('termMisses', () => {
  const german = ['---', 'title: Deutschkurse', '---', '', 'Hier gibt es Deutschkurse.', '', 'Stand: 2026'].join('\n');
  it('compares block by block and points to the line of the translated block', () => {
    const english = [
      '---',
      'title: German courses',
      'machineTranslated: true',
      '---',
      '',
      'Here are German lessons.',
      '',
      'As of: 2026',
    ].join('\n');
    expect(termMisses(german, english, 'en', base)).toEqual([
      { termId: 'german-course', german: 'Deutschkurse', expected: 'German course', line: 6, excerpt: 'Here are German lessons.' },
    ]);
  });
  it('compares the whole text when a translator joined blocks, and points to the first block', () => {
    const joined = ['---', 'title: German courses', '---', '', 'Here are German lessons. Last updated 2026'].join('\n');
    expect(termMisses(german, joined, 'en', base).map((m) => [m.termId, m.line])).toEqual([['as-of', 2]]);
  });
});

describe('searchAliases', () => {
  it('gives the aliases of the terms a page uses, without the words it has already', () => {
    expect(searchAliases('German courses near you', 'en', base)).toEqual(['German class', 'German lessons']);
    expect(searchAliases('German courses and German lessons', 'en', base)).toEqual(['German class']);
    expect(searchAliases('A page about the region', 'en', base)).toEqual([]);
  });
  it('reads German pages by their German forms and German aliases', () => {
    expect(searchAliases('Kostenlose Deutschkurse', 'de', base)).toEqual(['Sprachkurs Deutsch']);
    expect(searchAliases('Kursräume', 'de', base)).toEqual([]);
    // A link target is not text: "?type=Deutschkurs" in a URL does not make the page use the term.
    expect(searchAliases('[Kurse finden](../angebote/?type=Deutschkurs)', 'de', base)).toEqual([]);
  });
});
