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
 * - German compounds and spellings: words written apart or with a hyphen are also tried joined
 *   ("Deutsch Kurs", "Deutsch-Kurs" → "deutschkurs"); ae, oe, ue and ss are also tried as ä, ö, ü
 *   and ß ("Giessen" → "gießen"), as people type them without a German keyboard.
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

/** "deutsch kurs" / "deutsch-kurs" → "deutschkurs" (at most three words: longer queries are sentences). */
function joined(q: string): string[] {
  const parts = q.split(/[\s-]+/).filter(Boolean);
  return parts.length > 1 && parts.length <= 3 ? [parts.join(''), ...(q.includes('-') ? [parts.join(' ')] : [])] : [];
}

/** "giessen" → "gießen", "muehltal" → "mühltal": the German letters a query spells out. */
function germanLetters(q: string): string[] {
  if (!/ae|oe|ue|ss/.test(q)) return [];
  const umlauts = q
    .replace(/(?<=\p{L})ae/gu, 'ä')
    .replace(/(?<=\p{L})oe/gu, 'ö')
    .replace(/(?<=\p{L})ue/gu, 'ü');
  return [umlauts, q.replace(/ss/g, 'ß'), umlauts.replace(/ss/g, 'ß')];
}

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
  // German spellings on the usual lower case only, so the variants stay few.
  const usual = cases[1]!;
  if (latin) for (const v of [...joined(usual), ...germanLetters(usual), ...joined(usual).flatMap(germanLetters)]) variants.add(v);
  return [...variants].filter(Boolean);
}
