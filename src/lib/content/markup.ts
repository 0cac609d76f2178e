/**
 * What an editor's Markdown text may contain, checked on the parsed tree (never on text patterns).
 *
 * The body is parsed by Sätteri, the Markdown processor the Astro build itself uses (same features:
 * GFM and smart punctuation), so the check sees exactly the tree that is published. Raw HTML in the
 * text arrives as `raw` nodes; each is parsed by parse5, the WHATWG HTML parser (as a browser would).
 * A piece cut off inside a tag (a missing ">" or closing quote would swallow what follows, in the
 * browser) is refused too. What the pieces add up to on a page is proven inert afterwards by the
 * scan of the built site (src/integrations/distScan.ts).
 *
 * Allowlist, not blocklist: the elements and attributes Markdown produces, plus a few elements an
 * editor may write as HTML (RAW_HTML). URLs: https:, mailto:, tel: and addresses of this site only,
 * after entity decoding and the browser's own clean-up (tabs and newlines removed, leading spaces
 * and control characters dropped). Everything else is reported, with its line, in the editors' words.
 */
import { Tokenizer } from 'parse5';
import { markdownToHast, type HastNode } from 'satteri';
import { browserUrl, schemeOf } from '../site/urlScheme.ts';
import type { Messages } from './messages.ts';

/** The features the Astro build renders Markdown with (Sätteri's defaults in Astro 7). */
export const MARKDOWN_FEATURES = { gfm: true, smartPunctuation: true } as const;

/** A text longer than this is refused: it is published in every language (German fallbacks). */
export const MAX_BODY_CHARS = 50_000;

/** Elements Markdown produces, with the attributes it sets on them. */
const MARKDOWN_ELEMENTS: Readonly<Record<string, readonly string[]>> = {
  a: ['href', 'title'],
  blockquote: [],
  br: [],
  code: ['class'],
  del: [],
  em: [],
  h1: [],
  h2: [],
  h3: [],
  h4: [],
  h5: [],
  h6: [],
  hr: [],
  img: ['src', 'alt', 'title'],
  li: [],
  ol: ['start'],
  p: [],
  pre: [],
  strong: [],
  table: [],
  tbody: [],
  td: ['style'],
  th: ['style'],
  thead: [],
  tr: [],
  ul: [],
};

/**
 * HTML an editor may write in a text: what Markdown has no syntax for. Abbreviations with their
 * expansion, line breaks (postal addresses), a word in another language or direction, and
 * super/subscript. Everything else has a Markdown form or does not belong in content.
 */
export const RAW_HTML: Readonly<Record<string, readonly string[]>> = {
  abbr: ['title'],
  bdi: ['dir', 'lang'],
  br: [],
  span: ['dir', 'lang'],
  sub: [],
  sup: [],
};

/** Attributes whose value a browser loads or follows as an address. */
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'poster', 'data', 'background', 'cite', 'ping', 'srcset']);

/** Values of attributes Markdown sets that are fixed by the processor (not by the editor). */
const FIXED_VALUES: Readonly<Record<string, RegExp>> = {
  class: /^language-[\w+#-]+$/,
  style: /^text-align: (left|right|center)$/,
  dir: /^(ltr|rtl|auto)$/,
};

export type UrlVerdict = 'ok' | 'insecure' | 'script' | 'scheme' | 'offsite-image' | 'image-path';

/** An image of this site: an address from / with an image extension, nothing a bundler would import. */
const SITE_IMAGE = /^\/(?![/\\])[\w/-]+(?:\.[\w-]+)*\.(?:png|jpe?g|gif|webp|avif|svg)$/i;

/** Whether an address in a text may be published. `image`: it is loaded, not just followed. */
export function urlVerdict(raw: string, image = false): UrlVerdict {
  const url = browserUrl(raw);
  const scheme = schemeOf(url) ?? undefined;
  if (scheme === 'javascript' || scheme === 'vbscript') return 'script';
  // "//host/x" and "/\host/x" leave the site; a browser treats "\" like "/".
  const offSite = /^[/\\]{2}/.test(url);
  if (image) {
    if (scheme === 'http' || scheme === 'https' || offSite) return 'offsite-image';
    // Relative image paths are imported by Astro's image pipeline (any file of the project, e.g.
    // "../../package.json?raw"); data: and other schemes are no files of this site.
    return SITE_IMAGE.test(url) && !url.includes('..') ? 'ok' : 'image-path';
  }
  if (scheme === undefined) return offSite ? 'scheme' : 'ok';
  if (scheme === 'http') return 'insecure';
  return scheme === 'https' || scheme === 'mailto' || scheme === 'tel' ? 'ok' : 'scheme';
}

/** One problem in a text; `line` counts from the first line of the body (1-based). */
export interface MarkupProblem {
  line: number | undefined;
  message: string;
}

type Attributes = Readonly<Record<string, string>>;

/** hast properties (Sätteri, camel-cased) back to HTML attribute names and string values. */
function hastAttributes(properties: Record<string, unknown> | undefined): Attributes {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(properties ?? {})) {
    if (value === null || value === undefined || value === false) continue;
    const name = key === 'className' ? 'class' : key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
    out[name] = Array.isArray(value) ? value.join(' ') : String(value);
  }
  return out;
}

/**
 * The problems of one element. `allowed` is the allowlist for where it came from: Markdown
 * elements may carry what Markdown sets; raw HTML only what RAW_HTML lists.
 */
function elementProblems(
  tag: string,
  attributes: Attributes,
  allowed: Readonly<Record<string, readonly string[]>>,
  m: Messages,
  checkValues = true,
): string[] {
  if (tag === 'script') return [m.script];
  const attributesAllowed = allowed[tag];
  const problems: string[] = [];
  if (!attributesAllowed) problems.push(m.htmlElement(tag, Object.keys(RAW_HTML).map((t) => `<${t}>`).join(', ')));
  for (const [name, value] of Object.entries(attributes)) {
    if (/^on/i.test(name)) {
      problems.push(m.handler(name));
      continue;
    }
    if (URL_ATTRIBUTES.has(name)) {
      const verdict = urlVerdict(value, tag === 'img' && name === 'src');
      if (verdict === 'script') problems.push(m.jsLink);
      else if (verdict === 'insecure') problems.push(m.insecureLink(value));
      else if (verdict === 'scheme') problems.push(m.badScheme(value));
      else if (verdict === 'offsite-image') problems.push(m.offsiteImage(value));
      else if (verdict === 'image-path') problems.push(m.imagePath(value));
    }
    if (!attributesAllowed) continue;
    const fixed = checkValues ? FIXED_VALUES[name] : undefined;
    if (!attributesAllowed.includes(name) || (fixed && !fixed.test(value))) {
      problems.push(m.htmlAttribute(tag, name, attributesAllowed.filter((a) => !FIXED_VALUES[a] || a === 'dir').join(', ')));
    }
  }
  return problems;
}

/** Parse errors that mean a tag was cut off (a missing ">" or closing quote). */
const CUT_OFF = /^eof-in-(tag|attribute|script|comment|doctype)|^eof-before-tag-name$/;

/**
 * Problems of one piece of raw HTML written by the editor, with lines relative to the body.
 * Read with parse5's tokenizer (the browser's), not its tree builder: a tree builder silently
 * drops tags such as <body background=…> or a stray </main>, which a browser applies to the page.
 * `reported`: tag names already reported in this text (an end tag repeats nothing).
 */
function rawHtmlProblems(html: string, startLine: number, m: Messages, reported: Set<string>): MarkupProblem[] {
  const problems: MarkupProblem[] = [];
  let cutOff = false;
  const lineOf = (t: { location: { startLine: number } | null }) => startLine + (t.location?.startLine ?? 1) - 1;
  const ignore = () => {};
  const tokenizer = new Tokenizer(
    { sourceCodeLocationInfo: true },
    {
      onStartTag: (t) => {
        const attributes: Attributes = Object.fromEntries(t.attrs.map((a) => [a.prefix ? `${a.prefix}:${a.name}` : a.name, a.value]));
        const found = elementProblems(t.tagName, attributes, RAW_HTML, m);
        if (found.length && !RAW_HTML[t.tagName]) reported.add(t.tagName);
        for (const message of found) problems.push({ line: lineOf(t), message });
      },
      onEndTag: (t) => {
        if (RAW_HTML[t.tagName] || reported.has(t.tagName)) return;
        reported.add(t.tagName);
        problems.push({ line: lineOf(t), message: m.htmlElement(t.tagName, Object.keys(RAW_HTML).map((x) => `<${x}>`).join(', ')) });
      },
      onParseError: (e) => {
        if (CUT_OFF.test(e.code)) cutOff = true;
      },
      onComment: ignore,
      onDoctype: ignore,
      onEof: ignore,
      onCharacter: ignore,
      onNullCharacter: ignore,
      onWhitespaceCharacter: ignore,
    },
  );
  tokenizer.write(html, true);
  if (cutOff) problems.unshift({ line: startLine, message: m.brokenHtml(html.match(/<([a-z][\w:-]*)/i)?.[1] ?? '…') });
  return problems;
}

/** A link of a text to a page of this site (relative or site-absolute), for the link check. */
export interface SiteLink {
  href: string;
  line: number | undefined;
}

export interface Markup {
  problems: MarkupProblem[];
  siteLinks: SiteLink[];
}

/**
 * Every problem of a Markdown text (elements, attributes and addresses beyond the allowlist), and
 * its links within the site. The text is read as Astro renders it: trimmed (a first line indented
 * by four spaces is a code block before trimming and raw HTML after); lines count in `body`.
 */
export function analyseMarkup(body: string, m: Messages): Markup {
  if (body.length > MAX_BODY_CHARS) return { problems: [{ line: undefined, message: m.bodyTooLarge(MAX_BODY_CHARS, body.length) }], siteLinks: [] };
  const rendered = body.trim();
  const skippedLines = body.slice(0, body.length - body.trimStart().length).split('\n').length - 1;
  const problems: MarkupProblem[] = [];
  const siteLinks: SiteLink[] = [];
  const reported = new Set<string>();
  const tree = markdownToHast(rendered, { features: MARKDOWN_FEATURES });
  /** `generated`: inside a footnote section or task list, whose elements GFM makes (reported once). */
  const visit = (n: HastNode, generated: boolean) => {
    const line = n.position ? n.position.start.line + skippedLines : undefined;
    if (n.type === 'raw') problems.push(...rawHtmlProblems(n.value, line ?? 1, m, reported));
    if (n.type === 'element') {
      const attributes = hastAttributes(n.properties);
      const classes = (attributes['class'] ?? '').split(' ');
      // Footnotes and task lists are GFM features with English labels and form fields: one
      // message where the editor wrote them; what is written inside them is still checked.
      let inGenerated = generated || n.properties?.['dataFootnotes'] === true;
      if (!generated && n.tagName === 'sup' && n.children.some((c) => c.type === 'element' && c.properties?.['dataFootnoteRef'] === true)) {
        problems.push({ line, message: m.footnotes });
        inGenerated = true;
      } else if (!generated && classes.includes('contains-task-list')) {
        problems.push({ line, message: m.taskList });
        inGenerated = true;
      }
      // Generated elements: only their addresses and handlers are the editor's.
      const allowed = inGenerated ? { [n.tagName]: Object.keys(attributes) } : MARKDOWN_ELEMENTS;
      for (const message of elementProblems(n.tagName, attributes, allowed, m, !inGenerated)) problems.push({ line, message });
      const href = attributes['href'];
      if (n.tagName === 'a' && href !== undefined && urlVerdict(href) === 'ok' && !/^[a-z][a-z0-9+.-]*:|^#/i.test(href)) siteLinks.push({ href, line });
      for (const child of n.children) visit(child, inGenerated);
      return;
    }
    if ('children' in n) for (const child of n.children) visit(child, generated);
  };
  visit(tree, false);
  return { problems, siteLinks };
}
