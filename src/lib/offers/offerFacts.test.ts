import { describe, expect, it } from 'vitest';
import { useTranslations } from '../../i18n/translator.ts';
import { offerFactRows } from './offerFacts.ts';

const offer = {
  type: 'german-course',
  municipality: 'Gießen',
  provider: 'Bildungswerk (Beispiel)',
  levels: ['A1', 'literacy'],
  feeEuro: 0,
  childcare: true,
  womenOnly: false,
  timesOfDay: ['morning'],
  weekdays: ['mon', 'wed'],
  timeFrom: '09:00',
  timeTo: '11:30',
  venue: 'Familienzentrum (Beispiel)',
  stepFree: true,
  helpLanguages: ['ar', 'fa'],
  targetGroups: ['no-integration-course'],
  registration: ['none'],
};
const value = (rows: { id: string; value: string }[], id: string) => rows.find((r) => r.id === id)?.value;

describe('offerFactRows', () => {
  it('renders every fact in German', () => {
    const rows = offerFactRows(offer, 'Landkreis Gießen', useTranslations('de'), 'de');
    expect(rows.map((r) => r.id)).toEqual([
      'type', 'place', 'region', 'venue', 'access', 'provider', 'levels', 'cost', 'childcare', 'women-only',
      'target-groups', 'time', 'weekdays', 'hours', 'dates', 'help-languages', 'registration',
    ]);
    expect(value(rows, 'levels')).toBe('A1 und Alphabetisierung');
    expect(value(rows, 'cost')).toBe('Kostenlos');
    expect(value(rows, 'weekdays')).toBe('Montag und Mittwoch');
    expect(value(rows, 'hours')).toBe('9:00 – 11:30');
    expect(value(rows, 'dates')).toBe('Laufend, Einstieg jederzeit');
    expect(value(rows, 'help-languages')).toBe('Arabisch und Persisch');
    expect(rows.filter((r) => r.german).map((r) => r.id)).toEqual(['place', 'region', 'venue', 'provider']);
  });

  it('renders values in the page language, not German', () => {
    const t = useTranslations('ar');
    const rows = offerFactRows({ ...offer, feeEuro: 25, startDate: new Date('2027-02-01'), endDate: new Date('2027-06-30') }, 'X', t, 'ar');
    expect(value(rows, 'type')).toBe(t('offers.type.german-course'));
    expect(value(rows, 'weekdays')).toContain('الاثنين');
    expect(value(rows, 'cost')).toMatch(/€/);
    expect(value(rows, 'dates')).toMatch(/فبراير/);
    for (const row of rows.filter((r) => !r.german)) expect(row.value, row.id).not.toMatch(/Montag|Kostenlos|Deutschkurs/);
  });

  it('leaves out facts that are not given', () => {
    const rows = offerFactRows({ ...offer, levels: [], weekdays: [], timeFrom: undefined, venue: undefined, stepFree: undefined, helpLanguages: [], registration: [] }, 'X', useTranslations('de'), 'de');
    expect(rows.map((r) => r.id)).not.toContain('levels');
    expect(rows.map((r) => r.id)).not.toContain('access');
    expect(rows.map((r) => r.id)).not.toContain('hours');
  });
});
