import { describe, expect, it } from 'vitest';
import { useTranslations } from '../../i18n/translator.ts';
import { filterOptions, jsonLdText, offerFilters, offerJsonLd, offerSortKey } from './offerSearch.ts';

const offer = {
  type: 'literacy-course', region: 'stadt-kassel', municipality: 'Kassel', provider: 'P (Beispiel)',
  levels: ['literacy'], feeEuro: 0, childcare: true, womenOnly: true, timesOfDay: ['evening'],
  weekdays: ['tue'], helpLanguages: ['ti', 'ar'], targetGroups: ['women'], registration: ['none'],
};

describe('offerFilters', () => {
  it('gives every filter its value in the page language', () => {
    const t = useTranslations('de');
    expect(offerFilters(offer, 'Stadt Kassel', t, 'de')).toEqual({
      type: ['Alphabetisierungskurs'], region: ['Stadt Kassel'], level: [], cost: ['Kostenlos'],
      childcare: ['Kinderbetreuung'], women: ['Nur für Frauen'], literacy: ['Alphabetisierung'],
      time: ['Abends'], help: ['Tigrinya', 'Arabisch'],
    });
  });
  it('uses the translated labels on other languages', () => {
    const t = useTranslations('fa');
    const f = offerFilters({ ...offer, childcare: false, feeEuro: 30 }, 'Stadt Kassel', t, 'fa');
    expect(f.type).toEqual([t('offers.type.literacy-course')]);
    expect(f.cost).toEqual([t('offers.cost.paid')]);
    expect(f.childcare).toEqual([]);
    expect(f.help[1]).toBe('عربی');
  });
});

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

describe('JSON-LD', () => {
  const base = { title: 'T', description: 'D', url: 'https://x/de/angebote/t/', lang: 'de', municipality: 'Kassel', provider: 'P', feeEuro: 0 };
  it('describes courses as Course with provider and location', () => {
    const data = offerJsonLd({ ...base, type: 'german-course', startDate: new Date('2027-01-11') });
    expect(data).toMatchObject({ '@type': 'Course', provider: { name: 'P' }, hasCourseInstance: { location: { address: { addressLocality: 'Kassel' } }, startDate: '2027-01-11' } });
  });
  it('describes other offers as Event', () => {
    expect(offerJsonLd({ ...base, type: 'language-cafe' })).toMatchObject({ '@type': 'Event', organizer: { name: 'P' }, location: { '@type': 'Place' } });
  });
  it('cannot be broken out of by content', () => {
    const text = jsonLdText({ name: '</script><script>alert(1)</script>' });
    expect(text).not.toContain('<');
    expect(JSON.parse(text).name).toBe('</script><script>alert(1)</script>');
  });
});

describe('filterOptions', () => {
  const empty = { type: [], region: [], level: [], cost: [], childcare: [], women: [], literacy: [], time: [], help: [] };
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
      { name: 'type', values: [{ value: 'Deutschkurs', count: 2 }, { value: 'Beratung', count: 1 }] },
      { name: 'level', values: [{ value: 'A1', count: 1 }, { value: 'A2', count: 2 }] },
      { name: 'help', values: [{ value: 'Persisch', count: 2 }, { value: 'Arabisch', count: 1 }, { value: 'Türkisch', count: 1 }] },
    ]);
  });
});
