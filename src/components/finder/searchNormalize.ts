/**
 * Query variants so that writing variants never make search miss. Pagefind indexes the text as
 * written; people type with other keyboards and habits. We search every variant and merge.
 *
 * - Arabic diacritics (harakat), tatweel and superscript alef are dropped.
 * - Arabic and Persian letter forms are tried both ways: ي/ی/ى and ك/ک.
 * - The Persian zero-width non-joiner (ZWNJ) is tried removed, as a space, and kept.
 * - Turkish dotted/dotless i: the query is lowercased the Turkish way and the usual way, and each
 *   i/ı is tried both ways (people without a Turkish keyboard type "kadinlar" for "kadınlar";
 *   Pagefind lowercases "ILIK" in a text to "ilik"). Checked against a real Pagefind index in
 *   tests/browser/finder.test.mjs.
 */

const ARABIC_MARKS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/g;
const ZWNJ = /\u200C/g;

/** Lowercases the Turkish way and the usual way; returns both when they differ. */
function turkishCases(q: string): string[] {
  const turkish = q.replace(/I/g, 'ı').replace(/İ/g, 'i').toLowerCase();
  const usual = q.replace(/İ/g, 'i').toLowerCase();
  const folded = turkish.replace(/ı/g, 'i');
  return [turkish, usual, folded];
}

/** Every combination of i/ı at the first few i-positions (at most 2^4 spellings). */
function dottedDotless(q: string, maxPositions = 4): string[] {
  const positions = [...q].flatMap((ch, i) => (ch === 'i' || ch === 'ı' ? [i] : [])).slice(0, maxPositions);
  const chars = [...q];
  const out: string[] = [];
  for (let mask = 0; mask < 1 << positions.length; mask++) {
    const copy = [...chars];
    positions.forEach((pos, bit) => (copy[pos] = mask & (1 << bit) ? 'ı' : 'i'));
    out.push(copy.join(''));
  }
  return out;
}

/** Arabic-script letter forms as Persian writes them, and as Arabic writes them. */
const toPersian = (q: string) => q.replace(/[يى]/g, 'ی').replace(/ك/g, 'ک');
const toArabic = (q: string) => q.replace(/ی/g, 'ي').replace(/ک/g, 'ك');

/** The query variants to search for, most likely first, without duplicates and empties. */
export function queryVariants(query: string): string[] {
  const base = query.normalize('NFC').replace(ARABIC_MARKS, '').replace(/\s+/g, ' ').trim();
  if (!base) return [];
  const variants = new Set<string>();
  const latin = /[a-zı]/i.test(base);
  const cases = turkishCases(base);
  for (const cased of latin ? [...cases, ...cases.flatMap((c) => dottedDotless(c))] : cases) {
    for (const letters of [cased, toPersian(cased), toArabic(cased)]) {
      variants.add(letters);
      if (letters.includes('\u200C')) {
        variants.add(letters.replace(ZWNJ, ''));
        variants.add(letters.replace(ZWNJ, ' '));
      }
    }
  }
  return [...variants].filter(Boolean);
}
