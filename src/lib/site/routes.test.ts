import { describe, expect, it } from 'vitest';
import {
  allPagePaths,
  href,
  route,
  SAMPLE_PAGES,
  ROOT_PAGES,
  TEMPLATES,
  templateOf,
  alternatesFor,
  alternatesForUrl,
  buildLocalizedRoutes,
  localizedPath,
  parseContentId,
} from './routes.ts';

const LOCALES = ['de', 'en', 'ar', 'fa', 'uk', 'ti'];
// Slugs that begin with a locale code: the cases Astro's i18n.fallback gets wrong (astro#14359).
const TRICKY = ['deutschkurs', 'arbeit', 'familie', 'ukraine', 'entdecken', 'tigrinya'];

describe('localizedPath', () => {
  it('builds /lang/segments/ with one trailing slash', () => {
    expect(localizedPath('ar')).toBe('/ar/');
    expect(localizedPath('ar', 'angebote', 'x')).toBe('/ar/angebote/x/');
    expect(localizedPath('de', 'angebote/x/')).toBe('/de/angebote/x/');
  });
});

describe('localizedPath with slugs that begin with a locale code', () => {
  it.each(TRICKY)('keeps "%s" as the slug', (slug) => {
    expect(localizedPath('fa', slug)).toBe(`/fa/${slug}/`);
    expect(localizedPath('de', 'angebote', slug)).toBe(`/de/angebote/${slug}/`);
  });
});

describe('parseContentId', () => {
  it.each(TRICKY)('parses de/%s', (slug) => {
    expect(parseContentId(`de/${slug}`, LOCALES)).toEqual({ locale: 'de', slug });
    expect(parseContentId(`ar/${slug}`, LOCALES)).toEqual({ locale: 'ar', slug });
  });

  it('rejects ids without a language folder, with the fix', () => {
    expect(() => parseContentId('deutschkurs', LOCALES)).toThrow(/must be "<language>\/<slug>".*de\/deutschkurs/);
    expect(() => parseContentId('xx/thing', LOCALES)).toThrow(/language from: de, en/);
  });
});

describe('buildLocalizedRoutes', () => {
  const entry = (id: string) => ({ id });
  const routes = buildLocalizedRoutes(
    ['de/deutschkurs', 'ar/deutschkurs', 'de/ukraine', 'de/familie', 'fa/familie'].map(entry),
    (e) => e.id,
    LOCALES,
    'de',
  );
  const find = (locale: string, slug: string) => routes.find((r) => r.locale === locale && r.slug === slug)!;

  it('generates every German entry in every locale', () => {
    expect(routes).toHaveLength(3 * LOCALES.length);
    for (const slug of ['deutschkurs', 'ukraine', 'familie']) {
      expect(
        routes
          .filter((r) => r.slug === slug)
          .map((r) => r.locale)
          .sort(),
      ).toEqual([...LOCALES].sort());
    }
  });

  it('uses the translation where it exists', () => {
    expect(find('ar', 'deutschkurs')).toMatchObject({ isFallback: false, entry: { id: 'ar/deutschkurs' } });
    expect(find('fa', 'familie')).toMatchObject({ isFallback: false, entry: { id: 'fa/familie' } });
  });

  it('falls back to German for slugs that begin with a locale code', () => {
    expect(find('uk', 'ukraine')).toMatchObject({ isFallback: true, entry: { id: 'de/ukraine' } });
    expect(find('de', 'deutschkurs')).toMatchObject({ isFallback: false, entry: { id: 'de/deutschkurs' } });
    expect(find('en', 'familie')).toMatchObject({ isFallback: true, entry: { id: 'de/familie' }, original: { id: 'de/familie' } });
  });

  it('builds no route for a translation without a German original (the content rules report it)', () => {
    const routes = buildLocalizedRoutes([entry('de/a'), entry('ar/arbeit')], (e) => e.id, LOCALES, 'de');
    expect(routes.map((r) => r.slug)).toEqual(LOCALES.map(() => 'a'));
  });
});

describe('alternatesFor', () => {
  const locales = [
    { code: 'de', lang: 'de' },
    { code: 'ar', lang: 'ar' },
  ];
  it('lists every locale and x-default as absolute URLs', () => {
    expect(alternatesFor(['angebote', 'x'], locales, 'de', 'https://example.org')).toEqual([
      { hreflang: 'de', href: 'https://example.org/de/angebote/x/' },
      { hreflang: 'ar', href: 'https://example.org/ar/angebote/x/' },
      { hreflang: 'x-default', href: 'https://example.org/de/angebote/x/' },
    ]);
  });
  it('points x-default of home pages to the language choice', () => {
    expect(alternatesFor([], locales, 'de', 'https://example.org').at(-1)).toEqual({
      hreflang: 'x-default',
      href: 'https://example.org/',
    });
  });
});

describe('alternatesForUrl', () => {
  const locales = [
    { code: 'de', lang: 'de' },
    { code: 'ar', lang: 'ar' },
  ];
  it('gives a localized page the alternates of its path, whatever its language', () => {
    expect(alternatesForUrl('https://example.org/ar/angebote/x/', locales, 'de')).toEqual(
      alternatesFor(['angebote', 'x'], locales, 'de', 'https://example.org'),
    );
  });
  it('treats the welcome page as one of the home pages', () => {
    expect(alternatesForUrl('https://example.org/', locales, 'de')).toEqual(alternatesFor([], locales, 'de', 'https://example.org'));
  });
  it('gives pages outside the language tree none, even when their slug begins with a locale code', () => {
    expect(alternatesForUrl('https://example.org/redaktion/x/', locales, 'de')).toEqual([]);
    expect(alternatesForUrl('https://example.org/deutsch/', locales, 'de')).toEqual([]);
  });
});

describe('templateOf', () => {
  it('names the template of every kind of built page', () => {
    expect(templateOf('index.html')).toBe('welcome');
    expect(templateOf('404.html')).toBe('404');
    expect(templateOf('ar/404.html')).toBe('404');
    expect(templateOf('redaktion/uebersetzungen/index.html')).toBe('editors');
    expect(templateOf('de/index.html')).toBe('home');
    expect(templateOf('de/programm/index.html')).toBe('page');
    expect(templateOf('de/leichte-sprache/index.html')).toBe('easy-german');
    expect(templateOf('de/leichte-sprache-programm/index.html')).toBe('easy-german');
    expect(templateOf('de/schwerpunkte/index.html')).toBe('focus-areas');
    expect(templateOf('de/schwerpunkte/integrationslotsen/index.html')).toBe('focus-area');
    expect(templateOf('ar/regionen/index.html')).toBe('regions');
    expect(templateOf('ar/regionen/landkreis-giessen/index.html')).toBe('region');
    expect(templateOf('ar/angebote/index.html')).toBe('finder');
    expect(templateOf('ar/angebote/beispiel-deutschkurs-giessen/index.html')).toBe('offer');
    expect(templateOf('ar/angebote-nach-art/german-course/index.html')).toBe('offers-by-type');
    expect(templateOf('ar/suche/index.html')).toBe('search');
  });

  it('names the template of every sample page, and every template has a sample page', () => {
    const file = (path: string) => `${path.replace(/^\//, '')}${path.endsWith('/') ? 'index.html' : ''}`;
    for (const s of [...SAMPLE_PAGES, ...ROOT_PAGES]) expect(templateOf(file(s.path('ar'))), s.id).toBe(s.template);
    const covered = new Set([...SAMPLE_PAGES, ...ROOT_PAGES].map((s) => s.template));
    expect(TEMPLATES.filter((t) => !covered.has(t))).toEqual(['editors']);
  });
});

describe('allPagePaths', () => {
  const inventory = {
    pageSlugs: ['programm'],
    focusAreaSlugs: ['lotsen'],
    regionIds: ['stadt-kassel'],
    offerSlugs: ['kurs'],
    offerTypes: ['german-course'],
  };
  it('lists every page of every section in every language, and nothing else', () => {
    const paths = allPagePaths(inventory, ['de', 'ar']);
    for (const l of ['de', 'ar']) {
      for (const p of [
        `/${l}/`,
        `/${l}/programm/`,
        `/${l}/schwerpunkte/lotsen/`,
        `/${l}/regionen/stadt-kassel/`,
        `/${l}/angebote/kurs/`,
        `/${l}/angebote-nach-art/german-course/`,
        `/${l}/suche/`,
        `/${l}/orte/`,
      ]) {
        expect(paths.has(p), p).toBe(true);
      }
    }
    expect(paths.has('/')).toBe(true);
    expect(paths.has('/de/angebote-nach-art/project/')).toBe(false);
    expect(paths.size).toBe(1 + 2 * 11);
  });
  it('builds paths with the section names of the table', () => {
    expect(href('fa', route.offer('x'), 'y')).toBe('/fa/angebote/x/#y');
  });
});
