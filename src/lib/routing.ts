/**
 * Pure routing helpers: localized paths, content ids, fallback routes, alternates.
 * Paths are always parsed by segment, never with string prefix matching, so that
 * slugs which begin with a locale code (`deutschkurs`, `arbeit`, `familie`, `ukraine`)
 * are never mistaken for a locale.
 */

/** `/ar/angebote/x/`: every page lives under its locale, with a trailing slash. */
export function localizedPath(locale: string, ...segments: string[]): string {
  const parts = [locale, ...segments.flatMap((s) => s.split('/'))].filter(Boolean);
  return `/${parts.join('/')}/`;
}

/** Parses a content id `ar/deutschkurs` (from `content/<collection>/ar/deutschkurs.md`). */
export function parseContentId(id: string, locales: readonly string[]): { locale: string; slug: string } {
  const [locale, ...slugParts] = id.split('/');
  const slug = slugParts.join('/');
  if (!locale || !locales.includes(locale) || !slug) {
    throw new Error(
      `Content id "${id}" must be "<language>/<slug>" with a language from: ${locales.join(', ')}. ` +
        `Move the file into a folder named after its language, e.g. "de/${id}".`,
    );
  }
  return { locale, slug };
}

export interface LocalizedRoute<T> {
  /** The visitor's locale (URL and interface). */
  locale: string;
  slug: string;
  /** The entry shown: the translation, or the German original when there is none. */
  entry: T;
  /** The German original, always present. */
  original: T;
  /** True when `entry` is the German original shown on a non-German page. */
  isFallback: boolean;
}

export class MissingOriginalError extends Error {}

/**
 * One route per (locale × German entry). A locale without a translation gets the German
 * entry marked `isFallback`. A translation without a German original is an error.
 */
export function buildLocalizedRoutes<T>(
  entries: readonly T[],
  idOf: (entry: T) => string,
  locales: readonly string[],
  defaultLocale: string,
  describe: (entry: T) => string = idOf,
): LocalizedRoute<T>[] {
  const bySlug = new Map<string, Map<string, T>>();
  for (const entry of entries) {
    const { locale, slug } = parseContentId(idOf(entry), locales);
    const perLocale = bySlug.get(slug) ?? new Map<string, T>();
    perLocale.set(locale, entry);
    bySlug.set(slug, perLocale);
  }
  const orphans = [...bySlug.entries()].filter(([, perLocale]) => !perLocale.has(defaultLocale));
  if (orphans.length > 0) {
    const lines = orphans.flatMap(([slug, perLocale]) =>
      [...perLocale.values()].map(
        (e) =>
          `${describe(e)}: translation without a German original. Create "${defaultLocale}/${slug}" first, ` +
          `or rename this file so its slug matches an existing German one.`,
      ),
    );
    throw new MissingOriginalError(lines.join('\n'));
  }
  const routes: LocalizedRoute<T>[] = [];
  for (const [slug, perLocale] of [...bySlug.entries()].sort(([a], [b]) => a.localeCompare(b))) {
    const original = perLocale.get(defaultLocale)!;
    for (const locale of locales) {
      const translation = perLocale.get(locale);
      routes.push({ locale, slug, entry: translation ?? original, original, isFallback: !translation });
    }
  }
  return routes;
}

export interface Alternate {
  hreflang: string;
  href: string;
}

/**
 * `hreflang` alternates for one page in every locale plus `x-default`.
 * `x-default` is the language choice at `/` for home pages and the German source page otherwise
 * (the welcome page would lose the visitor's place).
 */
export function alternatesFor(
  restSegments: readonly string[],
  locales: readonly { code: string; lang: string }[],
  defaultLocale: string,
  site: string,
): Alternate[] {
  const abs = (path: string) => new URL(path, site).href;
  const xDefault = restSegments.length === 0 ? '/' : localizedPath(defaultLocale, ...restSegments);
  return [
    ...locales.map((l) => ({ hreflang: l.lang, href: abs(localizedPath(l.code, ...restSegments)) })),
    { hreflang: 'x-default', href: abs(xDefault) },
  ];
}

/**
 * The alternates of a page given its absolute URL, for the sitemap: the same set as the page's own
 * `<link rel="alternate">` tags. `/` (the welcome page) belongs to the home pages; an address
 * outside the language tree has none.
 */
export function alternatesForUrl(
  url: string,
  locales: readonly { code: string; lang: string }[],
  defaultLocale: string,
): Alternate[] {
  const { origin, pathname } = new URL(url);
  const [first, ...rest] = pathname.split('/').filter(Boolean);
  if (first === undefined) return alternatesFor([], locales, defaultLocale, origin);
  if (!locales.some((l) => l.code === first)) return [];
  return alternatesFor(rest, locales, defaultLocale, origin);
}
