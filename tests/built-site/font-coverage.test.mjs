// Every character every built page can show is drawn by a font face the page can load (its
// unicode-range and the subset file's real cmap, read with harfbuzz), or deliberately by the
// system font. The deliberate system fallbacks, all listed here:
// - characters no full source font of the page's font stack has (emoji; Arabic and Ethiopic
//   autonyms and greetings on pages of other scripts, whose stack does not name those families;
//   Latin letters on Arabic, Ethiopic and Cyrillic pages, whose stacks do not name Noto Sans:
//   'Noto Sans Cyrillic' takes only the digits and punctuation of the Latin file, see sources.ts);
// - default-ignorable format characters (direction marks, joiners), which draw no glyph;
// - what a person types into a form field: not on the page, the system font draws it per character.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pageText, fastPageChars } from '../../src/lib/fonts/pageText.ts';
import { faceFor, fontStacksOf, parseFontFamilies, parseUnicodeRange } from '../../src/lib/fonts/pageFonts.ts';
import { FONT_SOURCES, sourceCmap } from '../../src/lib/fonts/sources.ts';
import { cmapOf } from '../../src/lib/fonts/fontTools.ts';
import { getLocale, localeCodes } from '../../src/i18n/locales.ts';
import { route, SECTIONS } from '../../src/lib/site/routes.ts';
import { assertBuilt, htmlFiles, DIST } from './helpers.mjs';

assertBuilt();
const ignorable = (/** @type {number} */ p) =>
  p === 0xad || (p >= 0x200b && p <= 0x200f) || (p >= 0x202a && p <= 0x202e) || (p >= 0x2060 && p <= 0x206f) || p === 0xfeff;
const show = (/** @type {number} */ p) => `${String.fromCodePoint(p)} (U+${p.toString(16).toUpperCase().padStart(4, '0')})`;

const astroDir = join(DIST, '_astro');
const fontCss = readdirSync(astroDir).filter((f) => /^fonts\.[\w-]+\.css$/.test(f));
/** @typedef {import('../../src/lib/fonts/pageFonts.ts').FontFaceRule & { cmap: Set<number> }} FaceWithCmap */
/** Per stylesheet URL (one per font stack), its faces. @type {Map<string, FaceWithCmap[]>} */
const sheets = new Map();
/** @type {Map<string, Set<number>>} */
const cmaps = new Map();
for (const name of fontCss) {
  /** @type {FaceWithCmap[]} */
  const faces = [];
  for (const [, body = ''] of readFileSync(join(astroDir, name), 'utf8').matchAll(/@font-face\{([^}]*)\}/g)) {
    const prop = (/** @type {string} */ key) => body.match(new RegExp(`${key}:([^;]+)`))?.[1]?.trim() ?? '';
    const url = prop('src').match(/url\('([^']+)'\)/)?.[1] ?? '';
    if (!cmaps.has(url)) cmaps.set(url, await cmapOf(readFileSync(join(DIST, url))));
    faces.push({
      family: parseFontFamilies(prop('font-family'))[0] ?? '',
      weight: Number(prop('font-weight')),
      display: prop('font-display'),
      url,
      ranges: parseUnicodeRange(prop('unicode-range')),
      cmap: /** @type {Set<number>} */ (cmaps.get(url)),
    });
  }
  sheets.set(`/_astro/${name}`, faces);
}
const allFaces = [...new Map([...sheets.values()].flat().map((f) => [f.url, f])).values()];
/** The font stylesheet a page links and its faces (none if it links none). @param {string} html */
function facesOf(html) {
  const links = [...html.matchAll(/<link rel="stylesheet" href="(\/_astro\/fonts\.[\w-]+\.css)">/g)].map((m) => m[1] ?? '');
  return { links, faces: sheets.get(links[0] ?? '') ?? [] };
}
const stacks = fontStacksOf(
  readdirSync(astroDir)
    .filter((f) => f.endsWith('.css') && !fontCss.includes(f))
    .map((f) => readFileSync(join(astroDir, f), 'utf8'))
    .join('\n'),
);
const sources = await Promise.all(
  FONT_SOURCES.map(async (s) => ({ family: s.family, cmap: sourceCmap(s, await cmapOf(readFileSync(join('public/fonts', s.file)))) })),
);
const familiesOf = (/** @type {string} */ script) => stacks.byScript.get(script) ?? stacks.fallback;
const ascii = Array.from({ length: 0x7e - 0x20 }, (_, i) => 0x21 + i);

/**
 * The characters of `chars` (drawn at `weight` with `families` and `faces`) that no loadable face
 * draws and that are no deliberate system fallback.
 * @param {Iterable<number>} chars @param {number} weight @param {string[]} families @param {FaceWithCmap[]} faces
 */
function missing(chars, weight, families, faces) {
  const out = [];
  for (const point of chars) {
    if (ignorable(point)) continue;
    const face = /** @type {FaceWithCmap | undefined} */ (faceFor(point, weight, faces, families));
    if (face && face.cmap.has(point)) continue;
    const sourceHasIt = sources.some((s) => families.includes(s.family) && s.cmap.has(point));
    if (face || sourceHasIt) out.push(`${show(point)}${face ? ` (in the unicode-range of ${face.url}, not in its cmap)` : ''}`);
  }
  return out;
}

test('font faces in hashed /_astro/fonts.<hash>.css files; each face a hashed WOFF2 whose cmap is exactly its unicode-range', () => {
  assert.ok(fontCss.length >= 1, 'a /_astro/fonts.<hash>.css');
  assert.ok(allFaces.length >= 5, `at least one face per script (found ${allFaces.length})`);
  for (const face of allFaces) {
    assert.match(face.url, /^\/_astro\/[a-z-]+\.[\w-]{10}\.woff2$/, face.url);
    const points = face.ranges.flatMap(([from, to]) => Array.from({ length: to - from + 1 }, (_, i) => from + i));
    assert.deepEqual(points.filter((p) => !face.cmap.has(p)).map(show), [], `${face.url}: unicode-range beyond its cmap`);
    assert.equal(face.cmap.size, points.length, `${face.url}: cmap has characters its unicode-range does not name`);
  }
  assert.equal(existsSync(join(DIST, 'fonts', 'faces.css')), false, 'the development stylesheet is not published');
});

test('every character on every page is drawn by a face the page can load, or by a listed system fallback', () => {
  const problems = [];
  for (const file of htmlFiles()) {
    const html = readFileSync(join(DIST, file), 'utf8');
    if (!html.includes('<body')) continue;
    const { links, faces } = facesOf(html);
    assert.equal(links.length, 1, `${file} links one font stylesheet`);
    assert.ok(!html.includes('/fonts/faces.css'), `${file} still links the development stylesheet`);
    const { script, regular, bold } = pageText(html);
    const families = familiesOf(script);
    for (const face of faces)
      assert.ok(families.includes(face.family), `${file}: its font stylesheet has a face of ${face.family}, not in its stack`);
    const lacking = [
      ...missing([...ascii, ...regular], 400, families, faces),
      ...missing(bold, 700, families, faces).map((m) => `${m} bold`),
    ];
    if (lacking.length) problems.push(`${file}: ${lacking.join(', ')}`);
  }
  assert.deepEqual(problems.slice(0, 20), [], `${problems.length} page(s) with characters no font draws`);
});

test('what the town lookup draws from dist/<lang>/orte/daten.json is covered for its language', () => {
  for (const code of localeCodes) {
    const data = join(DIST, code, ...route.townsData());
    if (!existsSync(data)) continue;
    const { shown } = fastPageChars(`<body>${readFileSync(data, 'utf8')}`);
    const { faces } = facesOf(readFileSync(join(DIST, code, SECTIONS.towns, 'index.html'), 'utf8'));
    assert.deepEqual(missing(shown, 400, familiesOf(getLocale(code).script), faces), [], data);
  }
});

test('every page preloads only files of its stylesheet, `optional` ones, and all it draws on first paint', () => {
  for (const file of htmlFiles()) {
    const html = readFileSync(join(DIST, file), 'utf8');
    if (!html.includes('<body')) continue;
    const { faces } = facesOf(html);
    const optional = new Set(faces.filter((f) => f.display === 'optional').map((f) => f.url));
    const preloads = [...html.matchAll(/<link rel="preload" href="([^"]+)" as="font"/g)].map((m) => m[1]);
    for (const url of preloads) assert.ok(optional.has(url ?? ''), `${file}: preloads ${url}, not an optional face of its stylesheet`);
    const { script, shown } = fastPageChars(html);
    const families = familiesOf(script);
    for (const point of [...ascii, ...shown]) {
      const face = faceFor(point, 400, faces, families);
      if (face && face.display === 'optional')
        assert.ok(preloads.includes(face.url), `${file}: draws ${show(point)} from ${face.url} without preloading it`);
    }
  }
});

test('Arabic, Ethiopic and Cyrillic pages load no Latin file; their own family draws the space, digits and punctuation', () => {
  const latinFamily = FONT_SOURCES.find((s) => s.file.startsWith('noto-sans-latin-'))?.family ?? '';
  for (const code of localeCodes) {
    const { script } = getLocale(code);
    if (script === 'Latn') continue;
    const html = readFileSync(join(DIST, code, 'index.html'), 'utf8');
    const { faces } = facesOf(html);
    const families = familiesOf(script);
    assert.ok(!families.includes(latinFamily), `${code}: the ${script} stack names ${latinFamily}: ${families.join(', ')}`);
    assert.deepEqual(
      faces.filter((f) => f.family === latinFamily).map((f) => f.url),
      [],
      `${code}: its font stylesheet has ${latinFamily} faces`,
    );
    if (script !== 'Cyrl') continue;
    // Cyrillic text's digits and punctuation are Noto's too, never a system font's between Noto letters.
    const shown = [...' 0123456789.,:;!?()', ...[...pageText(html).regular].map((p) => String.fromCodePoint(p))];
    const common = shown.filter((c) => /\p{Script=Common}/u.test(c) && !ignorable(/** @type {number} */ (c.codePointAt(0))));
    const lacking = common.filter((c) => !faceFor(/** @type {number} */ (c.codePointAt(0)), 400, faces, families));
    assert.deepEqual(lacking, [], `${code}: drawn by the system font`);
  }
});
