/**
 * An offer's dates as an iCalendar file (RFC 5545), so that a person can keep them in the calendar
 * of her phone: built once per offer and language at build time (src/pages/[lang]/angebote/[slug]/
 * kalender.ics.ts). Pure: the same facts always give the same bytes (DTSTAMP comes from
 * `lastChecked`, never from the clock), so a rebuild changes nothing and the tests can pin it.
 *
 * What becomes which event (docs/decisions.md, "Keep and share"):
 * - weekdays + times: a weekly event (RRULE:FREQ=WEEKLY;BYDAY=…) at the offer's times in
 *   Europe/Berlin, from the first of those weekdays on or after the start date (an offer without a
 *   start date: on or after `lastChecked`, the day the offer was seen running), until the end date
 *   (none: it goes on, as the page says "ongoing");
 * - weekdays without times, with dates: the same, as all-day events;
 * - times without weekdays: one timed event on the start day, when the offer is a single day;
 *   over a longer period one all-day event for the whole period (which days is not known);
 * - dates only: one all-day event from the start to the end day (DTEND is exclusive: the day after);
 * - nothing to put in a calendar (no start date, and no weekdays with times): no file.
 * Times count only as a pair (from and to), as the page shows them.
 */
import type { OfferFacts } from './model.ts';
import { postalAddressText } from './model.ts';
import { WEEKDAYS } from '../content/enums.ts';
import { isoDate } from '../site/format.ts';

export type Weekday = (typeof WEEKDAYS)[number];

/** The facts the calendar reads. */
export type CalendarFacts = Pick<
  OfferFacts,
  | 'startDate'
  | 'endDate'
  | 'weekdays'
  | 'timeFrom'
  | 'timeTo'
  | 'venue'
  | 'street'
  | 'postcode'
  | 'town'
  | 'municipality'
  | 'online'
  | 'lastChecked'
>;

interface Weekly {
  days: Weekday[];
  /** Last day (YYYY-MM-DD), inclusive; none: ongoing. */
  until?: string | undefined;
}

/** When an offer takes place, as the calendar file says it. Days are YYYY-MM-DD, times HH:MM in Europe/Berlin. */
export type CalendarSchedule =
  | { kind: 'timed'; first: string; from: string; to: string; weekly?: Weekly | undefined }
  /** `endExclusive`: the day after the last day (RFC 5545: DTEND of an all-day event is exclusive). */
  | { kind: 'all-day'; first: string; endExclusive: string; weekly?: Weekly | undefined };

export const TIME_ZONE = 'Europe/Berlin';

const DAY_MS = 86_400_000;
const BYDAY: Record<Weekday, string> = { mon: 'MO', tue: 'TU', wed: 'WE', thu: 'TH', fri: 'FR', sat: 'SA', sun: 'SU' };
/** Date.getUTCDay() of each weekday (0 = Sunday). */
const JS_DAY: Record<Weekday, number> = { sun: 0, mon: 1, tue: 2, wed: 3, thu: 4, fri: 5, sat: 6 };

const dayAfter = (day: string, n = 1): string => isoDate(new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY_MS));

/** The first day on or after `from` (and not after `until`) that falls on one of `days`. */
export function firstWeekday(from: string, days: readonly Weekday[], until?: string): string | undefined {
  const wanted = new Set(days.map((d) => JS_DAY[d]));
  for (let i = 0; i < 7; i++) {
    const day = dayAfter(from, i);
    if (until !== undefined && day > until) return undefined;
    if (wanted.has(new Date(`${day}T00:00:00Z`).getUTCDay())) return day;
  }
  return undefined;
}

/** When the offer takes place, or undefined when the facts give nothing a calendar can hold. */
export function calendarSchedule(o: CalendarFacts): CalendarSchedule | undefined {
  const start = o.startDate ? isoDate(o.startDate) : undefined;
  const end = o.endDate ? isoDate(o.endDate) : undefined;
  const times = o.timeFrom && o.timeTo ? { from: o.timeFrom, to: o.timeTo } : undefined;
  // Monday first, each day once: the order RRULE readers show.
  const days = WEEKDAYS.filter((d) => o.weekdays.includes(d));
  if (end !== undefined && start !== undefined && end < start) return undefined;

  if (days.length > 0 && (times || start)) {
    // An ongoing offer starts where the facts were last seen true: deterministic and never invented.
    const first = firstWeekday(start ?? isoDate(o.lastChecked), days, end);
    if (!first) return undefined;
    const weekly = { days, until: end };
    return times ? { kind: 'timed', first, ...times, weekly } : { kind: 'all-day', first, endExclusive: dayAfter(first), weekly };
  }
  if (!start) return undefined;
  if (times && (end === undefined || end === start)) return { kind: 'timed', first: start, ...times };
  return { kind: 'all-day', first: start, endExclusive: dayAfter(end ?? start) };
}

// ---------------------------------------------------------------- Europe/Berlin

/** The last Sunday of a month (1-based), as its day of the month. */
function lastSunday(year: number, month: number): number {
  const last = new Date(Date.UTC(year, month, 0)); // day 0 of the next month
  return last.getUTCDate() - last.getUTCDay();
}

/**
 * The UTC offset of Europe/Berlin, in hours, at a local time: the EU rule since 1996, the same
 * rule the file's VTIMEZONE states (summer time from the last Sunday of March, 02:00, to the last
 * Sunday of October, 03:00). The hour that happens twice in October counts as summer time.
 */
export function berlinOffset(day: string, time = '00:00'): 1 | 2 {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const minutes = Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
  const march = lastSunday(y, 3);
  const october = lastSunday(y, 10);
  const afterStart = m > 3 || (m === 3 && (d > march || (d === march && minutes >= 120)));
  const beforeEnd = m < 10 || (m === 10 && (d < october || (d === october && minutes < 180)));
  return afterStart && beforeEnd ? 2 : 1;
}

/** A local Berlin time as a UTC date-time, "20270520T215959Z". */
export function berlinToUtc(day: string, time: string, seconds = 0): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const [h, min] = time.split(':').map(Number) as [number, number];
  const utc = new Date(Date.UTC(y, m - 1, d, h - berlinOffset(day, time), min, seconds));
  return utc
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

/** The time zone, as RFC 5545 wants it written out for every TZID the file uses. */
const VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  `TZID:${TIME_ZONE}`,
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

// ---------------------------------------------------------------- the text format

/** A TEXT value: backslash, semicolon, comma and line breaks escaped; other control characters dropped. */
export function escapeText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n')
    .replace(/[\u0000-\u0008\u000A-\u001F\u007F]/g, '');
}

const utf8Length = (cp: number): number => (cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4);

/**
 * One content line folded to lines of at most 75 octets (RFC 5545, 3.1), each continuation
 * starting with a space. Folds between characters, never inside a UTF-8 sequence (a split
 * Arabic or Ethiopic letter would reach the reader's calendar as two broken characters).
 */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = utf8Length(char.codePointAt(0) ?? 0);
    const limit = out.length === 0 ? 75 : 74; // a continuation line's leading space counts
    if (octets + size > limit) {
      out.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  out.push(current);
  return out.join('\r\n ');
}

const compactDay = (day: string) => day.replace(/-/g, '');
const compactTime = (time: string) => `${time.replace(':', '')}00`;

/** LOCATION: venue, street and "postcode town" in German order; "Online"; or venue and town without a street. */
export function calendarLocation(o: CalendarFacts, onlineLabel: string): string | undefined {
  if (o.online) return onlineLabel;
  const address = postalAddressText(o);
  const place = address ?? o.town ?? o.municipality;
  if (!place) return undefined;
  return [o.venue, place].filter(Boolean).join(', ');
}

export interface CalendarPage {
  /** The offer's id (file name): part of the event's UID. */
  slug: string;
  /** The offer's title in the page's language, German when untranslated. */
  title: string;
  /** BCP-47 tag of the title ("de" for the German fallback). */
  titleLang: string;
  /** BCP-47 tag of the page (description). */
  lang: string;
  /** The offer page's absolute address in this language. */
  url: string;
  /** Lines of the description, in the page's language; the page address follows them. */
  description: readonly string[];
  /** "Online" in the page's language, for LOCATION. */
  onlineLabel: string;
}

/** The .ics file of an offer in one language (CRLF line ends, folded), or undefined when it has no dates. */
export function offerCalendar(o: CalendarFacts, page: CalendarPage): string | undefined {
  const schedule = calendarSchedule(o);
  if (!schedule) return undefined;
  const lines: string[] = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Integrationskompass Hessen//Angebote//DE',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
  ];
  if (schedule.kind === 'timed') lines.push(...VTIMEZONE);
  // One UID per offer and site, the same in every language: importing the file again, or in
  // another language, updates the one entry instead of adding a second.
  const host = new URL(page.url).hostname;
  lines.push('BEGIN:VEVENT', `UID:angebot-${page.slug}@${host}`, `DTSTAMP:${compactDay(isoDate(o.lastChecked))}T000000Z`);
  let until: string | undefined;
  if (schedule.kind === 'timed') {
    const tz = `TZID=${TIME_ZONE}`;
    // A course that ends after midnight ends on the next day.
    const endDay = schedule.to > schedule.from ? schedule.first : dayAfter(schedule.first);
    lines.push(
      `DTSTART;${tz}:${compactDay(schedule.first)}T${compactTime(schedule.from)}`,
      `DTEND;${tz}:${compactDay(endDay)}T${compactTime(schedule.to)}`,
    );
    // With a TZID start, UNTIL must be UTC (RFC 5545, 3.3.10): the end of the last day in Berlin.
    if (schedule.weekly?.until) until = berlinToUtc(schedule.weekly.until, '23:59', 59);
  } else {
    lines.push(`DTSTART;VALUE=DATE:${compactDay(schedule.first)}`, `DTEND;VALUE=DATE:${compactDay(schedule.endExclusive)}`);
    // With a DATE start, UNTIL is a DATE too.
    if (schedule.weekly?.until) until = compactDay(schedule.weekly.until);
  }
  if (schedule.weekly) {
    lines.push(`RRULE:FREQ=WEEKLY;BYDAY=${schedule.weekly.days.map((d) => BYDAY[d]).join(',')}${until ? `;UNTIL=${until}` : ''}`);
  }
  lines.push(`SUMMARY;LANGUAGE=${page.titleLang}:${escapeText(page.title)}`);
  lines.push(`DESCRIPTION;LANGUAGE=${page.lang}:${escapeText([...page.description, page.url].filter(Boolean).join('\n'))}`);
  const location = calendarLocation(o, page.onlineLabel);
  // The address is German (or "Online" in the page's language).
  if (location) lines.push(`LOCATION;LANGUAGE=${o.online ? page.lang : 'de'}:${escapeText(location)}`);
  lines.push(`URL:${page.url}`, 'END:VEVENT', 'END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
