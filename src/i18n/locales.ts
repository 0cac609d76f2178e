/**
 * The locale registry: the one list of languages that everything else reads
 * (Astro's i18n config, routing, i18next, the language picker, fonts, `dir`,
 * Pagefind, the sitemap and the tests).
 *
 * Adding a language = one entry here + one `src/i18n/ui/<code>.json` file.
 * Plain data with no imports so that `astro.config.mjs` and Node scripts can load it.
 */

/** Writing systems we ship a self-hosted font for. Direction follows from the script. */
export type Script = 'Latn' | 'Cyrl' | 'Arab' | 'Ethi';

export interface LocaleEntry {
  /** URL segment and i18next language code: `/ar/...`. */
  code: string;
  /** BCP-47 tag for `<html lang>`, `hreflang` and `Intl`. Kept identical per locale (Pagefind splits indexes by it). */
  lang: string;
  /** The language's name in itself, shown in the language picker. */
  autonym: string;
  /** The language's name in English, for editors' tooling and logs. */
  englishName: string;
  /** Writing direction; must match `script` (checked by a unit test). */
  dir: 'ltr' | 'rtl';
  /** ISO 15924 script; selects the font. */
  script: Script;
}

export const locales = [
  { code: 'de', lang: 'de', autonym: 'Deutsch', englishName: 'German', dir: 'ltr', script: 'Latn' },
  { code: 'en', lang: 'en', autonym: 'English', englishName: 'English', dir: 'ltr', script: 'Latn' },
  { code: 'ar', lang: 'ar', autonym: 'العربية', englishName: 'Arabic', dir: 'rtl', script: 'Arab' },
  { code: 'fa', lang: 'fa', autonym: 'فارسی / دری', englishName: 'Farsi / Dari', dir: 'rtl', script: 'Arab' },
  { code: 'ps', lang: 'ps', autonym: 'پښتو', englishName: 'Pashto', dir: 'rtl', script: 'Arab' },
  { code: 'tr', lang: 'tr', autonym: 'Türkçe', englishName: 'Turkish', dir: 'ltr', script: 'Latn' },
  { code: 'ku', lang: 'ku', autonym: 'Kurdî (Kurmancî)', englishName: 'Kurdish (Kurmanji)', dir: 'ltr', script: 'Latn' },
  { code: 'uk', lang: 'uk', autonym: 'Українська', englishName: 'Ukrainian', dir: 'ltr', script: 'Cyrl' },
  { code: 'ru', lang: 'ru', autonym: 'Русский', englishName: 'Russian', dir: 'ltr', script: 'Cyrl' },
  { code: 'ti', lang: 'ti', autonym: 'ትግርኛ', englishName: 'Tigrinya', dir: 'ltr', script: 'Ethi' },
  { code: 'ro', lang: 'ro', autonym: 'Română', englishName: 'Romanian', dir: 'ltr', script: 'Latn' },
  { code: 'bg', lang: 'bg', autonym: 'Български', englishName: 'Bulgarian', dir: 'ltr', script: 'Cyrl' },
] as const satisfies readonly LocaleEntry[];

export type LocaleCode = (typeof locales)[number]['code'];

/** German is the source language: every content item exists in German first. */
export const defaultLocale: LocaleCode = 'de';

export const localeCodes: LocaleCode[] = locales.map((l) => l.code);

/**
 * Leichte Sprache (easy German) is its own entry in the language picker but not a
 * locale: its pages are German (`lang="de"`) and live under the German tree.
 */
export const easyGerman = {
  autonym: 'Leichte Sprache',
  lang: 'de',
} as const;

/** Scripts written right to left. Direction is a property of the script, not the language. */
export const rtlScripts: ReadonlySet<Script> = new Set<Script>(['Arab']);

export function isLocaleCode(value: string): value is LocaleCode {
  return (localeCodes as string[]).includes(value);
}

export function getLocale(code: LocaleCode): LocaleEntry {
  const entry = locales.find((l) => l.code === code);
  if (!entry) throw new Error(`Unknown locale "${code}". Known: ${localeCodes.join(', ')}`);
  return entry;
}

/** `getStaticPaths` result for pages that exist once per locale: `/[lang]/…`. */
export function localeStaticPaths(): { params: { lang: LocaleCode } }[] {
  return locales.map((l) => ({ params: { lang: l.code } }));
}
