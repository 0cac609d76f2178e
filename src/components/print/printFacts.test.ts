import { describe, expect, it } from 'vitest';
import { offerFactsSchema } from '../../content.config.ts';
import { useTranslations } from '../../i18n/translator.ts';
import type { OfferFacts } from '../../lib/offers/model.ts';
import { pairRows, printRows } from './printFacts.ts';

const facts = (data: Record<string, unknown>): OfferFacts =>
  offerFactsSchema.parse({ region: 'stadt-giessen', lastChecked: '2026-11-01', ...data });
const ctx = (code: 'de' | 'fa' | 'ti') => ({ t: useTranslations(code), lang: code, regionName: 'Landkreis Gießen' });
const course = facts({
  type: 'german-course',
  municipality: 'Gießen',
  venue: 'Familienzentrum (Beispiel)',
  street: 'Beispielweg 3',
  postcode: '35390',
  provider: 'Bildungswerk (Beispiel)',
  levels: ['A1'],
  feeEuro: 0,
  childcare: true,
  weekdays: ['mon', 'wed'],
  timeFrom: '09:00',
  timeTo: '11:30',
  startDate: '2027-02-01',
  endDate: '2027-06-30',
  phone: '069 90009 144',
  email: 'kurs@bildungswerk.example',
  website: 'https://bildungswerk.example/',
  registration: ['phone'],
});

describe('printRows', () => {
  it('gives where, when, levels, cost, childcare, provider, phone and e-mail, in that order', () => {
    expect(printRows(course, ctx('de')).map((r) => r.id)).toEqual([
      'where',
      'dates',
      'weekdays',
      'hours',
      'levels',
      'cost',
      'childcare',
      'provider',
      'phone',
      'email',
    ]);
  });

  it('writes the address in German order and marks it German in every language', () => {
    const where = printRows(course, ctx('fa'))[0]!;
    expect(where).toMatchObject({ value: 'Familienzentrum (Beispiel), Beispielweg 3, 35390 Gießen', german: true });
    expect(where.label).toBe(useTranslations('fa')('takePart.where'));
  });

  it('translates labels and values but keeps names, numbers and e-mail addresses as they are', () => {
    const fa = printRows(course, ctx('fa'));
    const de = printRows(course, ctx('de'));
    const cost = (rows: typeof fa) => rows.find((r) => r.id === 'cost')!;
    expect(cost(de).value).toBe('Kostenlos');
    expect(cost(fa).value).toBe(useTranslations('fa')('offers.cost.free'));
    expect(fa.find((r) => r.id === 'provider')).toMatchObject({ value: 'Bildungswerk (Beispiel)', german: true });
    expect(fa.find((r) => r.id === 'email')).toMatchObject({ value: 'kurs@bildungswerk.example', ltr: true, german: false });
    // The web address is the page's job; on paper it would only be a long line to type.
    expect(fa.some((r) => r.id === 'website')).toBe(false);
  });

  it('says "on the provider\'s website" beside the town when the source gives no street', () => {
    const rows = printRows(facts({ type: 'language-cafe', municipality: 'Gießen', provider: 'Verein' }), ctx('ti'));
    expect(rows[0]).toMatchObject({ value: 'Gießen', german: true, note: useTranslations('ti')('takePart.onWebsite') });
  });

  it('uses the short words for online and statewide offers', () => {
    const online = printRows(facts({ type: 'german-course', online: true, provider: 'Verein' }), ctx('de'));
    expect(online[0]).toMatchObject({ value: 'Online', german: false });
    const statewide = printRows(facts({ type: 'german-course', region: undefined, provider: 'Land Hessen' }), ctx('de'));
    expect(statewide[0]).toMatchObject({ value: 'Ganz Hessen', german: false });
  });

  it('leaves out what the source does not say', () => {
    const ids = printRows(facts({ type: 'counselling', municipality: 'Gießen', provider: 'Verein' }), ctx('de')).map((r) => r.id);
    expect(ids).not.toContain('childcare');
    expect(ids).not.toContain('hours');
    expect(ids).not.toContain('phone');
  });
});

describe('pairRows', () => {
  it("puts the German row beside the reader's row of the same fact", () => {
    const pairs = pairRows(printRows(course, ctx('fa')), printRows(course, ctx('de')));
    expect(pairs).toHaveLength(10);
    for (const p of pairs) expect(p.german?.id).toBe(p.reader.id);
    expect(pairs.find((p) => p.id === 'childcare')?.german?.value).toBe('Ja');
  });

  it('gives one column when there is no German one (German pages)', () => {
    expect(pairRows(printRows(course, ctx('de')), []).every((p) => p.german === undefined)).toBe(true);
  });
});
