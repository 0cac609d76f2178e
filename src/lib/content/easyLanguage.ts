/**
 * The rules of Leichte Sprache that a program can check on a page's Markdown body (Netzwerk
 * Leichte Sprache, "Die Regeln für Leichte Sprache"; BMAS, "Leichte Sprache – Ein Ratgeber"):
 * one statement per line, short sentences, no passive, long compound words split by a hyphen
 * ("Integrations-Kurs"). Whether a term is explained, or a sentence is plain, needs a reader: the
 * program only finds what breaks the rules for certain. Pure; the content rules report the findings
 * as warnings (./rules.ts) so an editor sees file, line and fix.
 */

/** A page in Leichte Sprache: German only, never translated (`translate: false`). The one test for it. */
export const isEasyLanguagePage = (data: { translate?: unknown } | null | undefined) => data?.translate === false;

export type EasyLanguageRule = 'oneStatementPerLine' | 'sentenceLength' | 'passive' | 'longWord';

export interface EasyLanguageFinding {
  rule: EasyLanguageRule;
  /** 1-based line in the body. */
  line: number;
  /** The sentence, or the word, that breaks the rule. */
  text: string;
}

/** Most words a sentence may have ("Benutzen Sie kurze Sätze"); 15 leaves room for a place name. */
export const MAX_SENTENCE_WORDS = 15;
/** A word of more letters than this without a hyphen is a compound to split ("Deutsch-Kurs"). */
export const MAX_WORD_LETTERS = 13;
/**
 * Long words that stay whole: names and the words the finder's filters show, which a reader must
 * recognise on the next page (each is explained where it is used).
 */
export const WHOLE_WORDS: ReadonlySet<string> = new Set(['Alphabetisierung']);

/** Forms of "werden", the auxiliary of the passive (Leichte Sprache avoids the future with it too). */
const PASSIVE = /(^|[^\p{L}])(wird|werden|wurde|wurden|worden)($|[^\p{L}])/iu;
/**
 * A sentence ends at . ! ? followed by a space; after a number only before a capital that is not a
 * month ("seit 2014. Heute …" ends, "1. September" does not).
 */
const SENTENCE_END =
  /(?<!\d)[.!?](?=\s+\S)|(?<=\d)\.(?=\s+(?!(?:Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)\b)\p{Lu})/gu;
/** Link targets and web addresses are not text. */
const withoutAddresses = (line: string) => line.replace(/\]\([^)]*\)/g, ']').replace(/https?:\/\/\S+/g, '');
const words = (text: string) => text.match(/[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu) ?? [];

/** Abbreviations whose dot ends no sentence ("z. B. Gießen"): protected before splitting. */
const ABBREVIATIONS = /\b(z\. ?B|d\. ?h|u\. ?a|z\. ?T|bzw|ca|Nr|Dr|Str|usw|vgl)\./g;
const sentencesOf = (text: string) =>
  text
    .replace(ABBREVIATIONS, (a) => a.replace(/\./g, '\u2024'))
    .split(SENTENCE_END)
    .map((s) => s.replace(/\u2024/g, '.').trim())
    .filter(Boolean);

/** A line as the reader sees it: headings, list markers and emphasis are layout, not text. */
const visibleText = (raw: string) =>
  withoutAddresses(raw)
    .replace(/^\s*(#+|[-*]|\d+\.)\s+/, '')
    .replace(/[*_`]/g, '')
    .trim();

/**
 * What breaks the checkable rules of Leichte Sprache in `body`. Each line of the Markdown is a line
 * on the page (Leichte Sprache pages keep their line breaks, src/components/LocalizedArticle.astro):
 * one statement per line is checked per line; sentence length and the passive per sentence, also
 * where a sentence runs over two lines.
 */
export function checkEasyLanguage(body: string): EasyLanguageFinding[] {
  const findings: EasyLanguageFinding[] = [];
  const lines = body.split('\n');
  lines.forEach((raw, i) => {
    const text = visibleText(raw);
    if (!text) return;
    if (sentencesOf(text).length > 1) findings.push({ rule: 'oneStatementPerLine', line: i + 1, text });
    for (const word of words(text)) {
      if (!word.includes('-') && [...word].length > MAX_WORD_LETTERS && !WHOLE_WORDS.has(word) && /^\p{L}+$/u.test(word)) {
        findings.push({ rule: 'longWord', line: i + 1, text: word });
      }
    }
  });
  // Sentences per paragraph (a list item or heading is its own): the line where each one starts.
  let start = -1;
  let paragraph: string[] = [];
  const flush = () => {
    const joined = paragraph.join(' ');
    // Where each line starts in the joined paragraph, to give every sentence its own line.
    const offsets = paragraph.map((_, n) => paragraph.slice(0, n).reduce((sum, l) => sum + l.length + 1, 0));
    let from = 0;
    for (const sentence of sentencesOf(joined)) {
      const at = Math.max(from, joined.indexOf(sentence.slice(0, 12), from));
      from = at + 1;
      const line = start + 1 + offsets.filter((o) => o <= at).length - 1;
      if (words(sentence).length > MAX_SENTENCE_WORDS) findings.push({ rule: 'sentenceLength', line, text: sentence });
      if (PASSIVE.test(sentence)) findings.push({ rule: 'passive', line, text: sentence });
    }
    paragraph = [];
  };
  lines.forEach((raw, i) => {
    const block = raw.trim() === '' || /^\s*(#+|[-*]|\d+\.)\s+/.test(raw);
    if (block) flush();
    if (raw.trim() === '') return;
    if (paragraph.length === 0) start = i;
    paragraph.push(visibleText(raw));
    if (/^\s*#+\s/.test(raw)) flush();
  });
  flush();
  return findings.sort((a, b) => a.line - b.line);
}
