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
import { parseFragment, type DefaultTreeAdapterMap } from 'parse5';
import { markdownToHast, type HastNode } from 'satteri';
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

/** The address as a browser reads it: entities are already decoded by the parsers. */
function normalizedUrl(url: string): string {
  // WHATWG URL parsing strips leading/trailing C0 controls and spaces and removes tabs and
  // newlines anywhere, so "java\tscript:" and " javascript:" are javascript: URLs.
  return url.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '').replace(/[\t\n\r]/g, '');
}

export type UrlVerdict = 'ok' | 'insecure' | 'script' | 'scheme' | 'offsite-image';

/** Whether an address in a text may be published. `image`: it is loaded, not just followed. */
export function urlVerdict(raw: string, image = false): UrlVerdict {
  const url = normalizedUrl(raw);
  const scheme = url.match(/^([a-z][a-z0-9+.-]*):/i)?.[1]?.toLowerCase();
  if (scheme === undefined) {
    // "//host/x" and "/\host/x" leave the site; a browser treats "\" like "/".
    return /^[/\\]{2}/.test(url) ? (image ? 'offsite-image' : 'scheme') : 'ok';
  }
  if (image) return 'offsite-image';
  if (scheme === 'javascript' || scheme === 'vbscript') return 'script';
  if (scheme === 'http') return 'insecure';
  return scheme === 'https' || scheme === 'mailto' || scheme === 'tel' ? 'ok' : 'scheme';
}

/** One problem in a text; `line` counts from the first line of the body (1-based). */
export interface MarkupProblem {
  line: number | undefined;
  message: string;
}

type Attributes = Readonly<Record<string, string>>;
type P5Node = DefaultTreeAdapterMap['node'];
type P5Element = DefaultTreeAdapterMap['element'];

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
    }
    if (!attributesAllowed) continue;
    const fixed = FIXED_VALUES[name];
    if (!attributesAllowed.includes(name) || (fixed && !fixed.test(value))) {
      problems.push(m.htmlAttribute(tag, name, attributesAllowed.filter((a) => !FIXED_VALUES[a] || a === 'dir').join(', ')));
    }
  }
  return problems;
}

const isElement = (n: P5Node): n is P5Element => 'tagName' in n && typeof (n as P5Element).tagName === 'string';
const childrenOf = (n: P5Node): P5Node[] => {
  const node = n as P5Element & { content?: { childNodes: P5Node[] } };
  // <template> keeps its children in .content.
  return [...(node.childNodes ?? []), ...(node.content?.childNodes ?? [])];
};
const attributesOf = (e: P5Element): Attributes => Object.fromEntries(e.attrs.map((a) => [a.prefix ? `${a.prefix}:${a.name}` : a.name, a.value]));

/** Parse errors that mean a tag was cut off (a missing ">" or closing quote). */
const CUT_OFF = /^eof-in-(tag|attribute|script|comment|doctype)|^eof-before-tag-name$/;

/** Problems of one piece of raw HTML written by the editor, with lines relative to the body. */
function rawHtmlProblems(html: string, startLine: number, m: Messages): MarkupProblem[] {
  const problems: MarkupProblem[] = [];
  let cutOff: number | undefined;
  const fragment = parseFragment(html, {
    sourceCodeLocationInfo: true,
    onParseError: (e) => {
      if (CUT_OFF.test(e.code)) cutOff ??= e.startLine;
    },
  });
  if (cutOff !== undefined) problems.push({ line: startLine, message: m.brokenHtml(html.match(/<([a-z][\w:-]*)/i)?.[1] ?? '…') });
  const visit = (n: P5Node) => {
    if (isElement(n)) {
      const line = startLine + (n.sourceCodeLocation?.startLine ?? 1) - 1;
      for (const message of elementProblems(n.tagName, attributesOf(n), RAW_HTML, m)) problems.push({ line, message });
    }
    for (const child of childrenOf(n)) visit(child);
  };
  visit(fragment);
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

/** Every problem of a Markdown text (elements, attributes and addresses beyond the allowlist), and its links within the site. */
export function analyseMarkup(body: string, m: Messages): Markup {
  if (body.length > MAX_BODY_CHARS) return { problems: [{ line: undefined, message: m.bodyTooLarge(MAX_BODY_CHARS, body.length) }], siteLinks: [] };
  const problems: MarkupProblem[] = [];
  const siteLinks: SiteLink[] = [];
  const tree = markdownToHast(body, { features: MARKDOWN_FEATURES });
  const visit = (n: HastNode) => {
    const line = n.position?.start.line;
    if (n.type === 'raw') problems.push(...rawHtmlProblems(n.value, line ?? 1, m));
    if (n.type === 'element') {
      const classes = hastAttributes(n.properties)['class'] ?? '';
      // Footnotes and task lists are GFM features with English labels and form fields: one
      // message where the editor wrote them (the reference, the list), nothing for their parts.
      if (n.properties?.['dataFootnotes'] === true) return;
      if (n.tagName === 'sup' && n.children.some((c) => c.type === 'element' && c.properties?.['dataFootnoteRef'] === true)) {
        problems.push({ line, message: m.footnotes });
        return;
      }
      if (/\bcontains-task-list\b/.test(classes)) {
        problems.push({ line, message: m.taskList });
        return;
      }
      const attributes = hastAttributes(n.properties);
      for (const message of elementProblems(n.tagName, attributes, MARKDOWN_ELEMENTS, m)) problems.push({ line, message });
      const href = attributes['href'];
      if (n.tagName === 'a' && href !== undefined && urlVerdict(href) === 'ok' && !/^[a-z][a-z0-9+.-]*:|^#/i.test(href)) siteLinks.push({ href, line });
    }
    if ('children' in n) for (const child of n.children) visit(child);
  };
  visit(tree);
  return { problems, siteLinks };
}
