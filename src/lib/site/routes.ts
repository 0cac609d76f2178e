/**
 * The route table: every section name, every page slug that code links to, the path builders,
 * the list of page templates (with one sample page each, for tests and the bench) and the
 * inventory of all pages (for link checks). No other file writes a section name as a string.
 *
 * Paths are always parsed by segment, never with string prefix matching, so that
 * slugs which begin with a locale code (`deutschkurs`, `arbeit`, `familie`, `ukraine`)
 * are never mistaken for a locale.
 */

/** The sections of the language tree: the first path segment after `/{lang}/`. */
export const SECTIONS = {
  offers: 'angebote',
  offersByType: 'angebote-nach-art',
  regions: 'regionen',
  focusAreas: 'schwerpunkte',
  search: 'suche',
  /** All towns of Hessen A to Z, each with its WIR region (works without JavaScript). */
  towns: 'orte',
} as const;

/** Content pages (content/pages/) that the site's own frame links to. */
export const PAGE_SLUGS = {
  programme: 'programm',
  imprint: 'impressum',
  /** "Which German course is for me?" */
  courseGuide: 'welcher-deutschkurs',
  privacy: 'datenschutz',
  accessibility: 'barrierefreiheit',
  signLanguage: 'gebaerdensprache',
  /** Leichte Sprache pages are German; their slugs begin with this (`leichte-sprache-programm`). */
  easyGerman: 'leichte-sprache',
} as const;

/** Pages outside the language tree, for editors: not linked, not indexed, not in the sitemap. */
export const EDITORS_SECTION = 'redaktion';
export const editorsPath = (...segments: string[]): string => `/${[EDITORS_SECTION, ...segments].join('/')}/`;

/** Fragment ids that other pages link to (`/de/regionen/x/#angebote`). */
export const FRAGMENTS = {
  regionOffers: 'angebote',
  /** The towns of a region, on its page. */
  regionTowns: 'orte',
  /** "Who can help you here" on a region page: its contact point. */
  help: 'ansprechstelle',
  /** The operator's contact on the Impressum and the accessibility statement. */
  operator: 'betreiber',
  offerType: (type: string) => `type-${type}`,
} as const;

/** Path segments after the locale, per kind of page. `[]` is the language's home page. */
export const route = {
  home: (): string[] => [],
  page: (slug: string): string[] => [slug],
  focusAreas: (): string[] => [SECTIONS.focusAreas],
  focusArea: (slug: string): string[] => [SECTIONS.focusAreas, slug],
  regions: (): string[] => [SECTIONS.regions],
  region: (id: string): string[] => [SECTIONS.regions, id],
  offers: (): string[] => [SECTIONS.offers],
  offer: (slug: string): string[] => [SECTIONS.offers, slug],
  /** An offer's dates as an iCalendar file (a file: drop the trailing slash `href` adds). */
  offerCalendar: (slug: string): string[] => [SECTIONS.offers, slug, 'kalender.ics'],
  offersByType: (type: string): string[] => [SECTIONS.offersByType, type],
  search: (): string[] => [SECTIONS.search],
  towns: (): string[] => [SECTIONS.towns],
  /** The town lookup's data (JSON, one file per language). */
  townsData: (): string[] => [SECTIONS.towns, 'daten.json'],
  notFound: (): string[] => ['404'],
};

/** The URL of a page in a language: `href('ar', route.offer('x'))` → `/ar/angebote/x/`. */
export function href(locale: string, segments: readonly string[], fragment?: string): string {
  return localizedPath(locale, ...segments) + (fragment ? `#${fragment}` : '');
}

/** The page templates (src/pages), as `templateOf` names them. */
export const TEMPLATES = [
  'welcome',
  'home',
  'page',
  'easy-german',
  'focus-areas',
  'focus-area',
  'regions',
  'region',
  'finder',
  'offer',
  'offers-by-type',
  'search',
  'towns',
  '404',
  'editors',
] as const;
export type Template = (typeof TEMPLATES)[number];

/** The template that built a page, from its path in dist/ ("de/angebote/x/index.html"). */
export function templateOf(file: string): Template {
  const parts = file
    .replace(/(^|\/)index\.html$/, '')
    .split('/')
    .filter(Boolean);
  if (parts.length === 0) return 'welcome';
  if (parts[0] === '404.html' || parts[1] === '404.html') return '404';
  if (parts[0] === EDITORS_SECTION) return 'editors';
  const [, section, item] = parts;
  if (!section) return 'home';
  switch (section) {
    case SECTIONS.offers:
      return item ? 'offer' : 'finder';
    case SECTIONS.offersByType:
      return 'offers-by-type';
    case SECTIONS.regions:
      return item ? 'region' : 'regions';
    case SECTIONS.focusAreas:
      return item ? 'focus-area' : 'focus-areas';
    case SECTIONS.search:
      return 'search';
    case SECTIONS.towns:
      return 'towns';
    default:
      return section.startsWith(PAGE_SLUGS.easyGerman) ? 'easy-german' : 'page';
  }
}

export interface SamplePage {
  /** Name in test reports. */
  id: string;
  template: Template;
  /** URL path in language `l`. */
  path: (l: string) => string;
  /** A "not found" page: `path` serves it directly (200); `missing` is an address that does not exist. */
  notFound?: true;
  missing?: (l: string) => string;
  /** German by design (Leichte Sprache): other languages show the German page. */
  germanOnly?: true;
}

/**
 * One page per template of the language tree, for the browser tests and the bench: real
 * pages of the content shipped with the project (a test fails when one disappears).
 */
export const SAMPLE_PAGES: readonly SamplePage[] = [
  { id: 'home', template: 'home', path: (l) => href(l, route.home()) },
  { id: 'programme', template: 'page', path: (l) => href(l, route.page(PAGE_SLUGS.programme)) },
  { id: 'legal (impressum)', template: 'page', path: (l) => href(l, route.page(PAGE_SLUGS.imprint)) },
  { id: 'focus areas', template: 'focus-areas', path: (l) => href(l, route.focusAreas()) },
  { id: 'focus area', template: 'focus-area', path: (l) => href(l, route.focusArea('niedrigschwellige-deutschkurse')) },
  { id: 'regions', template: 'regions', path: (l) => href(l, route.regions()) },
  { id: 'region', template: 'region', path: (l) => href(l, route.region('stadt-giessen')) },
  { id: 'offers', template: 'finder', path: (l) => href(l, route.offers()) },
  { id: 'offer', template: 'offer', path: (l) => href(l, route.offer('beispiel-deutschkurs-giessen')) },
  // Not translated into any language but German: other languages show the German text, marked.
  { id: 'offer (German only)', template: 'offer', path: (l) => href(l, route.offer('abendsprechstunde-beratung-frankfurt-bornheim')) },
  { id: 'offers by type', template: 'offers-by-type', path: (l) => href(l, route.offersByType('german-course')) },
  // Leichte Sprache is German by design; the other languages show it as German content.
  { id: 'Leichte Sprache', template: 'easy-german', path: (l) => href(l, route.page(PAGE_SLUGS.easyGerman)), germanOnly: true },
  { id: 'search', template: 'search', path: (l) => href(l, route.search()) },
  { id: 'towns', template: 'towns', path: (l) => href(l, route.towns()) },
  { id: '404', template: '404', path: (l) => `/${l}/404.html`, notFound: true, missing: (l) => `/${l}/gibt-es-nicht/tief/` },
];

/** The two pages outside any language. */
export const ROOT_PAGES: readonly SamplePage[] = [
  { id: 'welcome', template: 'welcome', path: () => '/' },
  { id: 'root 404', template: '404', path: () => '/404.html', notFound: true, missing: () => '/gibt-es-nicht/tief/' },
];

/** Pages for the editors (German only, not linked from the public pages). */
export const EDITORS_PAGES: readonly { id: string; url: string }[] = [
  { id: 'editors: translation report', url: editorsPath('uebersetzungen') },
];

/** What the content defines: the ids that make up the pages of the language tree. */
export interface SiteInventory {
  pageSlugs: readonly string[];
  focusAreaSlugs: readonly string[];
  regionIds: readonly string[];
  offerSlugs: readonly string[];
  offerTypes: readonly string[];
}

/** Every public page path of the site (`/` and every page in every language), for link checks. */
export function allPagePaths(inventory: SiteInventory, locales: readonly string[]): Set<string> {
  const paths = new Set<string>(['/']);
  for (const l of locales) {
    const add = (segments: string[]) => paths.add(href(l, segments));
    add(route.home());
    for (const section of [route.offers(), route.regions(), route.focusAreas(), route.search(), route.towns()]) add(section);
    inventory.pageSlugs.forEach((s) => add(route.page(s)));
    inventory.focusAreaSlugs.forEach((s) => add(route.focusArea(s)));
    inventory.regionIds.forEach((r) => add(route.region(r)));
    inventory.offerSlugs.forEach((s) => add(route.offer(s)));
    inventory.offerTypes.forEach((t) => add(route.offersByType(t)));
  }
  return paths;
}

/** `/ar/angebote/x/`: every page lives under its locale, with a trailing slash. */
export function localizedPath(locale: string, ...segments: string[]): string {
  let path = '/';
  // A plain loop: every link of every page passes here. Segments may hold several ("a/b"); empty ones drop out.
  for (const part of [locale, ...segments]) {
    if (!part.includes('/')) {
      if (part) path += `${part}/`;
      continue;
    }
    for (const piece of part.split('/')) if (piece) path += `${piece}/`;
  }
  // No part at all: "//", as it always was (no caller asks for it).
  return path === '/' ? '//' : path;
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

export function buildLocalizedRoutes<T>(
  entries: readonly T[],
  idOf: (entry: T) => string,
  locales: readonly string[],
  defaultLocale: string,
): LocalizedRoute<T>[] {
  const bySlug = new Map<string, Map<string, T>>();
  for (const entry of entries) {
    const { locale, slug } = parseContentId(idOf(entry), locales);
    const perLocale = bySlug.get(slug) ?? new Map<string, T>();
    perLocale.set(locale, entry);
    bySlug.set(slug, perLocale);
  }
  const routes: LocalizedRoute<T>[] = [];
  for (const [slug, perLocale] of [...bySlug.entries()].sort(([a], [b]) => a.localeCompare(b))) {
    const original = perLocale.get(defaultLocale);
    if (!original) continue;
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
export function alternatesForUrl(url: string, locales: readonly { code: string; lang: string }[], defaultLocale: string): Alternate[] {
  const { origin, pathname } = new URL(url);
  const [first, ...rest] = pathname.split('/').filter(Boolean);
  if (first === undefined) return alternatesFor([], locales, defaultLocale, origin);
  if (!locales.some((l) => l.code === first)) return [];
  return alternatesFor(rest, locales, defaultLocale, origin);
}
