import { describe, expect, it } from 'vitest';
import { mergeEntries } from './pagefindIndex.ts';

const entry = (languages: Record<string, number>) => ({
  version: '1.6.0',
  languages: Object.fromEntries(Object.entries(languages).map(([l, n]) => [l, { hash: `${l}_abc`, wasm: l, page_count: n }])),
  include_characters: ['_'],
});

describe('mergeEntries', () => {
  it('makes one table of the languages of each run, ordered by code as Pagefind orders them', () => {
    const merged = mergeEntries([entry({ ti: 3 }), entry({ de: 5 }), entry({ ar: 4 })]);
    expect(JSON.stringify(merged)).toBe(JSON.stringify(entry({ ar: 4, de: 5, ti: 3 })));
  });

  it('refuses two runs of the same language: the second would overwrite the first', () => {
    expect(() => mergeEntries([entry({ de: 5 }), entry({ de: 2 })])).toThrow(/"de"/);
  });
});
