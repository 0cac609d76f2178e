/**
 * Everything a page or component needs about its language, from one value: the locale code
 * (checked against the registry, so no page casts `Astro.params.lang`), its entry (BCP-47 tag,
 * direction, script), the translation function and the path builder of the route table.
 */
import { href as hrefIn } from '../lib/site/routes.ts';
import { getLocale, isLocaleCode, localeCodes, type LocaleCode, type LocaleEntry } from './locales.ts';
import { useTranslations, type Translate } from './translator.ts';

export interface PageContext {
  locale: LocaleCode;
  /** BCP-47 tag for `lang`, `hreflang` and `Intl`. */
  lang: string;
  dir: LocaleEntry['dir'];
  t: Translate;
  /** A page of this language: `page.href(route.offer(id))`. */
  href: (segments: readonly string[], fragment?: string) => string;
}

const contexts = new Map<string, PageContext>();

/** The context of a page in `locale` (e.g. `Astro.params.lang`); throws for an unknown language. */
export function pageContext(locale: string | undefined): PageContext {
  if (!locale || !isLocaleCode(locale)) throw new Error(`Unknown language "${locale}". Known: ${localeCodes.join(', ')}.`);
  let context = contexts.get(locale);
  if (!context) {
    const { lang, dir } = getLocale(locale);
    context = { locale, lang, dir, t: useTranslations(locale), href: (segments, fragment) => hrefIn(locale, segments, fragment) };
    contexts.set(locale, context);
  }
  return context;
}
