import { describe, expect, it } from 'vitest';
import { isEmptyState, pagefindFilters, parseFinderState, serializeFinderState } from './finderState.ts';

const names = ['type', 'level', 'help'];

describe('finder state in the URL', () => {
  it('round-trips query and filters, including non-Latin values', () => {
    const state = { q: 'Deutschkurs Kassel', filters: { level: ['A1', 'A2'], help: ['عربی'] } };
    const search = serializeFinderState(state, names);
    expect(search).toBe('?q=Deutschkurs+Kassel&level=A1&level=A2&help=%D8%B9%D8%B1%D8%A8%DB%8C');
    expect(parseFinderState(search, names)).toEqual(state);
  });

  it('ignores unknown parameters, empty and repeated values', () => {
    expect(parseFinderState('?q=%20&x=1&level=&level=A1&level=A1', names)).toEqual({ q: '', filters: { level: ['A1'] } });
    expect(isEmptyState(parseFinderState('?utm=1', names))).toBe(true);
  });

  it('keeps markup as plain text', () => {
    const q = '<img src=x onerror=alert(1)>';
    expect(parseFinderState(serializeFinderState({ q, filters: {} }, names), names).q).toBe(q);
  });

  it('builds Pagefind filters: any value within a filter', () => {
    expect(pagefindFilters({ q: '', filters: { level: ['A1', 'A2'], type: ['Deutschkurs'] } })).toEqual({
      level: { any: ['A1', 'A2'] },
      type: { any: ['Deutschkurs'] },
    });
  });
});
