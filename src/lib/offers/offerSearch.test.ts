import { describe, expect, it } from 'vitest';
import { FILTER_NAMES, type FilterName } from './model.ts';
import { filterOptions, jsonLdText, offerSortKey } from './offerSearch.ts';

describe('offerSortKey', () => {
  const today = new Date('2026-11-25');
  it('puts running and ongoing offers first, then upcoming by date, then ended', () => {
    const keys = [
      offerSortKey({ startDate: new Date('2027-03-01') }, today),
      offerSortKey({ startDate: new Date('2025-01-01'), endDate: new Date('2025-06-01') }, today),
      offerSortKey({}, today),
      offerSortKey({ startDate: new Date('2027-01-11'), endDate: new Date('2027-05-01') }, today),
      offerSortKey({ startDate: new Date('2026-10-01'), endDate: new Date('2027-02-01') }, today),
    ];
    expect(keys).toEqual(['2-2027-03-01', '3-2025-06-01', '1-', '2-2027-01-11', '1-']);
    expect([...keys].sort()).toEqual(['1-', '1-', '2-2027-01-11', '2-2027-03-01', '3-2025-06-01']);
  });
});

describe('JSON-LD text', () => {
  it('cannot be broken out of by content', () => {
    const text = jsonLdText({ name: '</script><script>alert(1)</script>' });
    expect(text).not.toContain('<');
    expect(JSON.parse(text).name).toBe('</script><script>alert(1)</script>');
  });
});

describe('filterOptions', () => {
  const empty = Object.fromEntries(FILTER_NAMES.map((name) => [name, []])) as unknown as Record<FilterName, string[]>;
  it('counts values per filter, in the preferred order, and drops empty filters', () => {
    const options = filterOptions(
      [
        { ...empty, type: ['Beratung'], level: [], help: ['Arabisch', 'Persisch'] },
        { ...empty, type: ['Deutschkurs'], level: ['A2'], help: ['Persisch'] },
        { ...empty, type: ['Deutschkurs'], level: ['A1', 'A2'], help: ['Türkisch'] },
      ],
      { type: ['Deutschkurs', 'Beratung'], level: ['A1', 'A2', 'B1'] },
      new Intl.Collator('de'),
    );
    expect(options).toEqual([
      {
        name: 'type',
        values: [
          { value: 'Deutschkurs', count: 2 },
          { value: 'Beratung', count: 1 },
        ],
      },
      {
        name: 'level',
        values: [
          { value: 'A1', count: 1 },
          { value: 'A2', count: 2 },
        ],
      },
      {
        name: 'help',
        values: [
          { value: 'Persisch', count: 2 },
          { value: 'Arabisch', count: 1 },
          { value: 'Türkisch', count: 1 },
        ],
      },
    ]);
  });
});
