// Head metadata on the built site: favicon and home-screen icons, the web app manifest per
// language, OpenGraph tags with the self-hosted share image, and robots.txt.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { locales, defaultLocale, isLocaleCode } from '../../src/i18n/locales.ts';
import { appleTouchIcon, favicon, manifestPath, shareImage } from '../../src/lib/site/webManifest.ts';
import { assertBuilt, htmlFiles, load, DIST, SITE } from './helpers.mjs';

assertBuilt();
const files = htmlFiles();
/**
 * The UI dictionary of a language (src/i18n/ui/<code>.json).
 * @param {string} code
 * @returns {typeof import('../../src/i18n/ui/de.json')}
 */
const dict = (code) => JSON.parse(readFileSync(`src/i18n/ui/${code}.json`, 'utf8'));
/**
 * The locale code of a page, or null for the pages outside the language tree.
 * @param {string} file
 */
const localeOf = (file) => {
  const first = file.split('/')[0] ?? '';
  return isLocaleCode(first) ? first : null;
};

/**
 * Width and height of a PNG, from its IHDR chunk.
 * @param {string} path
 */
function pngSize(path) {
  const bytes = readFileSync(path);
  assert.equal(bytes.subarray(1, 4).toString('latin1'), 'PNG', `${path}: not a PNG`);
  return `${bytes.readUInt32BE(16)}x${bytes.readUInt32BE(20)}`;
}

test('every page links the favicon, the home-screen icon and the manifest of its language', () => {
  for (const file of files) {
    const doc = load(file);
    /** @param {string} selector */
    const href = (selector) => doc.querySelector(selector)?.getAttribute('href');
    assert.equal(href(`link[rel="icon"][type="${favicon.type}"]`), favicon.src, `${file}: favicon`);
    assert.equal(href('link[rel="apple-touch-icon"]'), appleTouchIcon.src, `${file}: apple-touch-icon`);
    assert.equal(href('link[rel="manifest"]'), manifestPath(localeOf(file)), `${file}: manifest`);
  }
  assert.ok(readFileSync(`${DIST}${favicon.src}`, 'utf8').startsWith('<svg'), 'favicon.svg');
  assert.equal(pngSize(`${DIST}${appleTouchIcon.src}`), appleTouchIcon.sizes);
});

test('every page has OpenGraph metadata in its language, with the share image', () => {
  for (const file of files) {
    const doc = load(file);
    const code = localeOf(file) ?? defaultLocale;
    /** @param {string} property */
    const og = (property) => doc.querySelector(`meta[property="og:${property}"]`)?.getAttribute('content');
    const titleElement = doc.querySelector('title');
    assert.ok(titleElement, `${file}: <title>`);
    const title = titleElement.textContent;
    assert.ok(
      og('title') && (title === og('title') || title.startsWith(`${og('title')} – `)),
      `${file}: og:title "${og('title')}" vs <title> "${title}"`,
    );
    const description = doc.querySelector('meta[name="description"]')?.getAttribute('content') ?? dict(code)['site.description'];
    assert.equal(og('description'), description, `${file}: og:description`);
    assert.equal(og('site_name'), dict(code)['site.name'], `${file}: og:site_name`);
    assert.equal(og('type'), 'website', `${file}: og:type`);
    assert.equal(og('locale'), doc.documentElement.getAttribute('lang')?.replace('-', '_'), `${file}: og:locale`);
    assert.equal(og('image'), SITE + shareImage.src, `${file}: og:image`);
    assert.equal(`${og('image:width')}x${og('image:height')}`, `${shareImage.width}x${shareImage.height}`, `${file}: og:image size`);
    assert.ok(og('image:alt'), `${file}: og:image:alt`);
    // og:url is the canonical URL; pages without one (404, editors' pages) have neither.
    const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href');
    assert.equal(og('url'), canonical, `${file}: og:url`);
    if (file.endsWith('404.html')) assert.equal(canonical, undefined, `${file}: a 404 page has no canonical URL`);
    assert.equal(doc.querySelector('meta[name="twitter:card"]')?.getAttribute('content'), 'summary_large_image', `${file}: twitter:card`);
  }
  assert.ok(load('index.html').querySelector(`meta[property="og:url"][content="${SITE}/"]`), 'welcome page og:url');
  assert.equal(pngSize(`${DIST}${shareImage.src}`), `${shareImage.width}x${shareImage.height}`, 'share image size');
});

test('each language has a web app manifest with its own name, start page, direction and existing icons', () => {
  const cases = [
    ...locales.map((l) => ({ code: l.code, lang: l.lang, dir: l.dir, start: `/${l.code}/` })),
    { code: null, lang: 'de', dir: 'ltr', start: '/' },
  ];
  for (const { code, lang, dir, start } of cases) {
    const path = manifestPath(code);
    /** @type {ReturnType<typeof import('../../src/lib/site/webManifest.ts').webManifest>} */
    const manifest = JSON.parse(readFileSync(`${DIST}${path}`, 'utf8'));
    const t = dict(code ?? defaultLocale);
    assert.equal(manifest.name, t['site.name'], `${path}: name`);
    assert.equal(manifest.short_name, t['site.shortName'], `${path}: short_name`);
    assert.equal(manifest.description, t['site.description'], `${path}: description`);
    assert.deepEqual([manifest.lang, manifest.dir, manifest.start_url, manifest.scope], [lang, dir, start, '/'], path);
    assert.ok(['standalone', 'minimal-ui', 'browser', 'fullscreen'].includes(manifest.display), `${path}: display`);
    assert.match(manifest.theme_color, /^#[0-9a-f]{6}$/i, `${path}: theme_color`);
    assert.match(manifest.background_color, /^#[0-9a-f]{6}$/i, `${path}: background_color`);
    for (const icon of manifest.icons) {
      assert.ok(existsSync(`${DIST}${icon.src}`), `${path}: icon ${icon.src} missing`);
      if (icon.type === 'image/png') assert.equal(pngSize(`${DIST}${icon.src}`), icon.sizes, `${path}: ${icon.src} size`);
    }
    /** @type {(size: string, purpose: 'any' | 'maskable') => boolean} */
    const png = (size, purpose) =>
      manifest.icons.some((i) => i.type === 'image/png' && i.sizes === size && (i.purpose ?? 'any') === purpose);
    assert.ok(png('192x192', 'any') && png('512x512', 'any') && png('512x512', 'maskable'), `${path}: 192 and 512 PNG icons, one maskable`);
  }
});

test("robots.txt allows everything but the editors' pages and names the sitemap by absolute URL", () => {
  const lines = readFileSync(`${DIST}/robots.txt`, 'utf8').trim().split('\n');
  assert.deepEqual(lines, ['User-agent: *', 'Allow: /', 'Disallow: /redaktion/', '', `Sitemap: ${SITE}/sitemap-index.xml`]);
  assert.ok(existsSync(`${DIST}/sitemap-index.xml`), 'the sitemap robots.txt names exists');
});
