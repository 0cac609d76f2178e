/** Locale-aware formatting through Intl, so digits, dates and currency read naturally in each language. */

/**
 * Intl formatters are costly to create and a build formats hundreds of thousands of values
 * (offers × languages), so each formatter is created once per language and options.
 */
function cached<T>(cache: Map<string, T>, key: string, create: () => T): T {
  let value = cache.get(key);
  if (value === undefined) {
    value = create();
    cache.set(key, value);
  }
  return value;
}
/**
 * The formatted strings themselves, per kind and language: an offer page formats the same few
 * hundred dates, times, weekdays and lists in every language, and Intl's format() costs more than
 * a lookup. Bounded by the distinct values of the content, not by the pages.
 */
const results = new Map<string, Map<string | number, string>>();
function remembered(kind: string, value: string | number, format: () => string): string {
  let byValue = results.get(kind);
  if (!byValue) results.set(kind, (byValue = new Map()));
  let text = byValue.get(value);
  if (text === undefined) byValue.set(value, (text = format()));
  return text;
}
const dateFormats = new Map<string, Intl.DateTimeFormat>();
const numberFormats = new Map<string, Intl.NumberFormat>();
const listFormats = new Map<string, Intl.ListFormat>();
const displayNames = new Map<string, Intl.DisplayNames>();
const languageNames = new Map<string, string>();

/**
 * A calendar date such as "25. November 2026" / "٢٥ نوفمبر ٢٠٢٦". Dates are calendar days: format
 * in UTC. Always the Gregorian calendar: course dates in Germany, even where a language's default
 * calendar is another one (Pashto defaults to the Persian solar calendar).
 */
/** "September 2014": for dates whose source gives only the month. */
export function formatMonth(lang: string, date: Date): string {
  return cached(
    dateFormats,
    `month:${lang}`,
    () => new Intl.DateTimeFormat(lang, { year: 'numeric', month: 'long', timeZone: 'UTC', calendar: 'gregory' }),
  ).format(date);
}

export function formatDate(lang: string, date: Date): string {
  return remembered(`date:${lang}`, date.getTime(), () =>
    cached(
      dateFormats,
      `date:${lang}`,
      () => new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC', calendar: 'gregory' }),
    ).format(date),
  );
}

const WEEKDAY_INDEX = { mon: 0, tue: 1, wed: 2, thu: 3, fri: 4, sat: 5, sun: 6 } as const;
export type Weekday = keyof typeof WEEKDAY_INDEX;

/** The name of a weekday in a language ("Montag", "الاثنين"), from Intl. */
export function weekdayName(lang: string, day: Weekday): string {
  // 2024-01-01 was a Monday.
  return remembered(`weekday:${lang}`, day, () => {
    const date = new Date(Date.UTC(2024, 0, 1 + WEEKDAY_INDEX[day]));
    return cached(dateFormats, `weekday:${lang}`, () => new Intl.DateTimeFormat(lang, { weekday: 'long', timeZone: 'UTC' })).format(date);
  });
}

/** A time of day given as "HH:MM", formatted the way the language writes times. */
export function formatTime(lang: string, hhmm: string): string {
  return remembered(`time:${lang}`, hhmm, () => {
    const [h = 0, m = 0] = hhmm.split(':').map(Number);
    return cached(
      dateFormats,
      `time:${lang}`,
      () => new Intl.DateTimeFormat(lang, { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' }),
    ).format(new Date(Date.UTC(2024, 0, 1, h, m)));
  });
}

/** The name of a language in another language ("Arabisch", "العربية"), from Intl. */
export function languageName(lang: string, code: string): string {
  // The names themselves are kept too: DisplayNames.of is slow, and every offer page names the same few languages.
  return cached(
    languageNames,
    `${lang}:${code}`,
    () => cached(displayNames, lang, () => new Intl.DisplayNames(lang, { type: 'language', fallback: 'code' })).of(code) ?? code,
  );
}

/** An amount in euros, e.g. "20 €" / "€20". Whole euros without decimals. */
export function formatEuro(lang: string, amount: number): string {
  const whole = Number.isInteger(amount);
  return cached(
    numberFormats,
    `eur:${lang}:${whole}`,
    () => new Intl.NumberFormat(lang, { style: 'currency', currency: 'EUR', maximumFractionDigits: whole ? 0 : 2 }),
  ).format(amount);
}

/** ISO date (YYYY-MM-DD) for `<time datetime>` and structured data. */
export function isoDate(date: Date): string {
  return remembered('iso', date.getTime(), () => date.toISOString().slice(0, 10));
}

/** A list such as "A1, A2 und B1" joined the way the language joins lists. */
export function formatList(lang: string, items: readonly string[]): string {
  return remembered(`list:${lang}`, JSON.stringify(items), () =>
    cached(listFormats, lang, () => new Intl.ListFormat(lang, { style: 'long', type: 'conjunction' })).format(items),
  );
}
