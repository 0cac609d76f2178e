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
  it('counts keys per filter with their labels, in the preferred order, and drops empty filters', () => {
    const labels: Record<string, string> = {
      consultation: 'Beratung',
      'german-course': 'Deutschkurs',
      ar: 'Arabisch',
      fa: 'Persisch',
      tr: 'Türkisch',
    };
    const options = filterOptions(
      [
        { ...empty, type: ['consultation'], level: [], help: ['ar', 'fa'] },
        { ...empty, type: ['german-course'], level: ['A2'], help: ['fa'] },
        { ...empty, type: ['german-course'], level: ['A1', 'A2'], help: ['tr'] },
      ],
      { type: ['german-course', 'consultation'], level: ['A1', 'A2', 'B1'] },
      (_, key) => labels[key] ?? key,
      new Intl.Collator('de'),
    );
    expect(options).toEqual([
      {
        name: 'type',
        values: [
          { key: 'german-course', value: 'Deutschkurs', count: 2 },
          { key: 'consultation', value: 'Beratung', count: 1 },
        ],
      },
      {
        name: 'level',
        values: [
          { key: 'A1', value: 'A1', count: 1 },
          { key: 'A2', value: 'A2', count: 2 },
        ],
      },
      {
        name: 'help',
        values: [
          { key: 'fa', value: 'Persisch', count: 2 },
          { key: 'ar', value: 'Arabisch', count: 1 },
          { key: 'tr', value: 'Türkisch', count: 1 },
        ],
      },
    ]);
  });
});
