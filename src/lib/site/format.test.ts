import { describe, expect, it } from 'vitest';
import { formatDate, formatEuro, formatList, formatTime, isoDate, languageName, weekdayName } from './format.ts';

const day = new Date('2026-02-03');

describe('format', () => {
  it('formats calendar dates per language without shifting the day', () => {
    expect(formatDate('de', day)).toBe('3. Februar 2026');
    expect(formatDate('en', day)).toBe('February 3, 2026');
    expect(formatDate('ar', day)).toMatch(/فبراير/);
    expect(isoDate(day)).toBe('2026-02-03');
  });

  it('formats euros the way each language writes them', () => {
    expect(formatEuro('de', 20)).toBe('20\u00a0€');
    expect(formatEuro('en', 20)).toBe('€20');
    expect(formatEuro('de', 12.5)).toBe('12,50\u00a0€');
  });

  it('joins lists with the language conjunction', () => {
    expect(formatList('de', ['A1', 'A2', 'B1'])).toBe('A1, A2 und B1');
    expect(formatList('tr', ['A1', 'A2'])).toBe('A1 ve A2');
  });

  it('uses the Gregorian calendar in every language', () => {
    expect(formatDate('ps', day)).not.toMatch(/AP|۱۴۰۴/);
    expect(formatDate('fa', day)).toMatch(/فوریه|فبروری/);
  });

  it('names weekdays, times and languages through Intl', () => {
    expect(weekdayName('de', 'mon')).toBe('Montag');
    expect(weekdayName('de', 'sun')).toBe('Sonntag');
    expect(weekdayName('ar', 'fri')).toBe('الجمعة');
    expect(formatTime('de', '09:30')).toBe('9:30');
    expect(formatTime('en', '18:00')).toBe('6:00 PM');
    expect(languageName('de', 'ar')).toBe('Arabisch');
    expect(languageName('tr', 'fa')).toBe('Farsça');
  });
});
