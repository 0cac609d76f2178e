/** Locale-aware formatting through Intl, so digits, dates and currency read naturally in each language. */

/** A calendar date such as "25. November 2026" / "٢٥ نوفمبر ٢٠٢٦". Dates are calendar days: format in UTC. */
export function formatDate(lang: string, date: Date): string {
  return new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

/** An amount in euros, e.g. "20 €" / "€20". Whole euros without decimals. */
export function formatEuro(lang: string, amount: number): string {
  return new Intl.NumberFormat(lang, {
    style: 'currency',
    currency: 'EUR',
    maximumFractionDigits: Number.isInteger(amount) ? 0 : 2,
  }).format(amount);
}

/** ISO date (YYYY-MM-DD) for `<time datetime>` and structured data. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** A list such as "A1, A2 und B1" joined the way the language joins lists. */
export function formatList(lang: string, items: readonly string[]): string {
  return new Intl.ListFormat(lang, { style: 'long', type: 'conjunction' }).format(items);
}
