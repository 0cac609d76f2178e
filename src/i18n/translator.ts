/**
 * UI strings through i18next: one isolated instance, German as the reference and fallback.
 * Dictionaries are discovered from `src/i18n/ui/*.json`, so adding a language needs no edit here.
 */
import i18next from 'i18next';
import { defaultLocale, getLocale, localeCodes, type LocaleCode } from './locales.ts';
import type reference from './ui/de.json';

type Dictionary = Record<string, string>;
type PluralCategory = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';
type WithoutPlural<K> = K extends `${infer Base}_${PluralCategory}` ? Base : K;
/**
 * Every UI key, read from the reference dictionary (de.json), plural forms under their base key
 * (`offers.count` for `offers.count_one`/`_other`). A missing or misspelled key, or an enum value
 * without a label (`offers.type.${OfferType}`), fails `npm run check`.
 */
export type UiKey = WithoutPlural<keyof typeof reference>;

const files = import.meta.glob<Dictionary>('./ui/*.json', { eager: true, import: 'default' });

/** All UI dictionaries keyed by locale code (file name without `.json`). */
export const dictionaries: Record<string, Dictionary> = Object.fromEntries(
  Object.entries(files).map(([path, dict]) => [path.replace(/^.*\/(.+)\.json$/, '$1'), dict]),
);

const instance = i18next.createInstance();
void instance.init({
  resources: Object.fromEntries(Object.entries(dictionaries).map(([code, dict]) => [code, { translation: dict }])),
  lng: defaultLocale,
  fallbackLng: defaultLocale,
  supportedLngs: localeCodes,
  // Keys are flat ("nav.home"), not nested paths.
  keySeparator: false,
  nsSeparator: false,
  // Astro escapes output itself; escaping here would double-escape.
  interpolation: { escapeValue: false },
  initAsync: false,
  returnNull: false,
});

/**
 * A translation function fixed to one locale. Deliberately narrower than i18next's TFunction
 * (keys are the reference dictionary's, options an object), so pure helpers in src/lib can
 * accept it without depending on i18next's types.
 */
export type Translate = (key: UiKey, options?: Record<string, unknown>) => string;

const translators = new Map<string, Translate>();

/** A translation function fixed to one locale, for use in components (one per locale, cached). */
export function useTranslations(locale: LocaleCode): Translate {
  const existing = translators.get(locale);
  if (existing) return existing;
  const created = createTranslate(locale);
  translators.set(locale, created);
  return created;
}

function createTranslate(locale: LocaleCode): Translate {
  const { lang } = getLocale(locale); // throws on an unknown locale
  const t = instance.getFixedT(locale);
  const number = new Intl.NumberFormat(lang);
  // A key without options always gives the same text: kept, because i18next's lookup is slow and a
  // build of 60,000 pages asks for the same few hundred strings millions of times.
  const plain = new Map<string, string>();
  // With options, the same holds for the same options (most are a label from this dictionary:
  // "{{label}}:"), so texts with options of strings and numbers are kept too, up to a bound
  // (dates and names of the content make a few per entry).
  const withOptions = new Map<string, string>();
  return (key, options) => {
    if (options === undefined) {
      let text = plain.get(key);
      if (text === undefined) plain.set(key, (text = t(key, {})));
      return text;
    }
    const id = optionsKey(key, options);
    const known = id === undefined ? undefined : withOptions.get(id);
    if (known !== undefined) return known;
    const text = translateWith(key, options);
    if (id !== undefined) {
      if (withOptions.size >= KEPT_WITH_OPTIONS) withOptions.clear();
      withOptions.set(id, text);
    }
    return text;
  };
  function translateWith(key: UiKey, options: Record<string, unknown>): string {
    const text = t(key, options);
    // i18next inserts {{count}} as ASCII digits; write it the way the language writes numbers
    // (e.g. ۶۹ in Persian), as everywhere else where numbers go through Intl.
    const count = options?.['count'];
    return typeof count === 'number' ? text.replace(String(count), number.format(count)) : text;
  }
}

/** How many texts with options one language keeps (a few MB at most). */
const KEPT_WITH_OPTIONS = 20_000;

/** The key of a call whose option values are all strings or finite numbers (JSON tells them apart); else undefined (not kept). */
function optionsKey(key: string, options: Record<string, unknown>): string | undefined {
  for (const name in options) {
    const value = options[name];
    if (typeof value !== 'string' && !(typeof value === 'number' && Number.isFinite(value))) return undefined;
  }
  return `${key}\u0000${JSON.stringify(options)}`;
}
