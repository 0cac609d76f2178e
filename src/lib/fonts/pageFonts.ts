/**
 * Which font files a page can load, from the characters it shows and the @font-face rules:
 * the browser's font matching, reduced to what decides a download (CSS Fonts 4, §5).
 * For each character and weight the browser walks the page's font stack; in a family it takes the
 * faces of the nearest weight, and downloads a face whose unicode-range contains the character.
 * If none of them does, it goes on to the next family; generic families (system-ui …) load nothing.
 *
 * Used by the font subsetter (src/integrations/fontSubset.ts: which files to preload), the
 * coverage test over dist/ and the first-visit budget (scripts/bench/budgets.ts).
 */

/** One @font-face rule, as far as loading is concerned. */
export interface FontFaceRule {
  family: string;
  /** font-weight (a single value). */
  weight: number;
  /** The file's URL. */
  url: string;
  /** unicode-range as inclusive [from, to] pairs. */
  ranges: readonly (readonly [number, number])[];
  /** font-display. */
  display?: string;
}

/** The characters of a page by weight; pass all of them as `regular` and `bold` if bold text cannot be told apart (an upper bound). */
export interface PageCharacters {
  regular: Iterable<number>;
  bold: Iterable<number>;
}

/** Parses a unicode-range value ("U+0041-005A, U+00E4, U+4??") into [from, to] pairs. */
export function parseUnicodeRange(value: string): [number, number][] {
  return value
    .split(',')
    .map((part) => part.trim().replace(/^u\+/i, ''))
    .filter(Boolean)
    .map((part) => {
      if (part.includes('?')) return [parseInt(part.replace(/\?/g, '0'), 16), parseInt(part.replace(/\?/g, 'F'), 16)];
      const [from = '', to] = part.split('-');
      return [parseInt(from, 16), parseInt(to ?? from, 16)];
    });
}

/** Writes sorted code points as a compact unicode-range value (runs become ranges). */
export function formatUnicodeRange(points: Iterable<number>): string {
  const sorted = [...new Set(points)].sort((a, b) => a - b);
  const parts: string[] = [];
  const hex = (p: number) => p.toString(16).toUpperCase().padStart(4, '0');
  for (let i = 0; i < sorted.length; i++) {
    const from = sorted[i]!;
    let to = from;
    while (sorted[i + 1] === to + 1) to = sorted[++i]!;
    parts.push(to === from ? `U+${hex(from)}` : `U+${hex(from)}-${hex(to)}`);
  }
  return parts.join(', ');
}

/**
 * The font-family names of a font-family value, in order, quotes removed. Generic families
 * (system-ui, sans-serif …) stay in the list; no @font-face rule names them, so they load nothing.
 */
export function parseFontFamilies(value: string): string[] {
  return value
    .split(',')
    .map((name) => name.trim().replace(/^['"]|['"]$/g, ''))
    .filter(Boolean);
}

/** The weight the browser picks among `available` for `wanted` (CSS Fonts 4 font-weight matching). */
export function matchWeight(wanted: number, available: number[]): number | undefined {
  const sorted = [...new Set(available)].sort((a, b) => a - b);
  if (sorted.includes(wanted)) return wanted;
  const below = sorted.filter((w) => w < wanted).reverse();
  const above = sorted.filter((w) => w > wanted);
  if (wanted >= 400 && wanted <= 500) {
    const upTo500 = above.filter((w) => w <= 500);
    return [...upTo500, ...below, ...above.filter((w) => w > 500)][0];
  }
  return (wanted < 400 ? [...below, ...above] : [...above, ...below])[0];
}

const inRanges = (point: number, ranges: FontFaceRule['ranges']) => ranges.some(([from, to]) => point >= from && point <= to);

/**
 * The face that draws `point` at `weight` with the font stack `families`, or undefined when the
 * character falls through to a generic (system) family.
 */
export function faceFor(
  point: number,
  weight: number,
  faces: readonly FontFaceRule[],
  families: readonly string[],
): FontFaceRule | undefined {
  for (const family of families) {
    const own = faces.filter((f) => f.family === family);
    if (own.length === 0) continue;
    const chosen = matchWeight(
      weight,
      own.map((f) => f.weight),
    );
    const hit = own.find((f) => f.weight === chosen && inRanges(point, f.ranges));
    if (hit) return hit;
  }
  return undefined;
}

/**
 * The URLs of the font files a page can load: every face that draws one of its characters
 * (regular text at 400, bold text at 700), in the order of the faces. This is an upper bound
 * of what a browser downloads: text that is hidden (a closed menu) loads nothing until shown.
 */
export function pageFontFiles(characters: PageCharacters, faces: readonly FontFaceRule[], families: readonly string[]): string[] {
  const used = new Set<FontFaceRule>();
  const cache = new Map<string, FontFaceRule | undefined>();
  for (const [weight, points] of [
    [400, characters.regular],
    [700, characters.bold],
  ] as const) {
    for (const point of points) {
      const key = `${weight}:${point}`;
      if (!cache.has(key)) cache.set(key, faceFor(point, weight, faces, families));
      const face = cache.get(key);
      if (face) used.add(face);
    }
  }
  return faces.filter((f) => used.has(f)).map((f) => f.url);
}

/**
 * The @font-face rules of a stylesheet (the subsetter writes one rule per subset file, with one
 * weight, one `url()` and a unicode-range); rules without a url() or unicode-range are left out.
 */
export function parseFontFaces(css: string): FontFaceRule[] {
  const faces: FontFaceRule[] = [];
  for (const [, body = ''] of css.matchAll(/@font-face\s*\{([^}]*)\}/g)) {
    const prop = (key: string) => body.match(new RegExp(`(?:^|[;\\s])${key}\\s*:([^;]+)`))?.[1]?.trim() ?? '';
    const url = prop('src').match(/url\(\s*['"]?([^'")]+)['"]?\s*\)/)?.[1] ?? '';
    const range = prop('unicode-range');
    if (!url || !range) continue;
    const display = prop('font-display');
    faces.push({
      family: parseFontFamilies(prop('font-family'))[0] ?? '',
      weight: Number(prop('font-weight') || 400),
      ...(display ? { display } : {}),
      url,
      ranges: parseUnicodeRange(range),
    });
  }
  return faces;
}

/** The font stacks of the built CSS: the default and one per <html data-script>, from the --font-sans custom property. */
export function fontStacksOf(css: string): { fallback: string[]; byScript: Map<string, string[]> } {
  const byScript = new Map<string, string[]>();
  let fallback: string[] = [];
  for (const [, selector = '', value = ''] of css.matchAll(/([^{}]*)\{[^{}]*?--font-sans:([^;}]+)/g)) {
    const script = selector.match(/data-script=["']?([A-Za-z]+)/)?.[1];
    if (script) byScript.set(script, parseFontFamilies(value));
    else if (/:root/.test(selector)) fallback = parseFontFamilies(value);
  }
  return { fallback, byScript };
}
