import { describe, expect, it } from 'vitest';
import { useTranslations } from './translator.ts';

// The translator keeps texts it made (with and without options): a kept text must never answer a
// call with other options, and counts keep the language's digits.
describe('useTranslations', () => {
  it('gives each set of options its own text, also when asked again', () => {
    const t = useTranslations('de');
    expect(t('regions.district', { name: 'Kassel' })).toBe('Regierungsbezirk Kassel');
    expect(t('regions.district', { name: 'Darmstadt' })).toBe('Regierungsbezirk Darmstadt');
    expect(t('regions.district', { name: 'Kassel' })).toBe('Regierungsbezirk Kassel');
    expect(t('offers.count', { count: 1 })).toBe('1 Angebot');
    expect(t('offers.count', { count: 2 })).toBe('2 Angebote');
    expect(t('offers.count', { count: 1 })).toBe('1 Angebot');
  });

  it('writes counts in the digits of the language, from the kept text too', () => {
    const t = useTranslations('fa');
    const first = t('offers.count', { count: 69 });
    expect(first).toContain('۶۹');
    expect(t('offers.count', { count: 69 })).toBe(first);
    expect(t('offers.count', { count: 70 })).toContain('۷۰');
  });

  it('does not keep texts whose options are not plain strings or numbers', () => {
    const t = useTranslations('de');
    let name = 'Gießen';
    const option = { toString: () => name };
    expect(t('regions.district', { name: option })).toBe('Regierungsbezirk Gießen');
    name = 'Kassel';
    expect(t('regions.district', { name: option })).toBe('Regierungsbezirk Kassel');
  });
});
