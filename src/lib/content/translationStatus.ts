/**
 * Translation status per content item and language: up to date, outdated (the German text
 * changed since the translation was made), missing, or German-only by design. Pure; the
 * content files are read by src/lib/content/files.ts.
 */

export interface GermanText {
  collection: string;
  slug: string;
  file: string;
  /** Current version hash of the German text. */
  hash: string;
  /** False for texts that stay German (Leichte Sprache). */
  translate: boolean;
}

export interface TranslationText {
  collection: string;
  locale: string;
  slug: string;
  file: string;
  sourceHash?: string | undefined;
  machineTranslated: boolean;
}

export type TranslationState = 'up-to-date' | 'outdated' | 'missing' | 'german-only';

export interface StatusRow {
  collection: string;
  slug: string;
  locale: string;
  state: TranslationState;
  machineTranslated: boolean;
  file?: string | undefined;
}

export function translationStatus(
  german: readonly GermanText[],
  translations: readonly TranslationText[],
  locales: readonly string[],
): StatusRow[] {
  const key = (collection: string, locale: string, slug: string) => `${collection}\u0000${locale}\u0000${slug}`;
  const byKey = new Map(translations.map((t) => [key(t.collection, t.locale, t.slug), t]));
  return german.flatMap((g) =>
    locales.map((locale): StatusRow => {
      const t = byKey.get(key(g.collection, locale, g.slug));
      const base = { collection: g.collection, slug: g.slug, locale, machineTranslated: t?.machineTranslated ?? false, file: t?.file };
      if (!t) return { ...base, state: g.translate ? 'missing' : 'german-only' };
      return { ...base, state: t.sourceHash === g.hash ? 'up-to-date' : 'outdated' };
    }),
  );
}

export interface LocaleSummary {
  locale: string;
  upToDate: number;
  outdated: number;
  missing: number;
  machineTranslated: number;
  /** Items expected in this language (German-only ones excluded). */
  expected: number;
  /** Share of expected items that are up to date, 0–100, rounded down. */
  percentUpToDate: number;
  /** Items a reader of this language sees in German: missing translations and German-only pages. */
  germanFallback: number;
  /** Share of all items shown in German, 0–100, rounded up (any fallback shows). */
  percentGerman: number;
}

export function summariseByLocale(rows: readonly StatusRow[], locales: readonly string[]): LocaleSummary[] {
  return locales.map((locale) => {
    const own = rows.filter((r) => r.locale === locale && r.state !== 'german-only');
    const count = (state: TranslationState) => own.filter((r) => r.state === state).length;
    const upToDate = count('up-to-date');
    const all = rows.filter((r) => r.locale === locale);
    const germanFallback = all.filter((r) => r.state === 'missing' || r.state === 'german-only').length;
    return {
      locale,
      upToDate,
      outdated: count('outdated'),
      missing: count('missing'),
      machineTranslated: own.filter((r) => r.machineTranslated && r.state !== 'missing').length,
      expected: own.length,
      percentUpToDate: own.length === 0 ? 100 : Math.floor((upToDate * 100) / own.length),
      germanFallback,
      percentGerman: all.length === 0 ? 0 : Math.ceil((germanFallback * 100) / all.length),
    };
  });
}
