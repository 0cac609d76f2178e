/**
 * How the characters of the built site are split into font files (pure; the files are made by
 * src/integrations/fontSubset.ts). Every character goes to the first source font in the page's
 * font stack whose cmap has it; then, per source font, into a group:
 * - "core": characters that pages of two or more languages show (printable ASCII always);
 * - "<lang>": characters only pages of one language show (ğ ş for Turkish, ښ ړ for Pashto);
 * - "rare": characters that fewer than RARE_SHARE of the pages that could show them do (a letter
 *   in one offer's name), and the characters of language groups too small for a file of their own
 *   (fewer than MIN_GROUP: each file costs about 650 bytes of tables and a request).
 * With an exact unicode-range a page downloads a file only if it shows one of its characters, so
 * the many pages without a rare character save its bytes.
 * The figures behind the groups and RARE_SHARE are in docs/decisions.md ("Font subsets").
 */
import { ASCII_FIRST, ASCII_LAST } from './pageText.ts';

/** A source font file and the characters its cmap maps. */
export interface SourceFont {
  family: string;
  /** Short name for the output files, e.g. "noto-sans-latin". */
  slug: string;
  cmap: ReadonlySet<number>;
}

/** What the planner needs to know of one page (or of a JSON file a page's script renders). */
export interface PageRecord {
  /** The page's language ("" for pages outside the language tree, e.g. the welcome page). */
  lang: string;
  /** The font-family list the page's text is set in. */
  families: readonly string[];
  /** The characters beyond ASCII it shows, any weight. */
  chars: ReadonlySet<number>;
}

export interface Bucket {
  source: SourceFont;
  /** "core", a language code or "rare". */
  group: string;
  points: number[];
}

/** A character shown on fewer than this share of the pages that could show it goes to the rare file. */
export const RARE_SHARE = 0.05;
/** A language group with fewer characters joins the rare file. */
export const MIN_GROUP = 8;
/**
 * A rare file with fewer characters is not worth its own file: its characters go back to their
 * groups. (Measured: 7–11 rare Latin, Cyrillic or Arabic letters made files of 1.3–1.6 kB, mostly
 * tables, that the content pages all loaded; 31 rare Ethiopic syllables 2.6 kB that most offer pages skip.)
 */
export const MIN_RARE = 16;

/** The first source font in `families` order (then in `sources` order) that has `point`. */
export function sourceFor(point: number, families: readonly string[], sources: readonly SourceFont[]): SourceFont | undefined {
  for (const family of families) {
    const hit = sources.find((s) => s.family === family && s.cmap.has(point));
    if (hit) return hit;
  }
  return undefined;
}

const ascii = Array.from({ length: ASCII_LAST - ASCII_FIRST + 1 }, (_, i) => ASCII_FIRST + i);

/** Splits the characters of `pages` into buckets, one font file each; sorted, empty ones left out. */
export function planBuckets(pages: Iterable<PageRecord>, sources: readonly SourceFont[], rareShare = RARE_SHARE): Bucket[] {
  /** Per source: per character, the pages (count) and languages that show it. */
  const use = new Map<SourceFont, Map<number, { count: number; langs: Set<string> }>>();
  /** Per source and language: how many pages have the source's family in their stack. */
  const pagesOf = new Map<SourceFont, Map<string, number>>();
  for (const page of pages) {
    for (const source of sources) {
      if (!page.families.includes(source.family)) continue;
      const perLang = pagesOf.get(source) ?? new Map<string, number>();
      perLang.set(page.lang, (perLang.get(page.lang) ?? 0) + 1);
      pagesOf.set(source, perLang);
    }
    for (const point of [...ascii, ...page.chars]) {
      const source = sourceFor(point, page.families, sources);
      if (!source) continue;
      const chars = use.get(source) ?? new Map();
      use.set(source, chars);
      const entry = chars.get(point) ?? { count: 0, langs: new Set<string>() };
      entry.count++;
      entry.langs.add(page.lang);
      chars.set(point, entry);
    }
  }
  const buckets = new Map<string, Bucket>();
  /** The group a rare character would belong to, if its rare file is too small to keep. */
  const homeOf = new Map<string, string>();
  for (const [source, chars] of use) {
    const perLang = pagesOf.get(source)!;
    for (const [point, { count, langs }] of chars) {
      const named = [...langs].filter(Boolean);
      const always = point >= ASCII_FIRST && point <= ASCII_LAST;
      const group = !always && named.length === 1 && langs.size === 1 ? named[0]! : 'core';
      const couldShow = [...langs].reduce((sum, lang) => sum + (perLang.get(lang) ?? 0), 0);
      const name = !always && count < rareShare * couldShow ? 'rare' : group;
      const key = `${source.slug}\n${name}`;
      const bucket = buckets.get(key) ?? { source, group: name, points: [] };
      bucket.points.push(point);
      buckets.set(key, bucket);
      if (name === 'rare') homeOf.set(`${source.slug}\n${point}`, group);
    }
  }
  /** Where a character of a too small rare file goes: its language group if that has a file, else core. */
  const homeIn = (source: SourceFont, point: number) => {
    const home = homeOf.get(`${source.slug}\n${point}`) ?? 'core';
    return buckets.has(`${source.slug}\n${home}`) ? home : 'core';
  };
  const add = (source: SourceFont, group: string, points: number[]) => {
    const key = `${source.slug}\n${group}`;
    const bucket = buckets.get(key) ?? { source, group, points: [] };
    bucket.points.push(...points);
    buckets.set(key, bucket);
  };
  for (const [key, bucket] of buckets) {
    if (bucket.group === 'core' || bucket.group === 'rare' || bucket.points.length >= MIN_GROUP) continue;
    buckets.delete(key);
    add(bucket.source, 'rare', bucket.points);
  }
  for (const [key, bucket] of buckets) {
    if (bucket.group !== 'rare' || bucket.points.length >= MIN_RARE) continue;
    buckets.delete(key);
    for (const point of bucket.points) add(bucket.source, homeIn(bucket.source, point), [point]);
  }
  const sorted = [...buckets.values()].sort(
    (a, b) => sources.indexOf(a.source) - sources.indexOf(b.source) || a.group.localeCompare(b.group),
  );
  addSpace(sorted);
  return sorted.map((b) => ({ ...b, points: b.points.sort((x, y) => x - y) }));
}

const SPACE = 0x20;

/**
 * Puts the space (U+0020) into one file per family: its first source's core file, or that source's
 * largest file when it has no core (Ethiopic: all its letters are Tigrinya's). The browser takes a
 * page's line metrics and the width of its spaces from the "first available font", the first face
 * in the stack whose unicode-range has the space (CSS Fonts 4, §5.4); without it that would be the
 * system font under Noto's letters (a result title's line box shrank from 24 to 21 px). One file per
 * family only, so that the space never makes a page load a second file of the family (Cyrillic on a
 * German page). Buckets come sorted by source order.
 */
function addSpace(buckets: Bucket[]): void {
  const done = new Set<string>();
  for (const bucket of buckets) {
    const { family } = bucket.source;
    if (done.has(family)) continue;
    done.add(family);
    const own = buckets.filter((b) => b.source === bucket.source);
    const target = own.find((b) => b.group === 'core') ?? own.reduce((a, b) => (b.points.length > a.points.length ? b : a));
    if (target.source.cmap.has(SPACE) && !target.points.includes(SPACE)) target.points.push(SPACE);
  }
}
