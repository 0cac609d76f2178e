import { describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import { offerFactsSchema } from '../../content.config.ts';
import {
  berlinOffset,
  berlinToUtc,
  calendarLocation,
  calendarSchedule,
  escapeText,
  firstWeekday,
  foldLine,
  offerCalendar,
  type CalendarPage,
} from './calendar.ts';

const facts = (data: Record<string, unknown>) =>
  offerFactsSchema.parse({
    type: 'german-course',
    provider: 'Bildungswerk (Beispiel)',
    region: 'stadt-hanau',
    lastChecked: '2026-10-03',
    ...data,
  });

/** alphabetisierung-abends-hanau, as content/offers/de/ has it. */
const weekly = facts({
  municipality: 'Hanau',
  street: 'Beispielweg 2',
  postcode: '63450',
  venue: 'Schule (Beispiel)',
  weekdays: ['thu', 'tue'],
  timeFrom: '18:00',
  timeTo: '20:00',
  startDate: '2027-01-12',
  endDate: '2027-05-20',
});
const page = (over: Partial<CalendarPage> = {}): CalendarPage => ({
  slug: 'alphabetisierung-abends-hanau',
  title: 'Lesen und Schreiben am Abend',
  titleLang: 'de',
  lang: 'de',
  url: 'https://kompass.example/de/angebote/alphabetisierung-abends-hanau/',
  description: ['Alphabetisierungskurs · Hanau'],
  onlineLabel: 'Online',
  ...over,
});

/** The file parsed by ical.js, with its VTIMEZONE registered so that times resolve to Europe/Berlin. */
function parse(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const zone = calendar.getFirstSubcomponent('vtimezone');
  if (zone) ICAL.TimezoneService.register(zone);
  const vevent = calendar.getFirstSubcomponent('vevent');
  if (!vevent) throw new Error('no VEVENT');
  return { calendar, vevent, event: new ICAL.Event(vevent) };
}
/** The first n occurrences as UTC instants ("2027-01-12T17:00:00.000Z"). */
function occurrences(event: InstanceType<typeof ICAL.Event>, n: number): string[] {
  const it = event.iterator();
  const out: string[] = [];
  for (let next = it.next(); next && out.length < n; next = it.next()) out.push(next.toJSDate().toISOString());
  return out;
}

describe('calendarSchedule', () => {
  it('weekly with dates: from the first listed weekday on or after the start, until the end, Monday first', () => {
    expect(calendarSchedule(weekly)).toEqual({
      kind: 'timed',
      first: '2027-01-12',
      from: '18:00',
      to: '20:00',
      weekly: { days: ['tue', 'thu'], until: '2027-05-20' },
    });
    // 2027-01-11 is a Monday: the first Wednesday is the 13th.
    expect(calendarSchedule(facts({ weekdays: ['wed'], timeFrom: '09:00', timeTo: '11:00', startDate: '2027-01-11' }))).toMatchObject({
      first: '2027-01-13',
      weekly: { days: ['wed'], until: undefined },
    });
  });

  it('weekly times without dates: ongoing, from the first weekday on or after lastChecked', () => {
    // 2026-10-03 is a Saturday; the next Wednesday is 2026-10-07.
    expect(calendarSchedule(facts({ weekdays: ['wed'], timeFrom: '17:00', timeTo: '19:30' }))).toEqual({
      kind: 'timed',
      first: '2026-10-07',
      from: '17:00',
      to: '19:30',
      weekly: { days: ['wed'], until: undefined },
    });
  });

  it('dates without times: all-day events, the end exclusive', () => {
    expect(calendarSchedule(facts({ startDate: '2027-03-01', endDate: '2027-03-05' }))).toEqual({
      kind: 'all-day',
      first: '2027-03-01',
      endExclusive: '2027-03-06',
    });
    expect(calendarSchedule(facts({ startDate: '2027-12-31' }))).toEqual({
      kind: 'all-day',
      first: '2027-12-31',
      endExclusive: '2028-01-01',
    });
    // Weekdays without times: weekly all-day events.
    expect(calendarSchedule(facts({ weekdays: ['fri'], startDate: '2027-03-01', endDate: '2027-03-31' }))).toEqual({
      kind: 'all-day',
      first: '2027-03-05',
      endExclusive: '2027-03-06',
      weekly: { days: ['fri'], until: '2027-03-31' },
    });
  });

  it('times without weekdays: one timed event for a single day, else the whole period as all-day', () => {
    expect(calendarSchedule(facts({ timeFrom: '10:00', timeTo: '14:00', startDate: '2027-06-12' }))).toEqual({
      kind: 'timed',
      first: '2027-06-12',
      from: '10:00',
      to: '14:00',
    });
    expect(calendarSchedule(facts({ timeFrom: '10:00', timeTo: '14:00', startDate: '2027-06-12', endDate: '2027-06-12' }))).toMatchObject({
      kind: 'timed',
    });
    expect(calendarSchedule(facts({ timeFrom: '10:00', timeTo: '14:00', startDate: '2027-06-12', endDate: '2027-06-20' }))).toEqual({
      kind: 'all-day',
      first: '2027-06-12',
      endExclusive: '2027-06-21',
    });
  });

  it('nothing a calendar can hold: no file', () => {
    expect(calendarSchedule(facts({}))).toBeUndefined();
    expect(calendarSchedule(facts({ weekdays: ['mon'] }))).toBeUndefined(); // weekdays without times or dates
    expect(calendarSchedule(facts({ timeFrom: '10:00', timeTo: '12:00' }))).toBeUndefined(); // times without days
    expect(calendarSchedule(facts({ weekdays: ['mon'], timeFrom: '10:00' }))).toBeUndefined(); // half a time
    // A one-day period on a Monday for a Tuesday offer, and an end before the start.
    expect(
      calendarSchedule(facts({ weekdays: ['tue'], timeFrom: '10:00', timeTo: '12:00', startDate: '2027-01-11', endDate: '2027-01-11' })),
    ).toBeUndefined();
    expect(calendarSchedule(facts({ startDate: '2027-02-01', endDate: '2027-01-01' }))).toBeUndefined();
  });

  it('firstWeekday stops at the end day', () => {
    expect(firstWeekday('2027-01-11', ['sun'])).toBe('2027-01-17');
    expect(firstWeekday('2027-01-11', ['sun'], '2027-01-16')).toBeUndefined();
  });
});

describe('Europe/Berlin', () => {
  const format = new Intl.DateTimeFormat('en', { timeZone: 'Europe/Berlin', timeZoneName: 'shortOffset' });
  const intlOffset = (utc: Date) => {
    const parts = format.formatToParts(utc);
    return Number((parts.find((p) => p.type === 'timeZoneName')?.value ?? '').replace('GMT', ''));
  };
  it('has the offset the time zone database has, on every day of 2026 to 2035, at noon and before midnight', () => {
    for (let t = Date.UTC(2026, 0, 1); t < Date.UTC(2036, 0, 1); t += 86_400_000) {
      const day = new Date(t).toISOString().slice(0, 10);
      for (const time of ['12:00', '23:59', '00:30']) {
        const offset = berlinOffset(day, time);
        const [h, m] = time.split(':').map(Number) as [number, number];
        expect(intlOffset(new Date(t + (h - offset) * 3_600_000 + m * 60_000)), `${day} ${time}`).toBe(offset);
      }
    }
  });
  it('switches at 02:00 in March and 03:00 in October', () => {
    expect(berlinOffset('2027-03-28', '01:59')).toBe(1);
    expect(berlinOffset('2027-03-28', '03:00')).toBe(2);
    expect(berlinOffset('2027-10-31', '02:30')).toBe(2);
    expect(berlinOffset('2027-10-31', '03:00')).toBe(1);
  });
  it('converts the end of a day to UTC', () => {
    expect(berlinToUtc('2027-05-20', '23:59', 59)).toBe('20270520T215959Z');
    expect(berlinToUtc('2027-12-16', '23:59', 59)).toBe('20271216T225959Z');
  });
});

describe('the text format', () => {
  it('escapes TEXT values', () => {
    expect(escapeText('a\\b; c, d\ne\r\nf')).toBe('a\\\\b\\; c\\, d\\ne\\nf');
    expect(escapeText('x\u0007y\tz')).toBe('xy\tz');
  });

  it('folds at 75 octets without splitting a character', () => {
    for (const text of [
      'SUMMARY:' + 'ሀ'.repeat(60),
      'SUMMARY:' + 'ع'.repeat(80) + 'a',
      'DESCRIPTION:' + 'x'.repeat(300),
      'SUMMARY:😀'.repeat(30),
    ]) {
      const folded = foldLine(text);
      const lines = folded.split('\r\n');
      for (const [i, line] of lines.entries()) {
        const bytes = Buffer.from(line, 'utf8');
        expect(bytes.length, line).toBeLessThanOrEqual(75);
        if (i > 0) expect(line.startsWith(' ')).toBe(true);
        // No replacement character: every line is whole UTF-8 by itself.
        expect(new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toBe(line);
      }
      expect(folded.replace(/\r\n /g, '')).toBe(text);
    }
    expect(foldLine('short')).toBe('short');
    expect(foldLine('x'.repeat(75))).toBe('x'.repeat(75));
    expect(foldLine('x'.repeat(76))).toBe(`${'x'.repeat(75)}\r\n x`);
  });

  it('LOCATION: venue, street and postcode town; Online; venue and town without a street; nothing for statewide', () => {
    expect(calendarLocation(weekly, 'Online')).toBe('Schule (Beispiel), Beispielweg 2, 63450 Hanau');
    expect(calendarLocation(facts({ online: true, municipality: 'Hanau' }), 'آنلاین')).toBe('آنلاین');
    expect(calendarLocation(facts({ municipality: 'Frankfurt am Main', town: 'Frankfurt am Main' }), 'Online')).toBe('Frankfurt am Main');
    expect(calendarLocation(facts({ municipality: 'Fulda', venue: 'Bürgerhaus' }), 'Online')).toBe('Bürgerhaus, Fulda');
    expect(calendarLocation(facts({ statewide: true, region: undefined }), 'Online')).toBeUndefined();
  });
});

describe('offerCalendar', () => {
  it('gives nothing for an offer without dates', () => {
    expect(offerCalendar(facts({}), page())).toBeUndefined();
  });

  it('writes a weekly course that ical.js reads back: times in Berlin across the change to summer time, until the end day', () => {
    const ics = offerCalendar(weekly, page())!;
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/); // CRLF only
    const { vevent, event } = parse(ics);
    expect(event.summary).toBe('Lesen und Schreiben am Abend');
    expect(event.location).toBe('Schule (Beispiel), Beispielweg 2, 63450 Hanau');
    expect(vevent.getFirstPropertyValue('url')).toBe('https://kompass.example/de/angebote/alphabetisierung-abends-hanau/');
    expect(event.description).toBe('Alphabetisierungskurs · Hanau\nhttps://kompass.example/de/angebote/alphabetisierung-abends-hanau/');
    expect(event.uid).toBe('angebot-alphabetisierung-abends-hanau@kompass.example');
    expect(String(vevent.getFirstPropertyValue('dtstamp'))).toBe('2026-10-03T00:00:00Z');
    expect(event.startDate.zone?.tzid).toBe('Europe/Berlin');
    expect(event.startDate.toString()).toBe('2027-01-12T18:00:00');
    expect(event.endDate.toString()).toBe('2027-01-12T20:00:00');
    const rule = vevent.getFirstPropertyValue('rrule') as InstanceType<typeof ICAL.Recur>;
    expect(rule.freq).toBe('WEEKLY');
    expect(rule.parts['BYDAY']).toEqual(['TU', 'TH']);
    expect(rule.until?.toString()).toBe('2027-05-20T21:59:59Z');
    expect(occurrences(event, 3)).toEqual(['2027-01-12T17:00:00.000Z', '2027-01-14T17:00:00.000Z', '2027-01-19T17:00:00.000Z']);
    const all = occurrences(event, 100);
    // 19 weeks, two days each, the last on Thursday 20 May; after 28 March at 16:00 UTC (18:00 summer time).
    expect(all.length).toBe(38);
    expect(all.at(-1)).toBe('2027-05-20T16:00:00.000Z');
    expect(all).toContain('2027-03-30T16:00:00.000Z');
  });

  it('says an ongoing weekly offer without an end, and an all-day event without a time zone', () => {
    const ongoing = parse(offerCalendar(facts({ weekdays: ['wed'], timeFrom: '17:00', timeTo: '19:30' }), page())!);
    expect(String(ongoing.vevent.getFirstPropertyValue('rrule'))).toBe('FREQ=WEEKLY;BYDAY=WE');
    expect(occurrences(ongoing.event, 2)).toEqual(['2026-10-07T15:00:00.000Z', '2026-10-14T15:00:00.000Z']);
    const allDay = offerCalendar(facts({ startDate: '2027-03-01', endDate: '2027-03-05', municipality: 'Hanau' }), page())!;
    expect(allDay).not.toContain('VTIMEZONE');
    expect(allDay).toContain('DTSTART;VALUE=DATE:20270301\r\n');
    expect(allDay).toContain('DTEND;VALUE=DATE:20270306\r\n');
    const { event } = parse(allDay);
    expect(event.startDate.isDate).toBe(true);
    expect(event.isRecurring()).toBe(false);
  });

  it('keeps a right-to-left title whole through escaping and folding, with the same UID in every language', () => {
    const title = 'سوادآموزی در شب، برای بزرگسالان; با نگهداری از کودکان, رایگان \\ ' + 'ادامه '.repeat(10);
    const fa = offerCalendar(
      weekly,
      page({ title, titleLang: 'fa', lang: 'fa', url: 'https://kompass.example/fa/angebote/alphabetisierung-abends-hanau/' }),
    )!;
    for (const line of fa.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    const { event, vevent } = parse(fa);
    expect(event.summary).toBe(title);
    expect(vevent.getFirstProperty('summary')?.getParameter('language')).toBe('fa');
    expect(vevent.getFirstProperty('location')?.getParameter('language')).toBe('de');
    expect(event.uid).toBe(parse(offerCalendar(weekly, page())!).event.uid);
  });

  it('is deterministic', () => {
    expect(offerCalendar(weekly, page())).toBe(offerCalendar(weekly, page()));
  });
});
