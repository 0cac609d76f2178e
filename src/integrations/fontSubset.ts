/**
 * Cuts the fonts down to the characters the built site shows, at `astro:build:done` (listed before
 * pagefindIndex and distScan, which then see the final pages). Why: the full files cost 27–156 kB
 * per first visit, the subsets a few kB (docs/decisions.md, "Font subsets").
 *
 * 1. One read of every page, on every core (src/lib/fonts/pageScan.ts), and of every
 *    dist/<lang>/orte/daten.json, which the town lookup draws: the characters beyond ASCII each
 *    page shows (src/lib/fonts/pageText.ts, fast path) and where its placeholder link is.
 * 2. src/lib/fonts/plan.ts splits them per source font into core, per-language and rare groups;
 *    each group is subset once with harfbuzz (subset-font), keeping the script's shaping features.
 * 3. The files go to /_astro/<slug>-<group>.<hash>.woff2, their @font-face rules (exact
 *    unicode-range, local() first) to /_astro/fonts.<hash>.css, one per font stack (the faces of
 *    its families only): both names change with their
 *    content, and /_astro/ is served immutable. The pages' placeholder link (SiteHead,
 *    FONT_FACES_PLACEHOLDER, which `astro dev` serves with the full files) is replaced by that
 *    stylesheet plus preloads of the `optional` files the page itself uses (src/lib/site/fontPreloads.ts).
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { getLocale, localeCodes, type LocaleCode } from '../i18n/locales.ts';
import { htmlFilesUnder } from './distScan.ts';
import { route } from '../lib/site/routes.ts';
import { FONT_FACES_PLACEHOLDER, FONT_SOURCES, sourceCmap, type FontSource } from '../lib/fonts/sources.ts';
import { fastPageChars } from '../lib/fonts/pageText.ts';
import { scanPagesInParallel, spliceFile } from '../lib/fonts/pageScan.ts';
import { planBuckets, type PageRecord, type SourceFont } from '../lib/fonts/plan.ts';
import { fontStacksOf, formatUnicodeRange, pageFontFiles, type FontFaceRule } from '../lib/fonts/pageFonts.ts';
import { fontPreloads } from '../lib/site/fontPreloads.ts';
import { cmapOf, subsetFont } from '../lib/fonts/fontTools.ts';

const hashOf = (data: string | Buffer) => createHash('sha256').update(data).digest('base64url').slice(0, 10);

/** The @font-face rule of one subset file. */
function faceRule(source: FontSource, url: string, points: number[]): string {
  const src = [...source.local.map((name) => `local('${name}')`), `url('${url}') format('woff2')`].join(', ');
  return `@font-face{font-family:'${source.family}';font-style:normal;font-weight:400;font-display:${source.display};src:${src};unicode-range:${formatUnicodeRange(points)}}`;
}

export interface FontSubsetResult {
  faces: FontFaceRule[];
  files: { url: string; bytes: number }[];
}

/** Runs steps 1–3 on the built site in `dist`; returns what it wrote. */
export async function subsetFonts(dist: string, fontsDir = 'public/fonts'): Promise<FontSubsetResult> {
  const cssFiles = readdirSync(join(dist, '_astro')).filter((f) => f.endsWith('.css'));
  const stacks = fontStacksOf(cssFiles.map((f) => readFileSync(join(dist, '_astro', f), 'utf8')).join('\n'));
  const familiesOf = (script: string) => stacks.byScript.get(script) ?? stacks.fallback;
  const langOf = (path: string) => {
    const first = path.split('/')[0] ?? '';
    return (localeCodes as string[]).includes(first) ? first : '';
  };

  // Step 1: one read of every page (src/lib/fonts/pageScan.ts, on every core). Pages of one
  // template share their first-paint characters: the key below, and step 3's links, once per key.
  const placeholder = new RegExp(`<link[^>]*href="${FONT_FACES_PLACEHOLDER.replace(/\./g, '\\.')}"[^>]*>`);
  const pages = htmlFilesUnder(dist).filter((p) => !p.startsWith('_astro/'));
  const firstPaintOf = new Map<string, number[]>();
  const scans = await scanPagesInParallel(dist, pages, placeholder);
  const records = scans.map(({ script, shown, onDemand, link }, i) => {
    const families = familiesOf(script);
    const key = `${families.join(',')}|${String.fromCodePoint(...shown)}`;
    if (!firstPaintOf.has(key)) firstPaintOf.set(key, shown);
    const path = pages[i]!;
    return { path, lang: langOf(path), families, chars: new Set([...shown, ...onDemand]), key, link };
  });
  const extra: PageRecord[] = [];
  for (const code of localeCodes) {
    const data = join(dist, code, ...route.townsData());
    if (!existsSync(data)) continue;
    const { shown } = fastPageChars(`<body>${readFileSync(data, 'utf8')}`);
    extra.push({ lang: code, families: familiesOf(getLocale(code as LocaleCode).script), chars: shown });
  }

  // Step 2: plan and subset.
  const sources: (SourceFont & FontSource & { data: Buffer })[] = [];
  for (const source of FONT_SOURCES) {
    const data = readFileSync(join(fontsDir, source.file));
    sources.push({ ...source, data, cmap: sourceCmap(source, await cmapOf(data)) });
  }
  const buckets = planBuckets([...records, ...extra], sources);
  const faces: FontFaceRule[] = [];
  /** The @font-face rule of each of `faces`, same order. */
  const rules: string[] = [];
  const files: FontSubsetResult['files'] = [];
  for (const bucket of buckets) {
    const source = bucket.source as (typeof sources)[number];
    const font = await subsetFont(source.data, String.fromCodePoint(...bucket.points), {
      targetFormat: 'woff2',
      keepFeatures: source.features,
    });
    const url = `/_astro/${source.slug}-${bucket.group}.${hashOf(font)}.woff2`;
    writeFileSync(join(dist, url), font);
    files.push({ url, bytes: font.length });
    rules.push(faceRule(source, url, bucket.points));
    faces.push({ family: source.family, weight: 400, url, display: source.display, ranges: bucket.points.map((p) => [p, p] as const) });
  }
  // One stylesheet per font stack, with only the faces of its families: a German page need not
  // download the long unicode-ranges of the Arabic and Ethiopic faces (0.6 kB gzip).
  const stylesheets = new Map<string, { url: string; css: string }>();
  const stylesheetFor = (families: readonly string[]) => {
    const key = families.join(',');
    let sheet = stylesheets.get(key);
    if (!sheet) {
      const own = rules.filter((_, i) => families.includes(faces[i]!.family));
      const css = `/* Subsets of Noto Sans (SIL OFL, /fonts/OFL.txt) by src/integrations/fontSubset.ts */\n${own.join('\n')}\n`;
      sheet = { url: `/_astro/fonts.${hashOf(css)}.css`, css };
      writeFileSync(join(dist, sheet.url), css);
      stylesheets.set(key, sheet);
    }
    return sheet.url;
  };

  // Step 3: each page links the stylesheet and preloads its own files, spliced in at the bytes
  // step 1 found (no second decoding and search of the page).
  const linksOf = new Map<string, Buffer>();
  // pageFontFiles per character, once per font stack: a page's files are the union over its
  // characters (in the order of the faces), and most offer pages have a character set of their own.
  const filesOfPoint = new Map<string, Map<number, readonly string[]>>();
  const filesFor = (families: readonly string[], points: readonly number[]) => {
    const stack = families.join(',');
    let memo = filesOfPoint.get(stack);
    if (!memo) filesOfPoint.set(stack, (memo = new Map()));
    const filesOf = (point: number) => {
      let files = memo.get(point);
      if (!files) memo.set(point, (files = pageFontFiles({ regular: point < 0 ? asciiPoints : [point], bold: [] }, faces, families)));
      return files;
    };
    const used = new Set(filesOf(-1)); // -1: printable ASCII, on every page
    for (const point of points) for (const file of filesOf(point)) used.add(file);
    return faces.map((f) => f.url).filter((url) => used.has(url));
  };
  for (const record of records) {
    if (!record.link) continue;
    // Pages of one template share their characters' files; the cache keeps this pass linear.
    let links = linksOf.get(record.key);
    if (links === undefined) {
      const used = filesFor(record.families, firstPaintOf.get(record.key)!);
      links = Buffer.from(
        [
          ...fontPreloads(used, faces).map((href) => `<link rel="preload" href="${href}" as="font" type="font/woff2" crossorigin>`),
          `<link rel="stylesheet" href="${stylesheetFor(record.families)}">`,
        ].join(''),
      );
      linksOf.set(record.key, links);
    }
    spliceFile(join(dist, record.path), record.link, links);
  }
  // The development stylesheet names the full files; the built pages never do.
  rmSync(join(dist, FONT_FACES_PLACEHOLDER), { force: true });
  const sheets = [...stylesheets.values()];
  return { faces, files: [...files, ...sheets.map((s) => ({ url: s.url, bytes: s.css.length }))] };
}

const asciiPoints = Array.from({ length: 0x7e - 0x21 + 1 }, (_, i) => 0x21 + i);

export function fontSubset(): AstroIntegration {
  return {
    name: 'integrationskompass:font-subset',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const { files } = await subsetFonts(fileURLToPath(dir));
        const total = files.reduce((sum, f) => sum + f.bytes, 0);
        logger.info(
          `${files.length - 1} font subsets, ${(total / 1024).toFixed(1)} KiB in all, ${Math.round(performance.now() - started)} ms`,
        );
      },
    },
  };
}
