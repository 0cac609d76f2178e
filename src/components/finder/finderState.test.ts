import { describe, expect, it } from 'vitest';
import {
  facetCounts,
  filtersToDrop,
  isEmptyState,
  normalizeState,
  pagefindFilters,
  parseFinderState,
  serializeFinderState,
  withoutFilter,
} from './finderState.ts';

const names = ['type', 'level', 'help'];
const labels = new Map([
  [
    'type',
    new Map([
      ['german-course', 'دوره زبان آلمانی'],
      ['consultation', 'مشاوره'],
    ]),
  ],
  [
    'level',
    new Map([
      ['A1', 'A1'],
      ['A2', 'A2'],
    ]),
  ],
  ['help', new Map([['ar', 'عربی']])],
]);

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

  it('turns labels of this language into keys and drops unknown values', () => {
    expect(
      normalizeState({ q: 'x', filters: { type: ['مشاوره', 'german-course', 'nonsense'], help: ['عربی'], other: ['1'] } }, labels),
    ).toEqual({
      q: 'x',
      filters: { type: ['consultation', 'german-course'], help: ['ar'] },
    });
    expect(normalizeState({ q: '', filters: { level: ['Z9'] } }, labels)).toEqual({ q: '', filters: {} });
  });

  it('builds Pagefind filters: any value within a filter, keys as the labels of the index', () => {
    expect(pagefindFilters({ q: '', filters: { level: ['A1', 'A2'], type: ['german-course'] } }, labels)).toEqual({
      level: { any: ['A1', 'A2'] },
      type: { any: ['دوره زبان آلمانی'] },
    });
    expect(withoutFilter({ q: 'a', filters: { level: ['A1'], type: ['x'] } }, 'level')).toEqual({ q: 'a', filters: { type: ['x'] } });
  });
});

describe('filter counts', () => {
  const state = { q: '', filters: { level: ['A1'] } };
  it('count a filter in use without itself, the others with every filter, the largest of several responses', () => {
    const counts = facetCounts(
      state,
      [{ type: { 'دوره زبان آلمانی': 3 }, level: { A1: 3 } }, { type: { 'دوره زبان آلمانی': 2, مشاوره: 1 } }],
      { level: [{ level: { A1: 3, A2: 5 } }] },
      labels,
    );
    expect(Object.fromEntries([...counts].map(([n, m]) => [n, Object.fromEntries(m)]))).toEqual({
      type: { 'german-course': 3, consultation: 1 },
      level: { A1: 3, A2: 5 },
      help: { ar: 0 },
    });
  });
  it('name the filters whose removal gives results, most results first', () => {
    const two = { q: '', filters: { level: ['A1'], type: ['x'], help: ['ar'] } };
    expect(filtersToDrop(two, { level: 2, type: 0, help: 4 })).toEqual([
      { name: 'help', count: 4 },
      { name: 'level', count: 2 },
    ]);
    expect(filtersToDrop(state, {})).toEqual([]);
  });
});
