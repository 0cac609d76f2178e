/**
 * Performance budgets: the one definition that the test over the built site
 * (tests/built-site/budgets.test.mjs) enforces on every page and that `npm run bench` prints next to
 * the measured figures in docs/performance.md. Sizes, never times.
 *
 * - HTML + CSS (gzip): the page's HTML plus every stylesheet it links, gzip level 6 as
 *   deploy/nginx.conf sends it. The first page a person opens costs this much before fonts.
 * - JavaScript (gzip): every script the page references (`<script src>`, modulepreload) and what
 *   those import statically. Content pages: 0 (offer pages: their share and calendar actions). Pagefind is not counted: the finder imports it
 *   dynamically, only when a person searches (its cost is in the bench's "bytes to first results").
 *
 * Why these numbers: docs/decisions.md, "Performance budgets".
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Template } from '../../src/lib/site/routes.ts';
import { fontStacksOf, pageFontFiles, parseFontFaces } from '../../src/lib/fonts/pageFonts.ts';
import { ASCII_FIRST, ASCII_LAST, fastPageChars } from '../../src/lib/fonts/pageText.ts';

export interface Budget {
  /** Ceiling for HTML + linked CSS, gzip bytes. */
  htmlCssGzip: number;
  /** Ceiling for the page's own JavaScript, gzip bytes (0: none allowed). */
  jsGzip: number;
  /**
   * Ceiling for a first visit without any font installed: HTML + CSS + JavaScript (gzip) plus
   * the font files the page can load (WOFF2 as they are). Defaults to FIRST_VISIT.
   */
  firstVisit?: number;
}

/**
 * A first visit, every page, every language (issue 16's goal: 25 kB). The fonts counted
 * (src/lib/fonts/pageFonts.ts, pageFontFiles) are every file that a character of the page's first
 * paint can load.
 */
export const FIRST_VISIT = 25_000;

/**
 * One ceiling for every content page; the pages that run a script get their own. 14 kB: the
 * guide "Which German course is for me?" in Russian came to 13.6 kB and the fullest offer page to
 * 13.5 kB once every page carried its printed address with a QR code (0.4 to 0.5 kB), offer pages
 * their printed bilingual card (0.8 to 1.0 kB) and pictograms (0.35 to 0.45 kB), and the
 * stylesheet its print rules (issue 15, docs/decisions.md).
 */
const CONTENT_PAGE: Budget = { htmlCssGzip: 14_000, jsGzip: 0 };

export const BUDGETS: Record<Template, Budget> = {
  // The language choice works without script; a small one only highlights the browser's language.
  welcome: { htmlCssGzip: 12_000, jsGzip: 700 },
  // The town lookup ("Where do you live?"): a boot script (595 B, Vite's preload helper copied in);
  // its code, messages and data load on first use.
  home: { htmlCssGzip: CONTENT_PAGE.htmlCssGzip, jsGzip: 700 },
  // The Pashto guide "Which German course is for me?" (25.0 kB with 12.4 kB of Arabic-script fonts).
  page: { ...CONTENT_PAGE, firstVisit: 25_100 },
  'easy-german': CONTENT_PAGE,
  'focus-areas': CONTENT_PAGE,
  'focus-area': CONTENT_PAGE,
  // The town lookup's boot script above the list of regions.
  regions: { htmlCssGzip: CONTENT_PAGE.htmlCssGzip, jsGzip: 700 },
  region: CONTENT_PAGE,
  // The finder's form, filters and their labels, the card template with its pictograms. Its script is
  // a boot file plus the town lookup's (1.2 kB together); the finder itself and Pagefind load on first
  // use (issue 16). The first visit is over the 25 kB goal (26.8 kB for ps, 26.1 kB for ar): open in issue 16.
  finder: { htmlCssGzip: 14_000, jsGzip: 1_300, firstVisit: 27_000 },
  // Keep and share (calendar, share or copy the link); the finder's state for the breadcrumb back loads
  // only after a finder link. Eleven Pashto offer pages are 25.0 to 25.6 kB: open in issue 16.
  offer: { htmlCssGzip: CONTENT_PAGE.htmlCssGzip, jsGzip: 900, firstVisit: 25_700 },
  'offers-by-type': CONTENT_PAGE,
  // The search's boot script (591 B); the search loads on first use.
  search: { htmlCssGzip: 12_000, jsGzip: 700 },
  // All 421 towns A to Z with their region, and the town lookup's boot script (26.6 kB for ps, 25.7 kB
  // for ar: open in issue 16; one page per letter group would meet 25 kB).
  towns: { htmlCssGzip: 14_500, jsGzip: 700, firstVisit: 26_700 },
  '404': CONTENT_PAGE,
  editors: CONTENT_PAGE,
};

export interface Size {
  raw: number;
  gzip: number;
}

export interface PageWeight {
  html: Size;
  css: Size;
  js: Size;
  /** The font files the page can load (WOFF2 is compressed already: gzip = raw). */
  fonts: Size;
  /** URLs of the font files counted. */
  fontFiles: string[];
  /** URLs of the stylesheets and scripts counted (scripts including static imports). */
  stylesheets: string[];
  scripts: string[];
  /** Referenced local assets that `readAsset` could not find. */
  missing: string[];
}

const size = (body: Uint8Array | string): Size => ({ raw: Buffer.byteLength(body), gzip: gzipSync(body, { level: 6 }).length });
// Every page links the same stylesheet: compress each asset once (assetsIn returns the same buffer).
const sizes = new WeakMap<Uint8Array, Size>();
function assetSize(body: Uint8Array): Size {
  let s = sizes.get(body);
  if (!s) sizes.set(body, (s = size(body)));
  return s;
}

/** A `readAsset` for weighPage over a built site folder, reading each file once. */
export function assetsIn(dist: string): (path: string) => Uint8Array | undefined {
  const cache = new Map<string, Uint8Array | undefined>();
  return (path) => {
    if (!cache.has(path)) {
      const file = join(dist, decodeURIComponent(path));
      cache.set(path, existsSync(file) && statSync(file).isFile() ? readFileSync(file) : undefined);
    }
    return cache.get(path);
  };
}
const add = (a: Size, b: Size): Size => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip });

/**
 * The font faces and stacks of a set of stylesheets, parsed once per set: the pages of a build link
 * a handful of sets, and parsing them again on each of 60,000 pages was most of the weighing time.
 */
const fontsBySheets = new Map<string, { faces: ReturnType<typeof parseFontFaces>; stacks: ReturnType<typeof fontStacksOf> }>();
function fontsOfStylesheets(paths: string[], css: string[]) {
  const key = paths.join('\n');
  let fonts = fontsBySheets.get(key);
  if (!fonts) fontsBySheets.set(key, (fonts = { faces: css.flatMap(parseFontFaces), stacks: fontStacksOf(css.join('\n')) }));
  return fonts;
}

/** Static imports in a (minified) ES module: `import"./a.js"`, `from"/_astro/b.js"`; not `import(…)`. */
export function staticImports(js: string): string[] {
  return [...js.matchAll(/(?:\bimport|\bfrom)\s*["'`]([^"'`]+)["'`]/g)].map((m) => m[1] ?? '');
}

/**
 * The `<link>` and `<script>` start tags of a page with their attributes. A scan, not a DOM
 * parse (parsing all ~1,600 pages with linkedom added ~15 s to the budget test): enough for the
 * well-formed HTML Astro writes (it found exactly what linkedom finds on every built page);
 * comments are skipped, `&amp;` in values decoded.
 */
export function assetTags(html: string): { name: string; attrs: Record<string, string> }[] {
  const text = html.replace(/<!--[\s\S]*?-->/g, '');
  return [...text.matchAll(/<(link|script)\b((?:[^>"']|"[^"]*"|'[^']*')*)>/gi)].map((tag) => {
    const attrs: Record<string, string> = {};
    for (const [, name, ...values] of (tag[2] ?? '').matchAll(/([^\s=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g)) {
      if (name) attrs[name.toLowerCase()] = (values.find((v) => v !== undefined) ?? '').replaceAll('&amp;', '&');
    }
    return { name: (tag[1] ?? '').toLowerCase(), attrs };
  });
}

/**
 * Weighs one built page. `pageUrl` is its URL path ("/de/angebote/"); `readAsset` returns the
 * bytes behind a same-origin URL path ("/_astro/x.css"), or undefined when there is no such file.
 */
export function weighPage(html: string, pageUrl: string, readAsset: (path: string) => Uint8Array | undefined): PageWeight {
  const base = new URL(pageUrl, 'http://site.invalid');
  const local = (href: string) => {
    const url = new URL(href, base);
    return url.origin === base.origin ? url.pathname : href;
  };
  const weight: PageWeight = {
    html: size(html),
    css: { raw: 0, gzip: 0 },
    js: { raw: 0, gzip: 0 },
    fonts: { raw: 0, gzip: 0 },
    fontFiles: [],
    stylesheets: [],
    scripts: [],
    missing: [],
  };
  const tags = assetTags(html);
  const attrs = (tag: string, rel: string | null, attr: string) =>
    tags
      .filter((t) => t.name === tag && (rel === null || (t.attrs['rel'] ?? '').split(/\s+/).includes(rel)))
      .map((t) => t.attrs[attr] ?? '')
      .filter(Boolean)
      .map(local);

  const css: string[] = [];
  for (const path of new Set(attrs('link', 'stylesheet', 'href'))) {
    const body = readAsset(path);
    if (body) {
      weight.css = add(weight.css, assetSize(body));
      css.push(Buffer.from(body).toString('utf8'));
    } else weight.missing.push(path);
    weight.stylesheets.push(path);
  }
  // Fonts: the faces of the linked stylesheets, the page's font stack (by its <html data-script>)
  // and the characters its first paint shows (not those in closed <details>, such as the language
  // picker's other scripts, which load only when opened), in either weight; printable ASCII is on every page.
  const { faces, stacks } = fontsOfStylesheets(weight.stylesheets, css);
  if (faces.length > 0) {
    const { script, shown } = fastPageChars(html);
    const families = stacks.byScript.get(script) ?? stacks.fallback;
    const points = [...Array.from({ length: ASCII_LAST - ASCII_FIRST + 1 }, (_, i) => ASCII_FIRST + i), ...shown];
    for (const path of pageFontFiles({ regular: points, bold: points }, faces, families)) {
      const local = new URL(path, base).pathname;
      const body = readAsset(local);
      if (!body) weight.missing.push(local);
      else weight.fonts = add(weight.fonts, { raw: body.length, gzip: body.length });
      weight.fontFiles.push(local);
    }
  }
  const queue = [...attrs('script', null, 'src'), ...attrs('link', 'modulepreload', 'href')];
  const seen = new Set<string>();
  for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
    if (seen.has(path)) continue;
    seen.add(path);
    weight.scripts.push(path);
    const body = readAsset(path);
    if (!body) {
      weight.missing.push(path);
      continue;
    }
    weight.js = add(weight.js, assetSize(body));
    const from = new URL(path, base);
    queue.push(...staticImports(Buffer.from(body).toString('utf8')).map((spec) => local(new URL(spec, from).href)));
  }
  return weight;
}

/** What a first visit to the page downloads without any font installed: HTML, CSS and JS gzip plus its font files. */
export function firstVisitOf(weight: PageWeight): number {
  return weight.html.gzip + weight.css.gzip + weight.js.gzip + weight.fonts.raw;
}

/** Messages for every budget the page exceeds (empty: within budget). */
export function overBudget(page: string, weight: PageWeight, budget: Budget): string[] {
  // A missing asset would count as 0 bytes and hide what the page really loads.
  const problems = weight.missing.map((path) => `${page}: references ${path}, which is not in the built site`);
  const htmlCss = weight.html.gzip + weight.css.gzip;
  if (htmlCss > budget.htmlCssGzip) {
    problems.push(
      `${page}: HTML + CSS is ${htmlCss} bytes gzip, budget ${budget.htmlCssGzip} (HTML ${weight.html.gzip}, CSS ${weight.css.gzip})`,
    );
  }
  const firstVisit = firstVisitOf(weight);
  const firstVisitBudget = budget.firstVisit ?? FIRST_VISIT;
  if (firstVisit > firstVisitBudget) {
    problems.push(
      `${page}: a first visit is ${firstVisit} bytes, budget ${firstVisitBudget} (HTML ${weight.html.gzip}, CSS ${weight.css.gzip}, JS ${weight.js.gzip}, fonts ${weight.fonts.raw}: ${weight.fontFiles.join(', ')})`,
    );
  }
  if (weight.js.gzip > budget.jsGzip) {
    problems.push(`${page}: JavaScript is ${weight.js.gzip} bytes gzip, budget ${budget.jsGzip} (${weight.scripts.join(', ')})`);
  }
  return problems;
}
