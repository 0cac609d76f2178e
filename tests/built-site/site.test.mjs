// Tests over the built site: parse every HTML page in dist/ and check what every page must have.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { locales, defaultLocale, easyGerman, isLocaleCode } from '../../src/i18n/locales.ts';
import { PAGE_SLUGS } from '../../src/lib/site/routes.ts';
import { assertBuilt, fileFor, htmlFiles, load, urlPathOf, DIST, SITE } from './helpers.mjs';

assertBuilt();
const files = htmlFiles();
/** @type {Map<string, import('../../src/i18n/locales.ts').LocaleEntry>} */
const byCode = new Map(locales.map((l) => [l.code, l]));
const localized = files.filter((f) => byCode.has(f.split('/')[0] ?? ''));
/** @typedef {typeof import('../../src/i18n/ui/de.json')} Dictionary */
/** The UI dictionaries (src/i18n/ui/<code>.json) by locale code. */
const dictionaries = /** @type {Record<import('../../src/i18n/locales.ts').LocaleCode, Dictionary>} */ (
  Object.fromEntries(locales.map((l) => [l.code, JSON.parse(readFileSync(`src/i18n/ui/${l.code}.json`, 'utf8'))]))
);

test('the site has pages in every language', () => {
  for (const l of locales) {
    const count = localized.filter((f) => f.startsWith(`${l.code}/`)).length;
    assert.ok(count >= 10, `${l.code}: only ${count} pages`);
  }
  // Same slugs in every language: each language has exactly the German set of paths.
  /** @param {string} code */
  const rest = (code) =>
    localized
      .filter((f) => f.startsWith(`${code}/`))
      .map((f) => f.slice(code.length))
      .sort();
  for (const l of locales) assert.deepEqual(rest(l.code), rest(defaultLocale), l.code);
});

test('every page has <html lang dir> of its locale', () => {
  for (const file of files) {
    const html = load(file).documentElement;
    const locale = byCode.get(file.split('/')[0] ?? '') ?? byCode.get(defaultLocale);
    assert.ok(locale, file);
    assert.equal(html.getAttribute('lang'), locale.lang, file);
    assert.equal(html.getAttribute('dir'), locale.dir, file);
  }
});

test('every localized page has a canonical URL and the complete hreflang set', () => {
  for (const file of localized.filter((f) => !f.endsWith('404.html'))) {
    const doc = load(file);
    const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href');
    assert.equal(canonical, SITE + urlPathOf(file), `${file}: canonical`);
    const alternates = [...doc.querySelectorAll('link[rel="alternate"][hreflang]')];
    const langs = alternates.map((a) => a.getAttribute('hreflang')).sort();
    assert.deepEqual(langs, [...locales.map((l) => l.lang), 'x-default'].sort(), `${file}: hreflang set`);
    for (const a of alternates) {
      const href = a.getAttribute('href') ?? '';
      assert.ok(href.startsWith(`${SITE}/`), `${file}: hreflang ${href} is not absolute`);
      assert.ok(fileFor(new URL(href).pathname), `${file}: hreflang target ${href} does not exist`);
    }
    const rest = urlPathOf(file).split('/').slice(2).join('/');
    for (const l of locales) {
      const a = alternates.find((x) => x.getAttribute('hreflang') === l.lang);
      assert.ok(a, `${file}: hreflang ${l.lang}`);
      assert.equal(new URL(a.getAttribute('href') ?? '').pathname, `/${l.code}/${rest}`, `${file}: same slug in ${l.code}`);
    }
  }
});

test('no inline script or style, no style attribute, no meta refresh', () => {
  for (const file of files) {
    const doc = load(file);
    for (const s of doc.querySelectorAll('script')) {
      const isData = s.getAttribute('type') === 'application/ld+json';
      assert.ok(isData || (s.hasAttribute('src') && s.textContent.trim() === ''), `${file}: inline <script>`);
    }
    assert.equal(doc.querySelectorAll('style').length, 0, `${file}: <style> element`);
    assert.equal(doc.querySelectorAll('[style]').length, 0, `${file}: style attribute`);
    assert.equal(doc.querySelectorAll('meta[http-equiv="refresh" i]').length, 0, `${file}: meta refresh`);
    for (const el of doc.querySelectorAll('*')) {
      for (const attr of el.attributes) assert.ok(!/^on/i.test(attr.name), `${file}: event handler ${attr.name}`);
    }
  }
});

test('every internal link and #fragment resolves', () => {
  /** @type {string[]} */
  const problems = [];
  for (const file of files) {
    const doc = load(file);
    const base = new URL(urlPathOf(file), SITE);
    const refs = [
      ...[...doc.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')),
      ...[...doc.querySelectorAll('link[href]:not([rel="canonical"]):not([rel="alternate"])')].map((l) => l.getAttribute('href')),
      ...[...doc.querySelectorAll('script[src], img[src]')].map((s) => s.getAttribute('src')),
      // The share image is an absolute URL on the site's own origin.
      ...[...doc.querySelectorAll('meta[property="og:image"], meta[property="og:url"]')].map((m) => m.getAttribute('content')),
    ];
    for (const ref of refs) {
      assert.ok(ref !== null, `${file}: an og:image or og:url without content`);
      const url = new URL(ref, base);
      if (url.origin !== SITE) continue;
      // /pagefind/ is written by the post-build step and checked separately.
      const target = fileFor(url.pathname);
      if (!target) {
        problems.push(`${file}: ${ref} does not exist`);
        continue;
      }
      if (url.hash && target.endsWith('.html')) {
        const id = decodeURIComponent(url.hash.slice(1));
        if (!load(target).getElementById(id)) problems.push(`${file}: ${ref} has no element id="${id}"`);
      }
    }
  }
  assert.deepEqual(problems, []);
});

test('every language has its 404 page, and there is a root 404', () => {
  assert.ok(existsSync(`${DIST}/404.html`));
  for (const l of locales) {
    const file = `${l.code}/404.html`;
    assert.ok(existsSync(`${DIST}/${file}`), file);
    assert.equal(load(file).querySelector('h1')?.textContent.trim(), dictionaries[l.code]['notFound.title'], file);
    assert.ok(load(file).querySelector('meta[name="robots"][content="noindex"]'), `${file}: noindex`);
  }
});

test('the welcome page lets a person pick any language without JavaScript or redirect', () => {
  const doc = load('index.html');
  for (const l of locales) {
    const link = doc.querySelector(`a[href="/${l.code}/"]`);
    assert.ok(link, `link to /${l.code}/`);
    assert.equal(link.closest('[lang]')?.getAttribute('lang'), l.lang);
    assert.ok(link.textContent.includes(l.autonym), `${l.code}: autonym`);
    assert.ok(link.textContent.includes(dictionaries[l.code]['welcome.choose']), `${l.code}: prompt in its language`);
  }
  assert.ok(doc.querySelector(`a[href="/${defaultLocale}/${PAGE_SLUGS.easyGerman}/"]`), 'Leichte Sprache entry');
});

test('the header and footer carry the picker, search and the legal links in the page language', () => {
  for (const file of localized) {
    const code = file.split('/')[0];
    assert.ok(code && isLocaleCode(code), file);
    const doc = load(file);
    const t = dictionaries[code];
    const picker = [...doc.querySelectorAll('details.language-picker a')];
    assert.deepEqual(
      picker.map((a) => a.textContent.trim()),
      [...locales.map((l) => l.autonym), easyGerman.autonym],
      `${file}: picker autonyms`,
    );
    // A 404 page is served at unknown addresses: its picker leads to the other home pages.
    const rest = file.endsWith('404.html') ? '' : urlPathOf(file).split('/').slice(2).join('/');
    for (const l of locales) {
      assert.ok(
        picker.some((a) => a.getAttribute('href') === `/${l.code}/${rest}`),
        `${file}: picker keeps the page for ${l.code}`,
      );
    }
    assert.ok(doc.querySelector(`header a[href="/${code}/suche/"]`), `${file}: search entry point`);
    const footer = doc.querySelector('footer');
    assert.ok(footer, `${file}: footer`);
    for (const [href, key] of /** @type {[string, keyof Dictionary][]} */ ([
      [`/${code}/impressum/`, 'footer.impressum'],
      [`/${code}/datenschutz/`, 'footer.privacy'],
      [`/${code}/barrierefreiheit/`, 'footer.accessibility'],
      [`/${defaultLocale}/${PAGE_SLUGS.easyGerman}/`, 'footer.easyLanguage'],
      [`/${code}/gebaerdensprache/`, 'footer.signLanguage'],
    ])) {
      /** @type {HTMLAnchorElement | null} */
      const a = footer.querySelector(`a[href="${href}"]`);
      assert.ok(a, `${file}: footer link ${href}`);
      assert.equal(a.textContent.trim(), t[key], `${file}: footer label ${key}`);
    }
    assert.ok(doc.querySelector('a[href="#main"]') && doc.getElementById('main'), `${file}: skip link`);
    assert.ok(
      doc.querySelector('header[data-pagefind-ignore]') && doc.querySelector('footer[data-pagefind-ignore]'),
      `${file}: chrome not indexed`,
    );
  }
});

test('inner pages have breadcrumbs that start at the home page', () => {
  for (const file of localized.filter((f) => f.split('/').length > 2 && !f.endsWith('404.html'))) {
    const code = file.split('/')[0];
    const nav = load(file).querySelector('main nav ol');
    assert.ok(nav, `${file}: breadcrumbs`);
    assert.equal(nav.querySelector('a')?.getAttribute('href'), `/${code}/`, file);
    assert.ok(nav.querySelector('[aria-current="page"]'), `${file}: current page`);
  }
});

test('untranslated content is German, marked, noticed and not indexed', () => {
  let fallbacks = 0;
  for (const file of localized) {
    const code = file.split('/')[0];
    assert.ok(code && isLocaleCode(code), file);
    const doc = load(file);
    const notice = [...doc.querySelectorAll('[role="note"]')].find((n) => n.textContent.trim() === dictionaries[code]['fallback.notice']);
    const germanArticle = doc.querySelector('main article[lang="de"]');
    if (!germanArticle) continue;
    fallbacks += 1;
    assert.notEqual(code, defaultLocale, `${file}: German page marked as fallback`);
    assert.equal(germanArticle.getAttribute('dir'), 'ltr', file);
    assert.ok(notice, `${file}: fallback notice in the visitor's language`);
    assert.equal(germanArticle.hasAttribute('data-pagefind-body'), false, `${file}: fallback content indexed`);
    const crumb = doc.querySelector('main nav [aria-current="page"]');
    assert.equal(crumb?.getAttribute('lang'), 'de', `${file}: German title in the breadcrumbs not marked lang="de"`);
  }
  assert.ok(fallbacks > 0, 'expected fallback pages (e.g. untranslated legal pages)');
  // A translated page is not a fallback: the English programme page.
  const en = load('en/programm/index.html');
  assert.ok(en.querySelector('article[data-pagefind-body]'));
  assert.equal(en.querySelector('article')?.hasAttribute('lang'), false);
});

test("Pagefind has one index per language, holding only that language's own pages", () => {
  /** @type {{ languages: Record<string, { page_count: number }> }} */
  const entry = JSON.parse(readFileSync(`${DIST}/pagefind/pagefind-entry.json`, 'utf8'));
  assert.deepEqual(Object.keys(entry.languages).sort(), locales.map((l) => l.lang).sort());
  for (const l of locales) {
    const indexed = localized.filter((f) => f.startsWith(`${l.code}/`) && load(f).querySelector('[data-pagefind-body]'));
    assert.equal(entry.languages[l.lang]?.page_count, indexed.length, `${l.code}: indexed page count`);
    for (const f of indexed) {
      const body = load(f).querySelector('[data-pagefind-body]');
      assert.equal(body?.closest('[lang]')?.getAttribute('lang'), l.lang, `${f}: indexed content in another language`);
    }
  }
});

test('the sitemap lists localized pages, not 404 pages', () => {
  const xml = readFileSync(`${DIST}/sitemap-0.xml`, 'utf8');
  for (const path of ['/de/', '/ar/angebote/', '/ti/regionen/']) assert.ok(xml.includes(`<loc>${SITE}${path}</loc>`), path);
  assert.ok(!xml.includes('404'), '404 pages in the sitemap');
});

/**
 * Every <url> of every sitemap the index lists: its address and its hreflang alternates.
 * @returns {{ loc: string, links: string[] }[]}
 */
function sitemapEntries() {
  const index = readFileSync(`${DIST}/sitemap-index.xml`, 'utf8');
  const sitemaps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1] ?? '');
  assert.ok(sitemaps.length > 0, 'sitemap-index.xml lists no sitemap');
  return sitemaps.flatMap((url) => {
    assert.ok(url.startsWith(`${SITE}/`), `${url}: not on the site`);
    const xml = readFileSync(`${DIST}${new URL(url).pathname}`, 'utf8');
    return [...xml.matchAll(/<url>(.*?)<\/url>/gs)].map(([, body = '']) => ({
      loc: body.match(/<loc>([^<]+)<\/loc>/)?.[1] ?? '',
      links: [...body.matchAll(/<xhtml:link rel="alternate" hreflang="([^"]+)" href="([^"]+)"\/>/g)].map((m) => `${m[1]} ${m[2]}`).sort(),
    }));
  });
}

test('the sitemap lists every public page once, with the hreflang alternates of the page itself', () => {
  const entries = sitemapEntries();
  const listed = entries.map((e) => e.loc);
  assert.equal(new Set(listed).size, listed.length, 'a page is listed twice');
  /** @param {string} f */
  const isPublic = (f) => !f.endsWith('404.html') && !f.startsWith('redaktion/');
  const expected = files
    .filter(isPublic)
    .map((f) => SITE + urlPathOf(f))
    .sort();
  assert.deepEqual([...listed].sort(), expected, 'sitemap ≠ the public pages in dist/');
  const langs = [...locales.map((l) => l.lang), 'x-default'].sort();
  for (const { loc, links } of entries) {
    const file = fileFor(new URL(loc).pathname);
    assert.ok(file && isPublic(file), `${loc}: listed, but not a public page in dist/`);
    const own = [...load(file).querySelectorAll('link[rel="alternate"][hreflang]')]
      .map((a) => `${a.getAttribute('hreflang')} ${a.getAttribute('href')}`)
      .sort();
    assert.deepEqual(links.map((l) => l.split(' ')[0]).sort(), langs, `${loc}: hreflang set in the sitemap`);
    assert.deepEqual(links, own, `${loc}: sitemap alternates ≠ the page's <link rel="alternate">`);
  }
});

test('contact data and URLs are isolated for right-to-left text', () => {
  // Links whose visible text is an address, e-mail or phone number must be in an LTR island;
  // links with words as text read fine in their own language.
  /** @param {string} text */
  const looksLikeAddress = (text) => /@|https?:|www\.|^\+?[\d\s()/-]{6,}$/.test(text.trim());
  let checked = 0;
  for (const file of localized.filter((f) => ['ar', 'fa', 'ps'].includes(f.split('/')[0] ?? ''))) {
    for (const a of load(file).querySelectorAll('main a[href^="mailto:"], main a[href^="tel:"], main a[href^="http"]')) {
      if (!looksLikeAddress(a.textContent)) continue;
      checked += 1;
      assert.ok(a.closest('[dir="ltr"]') || a.closest('bdi'), `${file}: ${a.getAttribute('href')} not isolated`);
    }
  }
  assert.ok(checked > 0, 'expected e-mail addresses or URLs shown on right-to-left pages');
});

test('Leichte Sprache pages keep every line of their text as a line on the page (one statement per line); other pages do not', () => {
  const easy = files.filter((f) => /^[a-z]{2}\/leichte-sprache[^/]*\/index\.html$/.test(f));
  assert.ok(easy.length >= 4 * locales.length, `${easy.length} Leichte Sprache pages`);
  const keeps = (/** @type {string} */ f) => load(f).querySelector('main .prose')?.className.includes('whitespace-pre-line') ?? false;
  for (const f of easy) assert.ok(keeps(f), `${f}: line breaks kept`);
  for (const f of ['de/programm/index.html', 'ar/programm/index.html']) assert.equal(keeps(f), false, `${f}: normal text`);
});
