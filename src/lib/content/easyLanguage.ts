/**
 * The rules of Leichte Sprache that a program can check on a page's Markdown body (Netzwerk
 * Leichte Sprache, "Die Regeln für Leichte Sprache"; BMAS, "Leichte Sprache – Ein Ratgeber"):
 * one statement per line, short sentences, no passive, long compound words split by a hyphen
 * ("Integrations-Kurs"). Whether a term is explained, or a sentence is plain, needs a reader: the
 * program only finds what breaks the rules for certain. Pure; the content rules report the findings
 * as warnings (./rules.ts) so an editor sees file, line and fix.
 */

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
/** A sentence ends at . ! ? followed by a space, unless the dot follows a number ("1. September"). */
const SENTENCE_END = /(?<!\d)[.!?](?=\s+\S)/gu;
/** Link targets and web addresses are not text. */
const withoutAddresses = (line: string) => line.replace(/\]\([^)]*\)/g, ']').replace(/https?:\/\/\S+/g, '');
const words = (text: string) => text.match(/[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu) ?? [];

/** What breaks the checkable rules of Leichte Sprache in `body`, line by line. */
export function checkEasyLanguage(body: string): EasyLanguageFinding[] {
  const findings: EasyLanguageFinding[] = [];
  body.split('\n').forEach((raw, i) => {
    const line = i + 1;
    // Headings, list markers and emphasis are layout, not text.
    const text = withoutAddresses(raw)
      .replace(/^\s*(#+|[-*]|\d+\.)\s+/, '')
      .replace(/[*_`]/g, '')
      .trim();
    if (!text) return;
    const sentences = text.split(SENTENCE_END).map((s) => s.trim()).filter(Boolean);
    if (sentences.length > 1) findings.push({ rule: 'oneStatementPerLine', line, text });
    for (const sentence of sentences) {
      if (words(sentence).length > MAX_SENTENCE_WORDS) findings.push({ rule: 'sentenceLength', line, text: sentence });
      if (PASSIVE.test(sentence)) findings.push({ rule: 'passive', line, text: sentence });
    }
    for (const word of words(text)) {
      if (!word.includes('-') && [...word].length > MAX_WORD_LETTERS && !WHOLE_WORDS.has(word) && /^\p{L}+$/u.test(word)) {
        findings.push({ rule: 'longWord', line, text: word });
      }
    }
  });
  return findings;
}
