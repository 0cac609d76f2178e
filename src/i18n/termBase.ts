/**
 * The term base (./terms.json) as code: which key terms a German text uses, whether a translation
 * uses the chosen term for each of them, and which search aliases a page should carry. One module
 * for the UI test, the content test, `npm run terms` and the search index, so the rule of what
 * "uses the term" means lives here only. Pure: the callers read the files.
 */

export interface TermTranslation {
  /** The chosen translation, as a reader sees it. */
  term: string;
  /** Lower-case substrings that count as using the term (stems, inflections, with and without article). */
  forms: string[];
  /** Other words a reader may type for the same thing (other spellings, common synonyms); go into the search index. */
  aliases?: string[];
  note?: string;
}

export interface Term {
  id: string;
  /** German forms that count as the term (case-sensitive, whole words). */
  de: string[];
  /** Other German words a reader may type (e.g. "Sprachcafe" without accent); go into the search index. */
  deAliases?: string[];
  note?: string;
  translations: Record<string, TermTranslation>;
}

export interface TermBase {
  terms: Term[];
  /**
   * Names that stay German in every language (projects, programmes, sources); a German term inside
   * them is not the term. Region and office names come from the content files (the caller adds them).
   */
  properNames?: string[];
  /** German phrases in which a term's form means something else ("Stand der Vereinbarkeit" is not the date label). */
  otherMeanings?: string[];
}

/** A place in a translation that does not use the chosen term although its German source uses the German one. */
export interface TermMiss {
  termId: string;
  /** The German form found in the source. */
  german: string;
  /** The chosen translation. */
  expected: string;
  /** 1-based line in the translated file where the block that should use it starts. */
  line: number;
  /** The start of that block, to find it. */
  excerpt: string;
}

/**
 * Lower case by the language's own rules: plain toLowerCase() turns Turkish "İ" into "i" + U+0307,
 * so "İrtibat noktaları" would not contain the lower-case form "irtibat nokta". Persian and Arabic
 * texts may join or break words with a zero-width non-joiner; it is kept (the forms list both).
 */
export const lowerFor = (text: string, code: string) => text.normalize('NFC').toLocaleLowerCase(code);

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A German form as a whole word: "Kurs" is not found in "Kursen" (compounds are listed as forms). */
const wordPatterns = new Map<string, RegExp>();
const germanWord = (form: string) => {
  let pattern = wordPatterns.get(form);
  if (!pattern) wordPatterns.set(form, (pattern = new RegExp(`(^|[^\\p{L}])${escapeRegExp(form)}($|[^\\p{L}])`, 'u')));
  return pattern;
};

/** `text` without the names that stay German, longest first ("Landkreis Kassel" before "Kassel"). */
function withoutNames(text: string, names: readonly string[]): string {
  return [...names].sort((a, b) => b.length - a.length).reduce((t, name) => t.split(name).join(' '), text);
}

/** The German form of `term` that `german` uses, if any. */
export function germanFormIn(german: string, term: Term): string | undefined {
  return term.de.find((form) => germanWord(form).test(german));
}

/** Whether `text` (in language `code`) uses the chosen translation of `term`. */
export function usesTerm(text: string, code: string, term: Term): boolean {
  const value = lowerFor(text, code);
  return (term.translations[code]?.forms ?? []).some((f) => value.includes(lowerFor(f, code)));
}

/**
 * The terms a German text uses, with the translation that misses them: for UI strings and any
 * other pair of one German and one translated text.
 */
export function missedTerms(
  german: string,
  translated: string,
  code: string,
  base: TermBase,
  names: readonly string[] = [],
): { term: Term; german: string }[] {
  const misses: { term: Term; german: string }[] = [];
  const text = withoutNames(german, [...(base.properNames ?? []), ...(base.otherMeanings ?? []), ...names]);
  for (const term of base.terms) {
    const form = germanFormIn(text, term);
    if (form && !usesTerm(translated, code, term)) misses.push({ term, german: form });
  }
  return misses;
}

export interface TextBlock {
  /** 1-based line in the file. */
  line: number;
  text: string;
}

/** The YAML header fields a translator translates (the others are copied or set by tools). */
const TRANSLATED_FIELDS = ['title', 'description'] as const;
/** Markdown link targets and bare web addresses are not text: "…/deutschkurs/" in a URL is not the term. */
const withoutAddresses = (text: string) => text.replace(/\]\([^)]*\)/g, ']').replace(/https?:\/\/\S+/g, '');

/**
 * A content file (YAML header + Markdown) as the blocks a translator translates one by one: the
 * translated header fields, then each paragraph, heading or list of the body. A translation keeps
 * the order and number of blocks, so block N of the translation renders block N of the German.
 */
export function textBlocks(file: string): TextBlock[] {
  const lines = file.split(/\r?\n/);
  const blocks: TextBlock[] = [];
  let i = 0;
  if (lines[0] === '---') {
    for (i = 1; i < lines.length && lines[i] !== '---'; i++) {
      const field = TRANSLATED_FIELDS.find((f) => lines[i]!.startsWith(`${f}:`));
      if (field) blocks.push({ line: i + 1, text: lines[i]!.slice(field.length + 1).trim() });
    }
    i++;
  }
  let current: TextBlock | undefined;
  for (; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.trim() === '') {
      current = undefined;
    } else if (current) {
      current.text += `\n${line}`;
    } else {
      current = { line: i + 1, text: line };
      blocks.push(current);
    }
  }
  return blocks.map((b) => ({ ...b, text: withoutAddresses(b.text) }));
}

/**
 * The places where a translated content file does not use a term that its German source uses,
 * block by block. Where the two files do not have the same number of blocks (a translator joined
 * or split paragraphs), the whole text is compared and a miss points to the file's first text (its title).
 * `names`: names that stay German (regions, offices), besides the term base's own.
 */
export function termMisses(
  germanFile: string,
  translatedFile: string,
  code: string,
  base: TermBase,
  names: readonly string[] = [],
): TermMiss[] {
  const german = textBlocks(germanFile);
  const translated = textBlocks(translatedFile);
  const pairs: [TextBlock, TextBlock][] =
    german.length === translated.length
      ? german.map((g, n) => [g, translated[n]!])
      : [
          [
            { line: 1, text: german.map((b) => b.text).join('\n') },
            { line: translated[0]?.line ?? 1, text: translated.map((b) => b.text).join('\n') },
          ],
        ];
  return pairs.flatMap(([g, t]) =>
    missedTerms(g.text, t.text, code, base, names).map((m) => ({
      termId: m.term.id,
      german: m.german,
      expected: m.term.translations[code]?.term ?? '?',
      line: t.line,
      excerpt: t.text.replace(/\s+/g, ' ').slice(0, 60),
    })),
  );
}

interface AliasRule {
  /** Whether a page's text uses the term: its text lowered by lowerFor (other languages), or as it is (German). */
  used: (value: string, text: string) => boolean;
  /** The aliases, each with its lower-case form (what the text must not contain already). */
  aliases: { alias: string; lower: string }[];
}

/**
 * The term base prepared for one language's pages, once per base and language: every page of a
 * build asks the same sixty terms, so their forms are lowered and their German forms joined into
 * one whole-word pattern per term here, not for every page.
 */
const aliasRules = new WeakMap<TermBase, Map<string, AliasRule[]>>();
function aliasRulesFor(base: TermBase, code: string, germanCode: string): AliasRule[] {
  let byCode = aliasRules.get(base);
  if (!byCode) aliasRules.set(base, (byCode = new Map()));
  const key = `${code}\u0000${germanCode}`;
  let rules = byCode.get(key);
  if (rules) return rules;
  rules = base.terms.flatMap((term): AliasRule[] => {
    const german = code === germanCode;
    const candidates = german ? (term.deAliases ?? []) : (term.translations[code]?.aliases ?? []);
    // A term without aliases adds nothing, whether the page uses it or not.
    if (candidates.length === 0) return [];
    const aliases = candidates.map((alias) => ({ alias, lower: lowerFor(alias, code) }));
    if (german) {
      // germanFormIn(text, term) !== undefined: some form as a whole word, as one alternation.
      const pattern =
        term.de.length === 0 ? undefined : new RegExp(`(^|[^\\p{L}])(?:${term.de.map(escapeRegExp).join('|')})($|[^\\p{L}])`, 'u');
      return [{ used: (_value, text) => pattern?.test(text) ?? false, aliases }];
    }
    // usesTerm(text, code, term), with the page's text lowered once instead of once per term.
    const forms = (term.translations[code]?.forms ?? []).map((f) => lowerFor(f, code));
    return [{ used: (value) => forms.some((f) => value.includes(f)), aliases }];
  });
  byCode.set(key, rules);
  return rules;
}

/**
 * The search aliases for a page in language `code`: for every term the page's text uses (the
 * chosen translation, or for German one of the German forms), the other words a reader may type
 * for it that the text does not contain already. They go into the page's search index only.
 */
export function searchAliases(markdown: string, code: string, base: TermBase, germanCode = 'de'): string[] {
  const text = withoutAddresses(markdown);
  const value = lowerFor(text, code);
  const aliases = new Set<string>();
  for (const rule of aliasRulesFor(base, code, germanCode)) {
    if (!rule.used(value, text)) continue;
    for (const { alias, lower } of rule.aliases) if (!value.includes(lower)) aliases.add(alias);
  }
  return [...aliases];
}
