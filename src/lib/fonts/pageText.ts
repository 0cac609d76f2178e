/**
 * The characters a built page can show, split by the weight they are drawn in: the input of the
 * font subsetter (src/integrations/fontSubset.ts) and of the coverage test over dist/.
 *
 * A small tokenizer instead of a DOM: it runs over every page of the site (60,000 at 5,000 offers)
 * in one pass, and Astro's output is well-formed. It over-collects rather than misses: text in
 * hidden elements, <template> and <noscript> counts, and so do the attributes a browser or a
 * screen magnifier shows (title tooltips, placeholders, button values, alt text of a broken image,
 * aria-label, which our scripts also copy into visible text).
 */

/** Attributes whose text can be drawn on the screen. */
const SHOWN_ATTRIBUTES = new Set(['aria-label', 'title', 'alt', 'value', 'placeholder', 'label', 'data-label']);
/** Elements drawn bold without a class: h1–h3 by global.css, the others by the browser's style sheet. */
const BOLD_ELEMENTS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'strong', 'b', 'th']);
/** Elements whose content is not text on the page (JSON-LD, styles) or not drawn at all (the head). */
const RAW_TEXT = new Set(['script', 'style']);
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

/** How an element sets its text's weight: unconditionally bold, bold in some state (hover, aria-current …), or regular. */
type Weight = 'bold' | 'both' | 'regular';
/** `font-bold` (and heavier) as a class; with a variant prefix (`aria-[current]:font-bold`) only in some states. */
const BOLD_CLASS = /(^|\s)font-(bold|semibold|extrabold|black)(\s|$)/;
const VARIANT_BOLD_CLASS = /:font-(bold|semibold|extrabold|black)(\s|$)/;
const REGULAR_CLASS = /(^|\s)font-(normal|light|medium)(\s|$)/;

export interface PageText {
  /** The page's `<html data-script>` (ISO 15924, e.g. "Latn", "Arab", "Ethi"), or "" if it has none. */
  script: string;
  /** Every code point beyond ASCII drawn in regular weight. */
  regular: Set<number>;
  /** Every code point beyond ASCII drawn in bold. */
  bold: Set<number>;
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', shy: '\u00ad' };

/** Decodes the character references Astro and Markdown write (numeric and the common named ones). */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const point = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return point > 0 && point <= 0x10ffff ? String.fromCodePoint(point) : whole;
    }
    return NAMED[ref.toLowerCase()] ?? whole;
  });
}

/** Adds the code points of `text` beyond ASCII to `into` (no controls; U+00A0 is a space in every font). */
export function addText(text: string, into: Set<number>): void {
  for (const char of text) {
    const point = char.codePointAt(0)!;
    if (point > 0x7e && point !== 0x7f && point !== 0xa0) into.add(point);
  }
}

/**
 * A comment, a tag (its name and attribute source) or a run of text. A `>` inside a quoted
 * attribute value ends the tag early; the rest then counts as text, which only over-collects.
 */
const TOKEN = /<!--[\s\S]*?-->|<(\/?)([a-zA-Z][a-zA-Z0-9-]*)([^>]*)>|[^<]+|</;
const ATTRIBUTE = /([^\s=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g;

/** The attributes of a start tag's source text ("class=\"x\" title='y'"), values decoded. */
function attributesOf(source: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const [, name = '', double, single, bare] of source.matchAll(ATTRIBUTE)) {
    attributes.set(name.toLowerCase(), decodeEntities(double ?? single ?? bare ?? ''));
  }
  return attributes;
}

/** Printable ASCII, U+0021–U+007E: on nearly every page, so always part of a script's core file (src/lib/fonts/plan.ts). */
export const ASCII_FIRST = 0x21;
export const ASCII_LAST = 0x7e;
const NON_ASCII = /[^\x00-\x7f]/;

/**
 * Reads one page: which script it is set in, and the characters beyond ASCII it can show, by weight.
 * Printable ASCII is not collected (see ASCII_FIRST): skipping the many pure-ASCII tokens without
 * looking at their characters is what makes the pass fast enough for 60,000 pages.
 */
export function pageText(html: string): PageText {
  const regular = new Set<number>();
  const bold = new Set<number>();
  let script = '';
  let inHead = false;
  /** Open elements and the weight each gives its text. */
  const stack: { tag: string; weight: Weight }[] = [];
  const add = (text: string) => {
    if (!NON_ASCII.test(text) && !text.includes('&')) return;
    const decoded = decodeEntities(text);
    const weight = stack.at(-1)?.weight ?? 'regular';
    if (weight !== 'bold') addText(decoded, regular);
    if (weight !== 'regular') addText(decoded, bold);
  };
  const pattern = new RegExp(TOKEN.source, 'gyi');
  let match: RegExpExecArray | null;
  while (pattern.lastIndex < html.length && (match = pattern.exec(html))) {
    const [token, closing, rawTag, attributeSource = ''] = match;
    if (!rawTag) {
      if (!inHead && token.charCodeAt(0) !== 60) add(token);
      continue;
    }
    const tag = rawTag.toLowerCase();
    if (closing === '/') {
      if (tag === 'head') inHead = false;
      const at = stack.findLastIndex((e) => e.tag === tag);
      if (at >= 0) stack.length = at;
      continue;
    }
    if (RAW_TEXT.has(tag)) {
      // Skip to the end tag: JSON-LD and styles are not drawn.
      const end = new RegExp(`</${tag}`, 'gi');
      end.lastIndex = pattern.lastIndex;
      pattern.lastIndex = end.exec(html)?.index ?? html.length;
      continue;
    }
    // Attributes are parsed only where they can matter: the page's script, a weight class, shown text.
    const attributes =
      tag === 'html' || attributeSource.includes('font-') || NON_ASCII.test(attributeSource) ? attributesOf(attributeSource) : undefined;
    if (tag === 'html') script = attributes?.get('data-script') ?? '';
    if (tag === 'head') inHead = true;
    if (inHead) continue;
    const inherited = stack.at(-1)?.weight ?? 'regular';
    const className = attributes?.get('class') ?? '';
    let weight: Weight = inherited;
    if (BOLD_ELEMENTS.has(tag) || BOLD_CLASS.test(className)) weight = 'bold';
    if (REGULAR_CLASS.test(className)) weight = 'regular';
    if (VARIANT_BOLD_CLASS.test(className) && weight === 'regular') weight = 'both';
    stack.push({ tag, weight });
    if (attributes) for (const [name, value] of attributes) if (SHOWN_ATTRIBUTES.has(name)) add(value);
    if (VOID.has(tag) || attributeSource.trimEnd().endsWith('/')) stack.pop();
  }
  return { script, regular, bold };
}

/**
 * What the fast path collects into, one per set (shown, on demand) and one per open <details>:
 * the code points in order of first sight, deduplicated by a bit in `seen`, and whether the
 * text held "&#" and a `&shy;` (the regex version decoded a text's references only if it held
 * "&#"; then `&shy;` counted as U+00AD).
 */
class Collector {
  readonly points: number[] = [];
  readonly astral = new Set<number>();
  hash = false;
  shy = false;
  readonly bit: number;
  constructor(bit: number) {
    this.bit = bit;
  }
  add(point: number) {
    if (point > 0xffff) {
      this.astral.add(point);
    } else if ((seen[point]! & this.bit) === 0) {
      seen[point]! |= this.bit;
      this.points.push(point);
    }
  }
  /** Moves everything into `into` (a closed <details> into the on-demand set, an unclosed one back into the shown one). */
  drainInto(into: Collector, asText: boolean) {
    for (const point of this.points) {
      seen[point]! &= ~this.bit;
      into.add(point);
    }
    for (const point of this.astral) into.add(point);
    if (asText) {
      into.hash ||= this.hash;
      into.shy ||= this.shy;
    } else if (this.hash && this.shy) into.add(0xad);
    this.points.length = 0;
    this.astral.clear();
    this.hash = this.shy = false;
  }
  /** The set, and clears the `seen` bits for the next page. */
  finish(): Set<number> {
    if (this.hash && this.shy) this.add(0xad);
    for (const point of this.points) seen[point]! &= ~this.bit;
    return new Set([...this.points, ...this.astral]);
  }
}
/** Per BMP code point, the collectors that hold it (bit 1 shown, 2 on demand, 4 the open <details>); all zero between pages. */
const seen = new Uint8Array(0x10000);

const SCRIPT_START = /<(script|style)\b/iy;
const SCRIPT_END = { script: /<\/script\s*>/gi, style: /<\/style\s*>/gi };
const DETAILS_START = /<details\b/iy;
const DETAILS_END = /<\/details\s*>/iy;
const REFERENCE = /&#(?:x([0-9a-f]+)|([0-9]+));/iy;
const SHY = /&shy;/iy;
/** A run of characters the loop need not look at one by one (ASCII other than < and &). */
const PLAIN = /[^<&\u0080-\uffff]+/y;

/**
 * The build's fast path (one loop over the page's characters instead of a tokenizer: 60,000
 * pages must take seconds): the characters beyond ASCII in the page's body, script and style
 * elements left out, weights not told apart (the site has one font file per script; bold is
 * synthesised). Characters inside <details> (the language picker's autonyms, closed on a first
 * visit) are `onDemand`: they belong in the subsets, but not in the page's preloads.
 * Over-collects (attribute values, markup of hidden elements); tests/built-site/font-coverage
 * checks the exact text of every page with pageText().
 *
 * It gives what three regular expressions did (drop `<script>…</script>` and `<style>…</style>`,
 * then take each `<details>…</details>` out as on demand, then the non-ASCII characters of the
 * rest, references decoded), in one pass and without copying the page: pageText.test.ts holds
 * that version and compares the two. An unclosed script or details counts as text, as there.
 */
export function fastPageChars(html: string): { script: string; shown: Set<number>; onDemand: Set<number> } {
  const script = /<html\b[^>]*\bdata-script="([^"]*)"/.exec(html)?.[1] ?? '';
  const shown = new Collector(1);
  const onDemand = new Collector(2);
  const details = new Collector(4);
  let into = shown;
  const unclosed = { script: false, style: false };
  const length = html.length;
  let at = Math.max(0, html.indexOf('<body'));
  while (at < length) {
    const code = html.charCodeAt(at);
    if (code < 0x80) {
      if (code !== 0x3c && code !== 0x26) {
        PLAIN.lastIndex = at;
        at = PLAIN.test(html) ? PLAIN.lastIndex : at + 1;
        continue;
      }
      if (code === 0x3c /* < */) {
        const next = html.charCodeAt(at + 1);
        if ((next | 0x20) === 0x73 /* s */) {
          SCRIPT_START.lastIndex = at;
          const name = SCRIPT_START.exec(html)?.[1]?.toLowerCase() as 'script' | 'style' | undefined;
          if (name && !unclosed[name]) {
            const end = SCRIPT_END[name];
            end.lastIndex = at + name.length + 1;
            if (end.exec(html)) {
              at = end.lastIndex;
              continue;
            }
            unclosed[name] = true;
          }
        } else if ((next | 0x20) === 0x64 /* d */ && into === shown) {
          DETAILS_START.lastIndex = at;
          if (DETAILS_START.test(html)) into = details;
        } else if (next === 0x2f /* / */ && into === details && (html.charCodeAt(at + 2) | 0x20) === 0x64) {
          DETAILS_END.lastIndex = at;
          if (DETAILS_END.test(html)) {
            details.drainInto(onDemand, false);
            into = shown;
            at = DETAILS_END.lastIndex;
            continue;
          }
        }
      } else if (code === 0x26 /* & */) {
        if (html.charCodeAt(at + 1) === 0x23 /* # */) {
          into.hash = true;
          REFERENCE.lastIndex = at;
          const reference = REFERENCE.exec(html);
          if (reference) {
            const [, hex, decimal] = reference;
            const point = hex ? parseInt(hex, 16) : parseInt(decimal!, 10);
            if (point > 0x7e && point !== 0x7f && point !== 0xa0 && point <= 0x10ffff) into.add(point);
            at = REFERENCE.lastIndex;
            continue;
          }
        } else if ((html.charCodeAt(at + 1) | 0x20) === 0x73) {
          SHY.lastIndex = at;
          if (SHY.test(html)) into.shy = true;
        }
      }
      at++;
      continue;
    }
    if (code >= 0xd800 && code <= 0xdbff) {
      const low = html.charCodeAt(at + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        into.add((code - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000);
        at += 2;
        continue;
      }
    }
    if (code !== 0xa0) into.add(code);
    at++;
  }
  // A <details> without its end tag was text: its characters are shown.
  if (into === details) details.drainInto(shown, true);
  return { script, shown: shown.finish(), onDemand: onDemand.finish() };
}
