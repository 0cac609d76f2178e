/**
 * Post-build scan for active content (issue 11, point 3): the last line of defence behind the
 * content rules. Whatever the content check or a template let through, a built page must not
 * carry anything that runs code, loads code from elsewhere, embeds another page, redirects or
 * sends input to another site. The scan reads each HTML file with parse5, the WHATWG-spec HTML
 * parser, so it sees the same elements and attributes a browser does: entities decoded
 * (`&#106;avascript:`), unquoted and single-quoted values, attributes on a second line,
 * `<svg/onload=…>`, `<template>` content, and `<noscript>` both ways (see `scanHtml`). Text
 * patterns over the file could not; linkedom (already used by the tests) is faster but does not
 * follow the spec's tokenizer and tree builder exactly, and for a security check a difference
 * between what we parse and what a browser parses is a bypass.
 *
 * Pure: strings in, findings out. Reading dist/ is in src/integrations/distScan.ts.
 * Messages are German for the editors who run the build.
 */
import { parse } from 'parse5';
import type { DefaultTreeAdapterTypes } from 'parse5';
import { schemeOf } from './urlScheme.ts';

type Node = DefaultTreeAdapterTypes.Node;
type Element = DefaultTreeAdapterTypes.Element;

export type ActiveContentRule =
  | 'inline-script'
  | 'external-script'
  | 'json-ld'
  | 'event-handler'
  | 'url-scheme'
  | 'embedding'
  | 'base'
  | 'meta-http-equiv'
  | 'offsite-form'
  | 'offsite-resource'
  | 'srcdoc'
  | 'style'
  | 'svg';

export interface ActiveContentFinding {
  /** The file as passed to `scanHtml`, e.g. `dist/de/x/index.html`. */
  file: string;
  /** 1-based line and column of the element or attribute in the file. */
  line: number;
  col: number;
  rule: ActiveContentRule;
  /** The element as it reads in the message, e.g. `<a href="javascript:x">`. */
  element: string;
  /** One line for the build log: file, line, element, why, what to do. */
  message: string;
}

export { schemeOf };

export interface ScanOptions {
  /** The public origin (`https://example.org`). Absolute URLs to it count as the site's own. */
  siteOrigin?: string | undefined;
}

/**
 * Schemes a URL attribute may use; anything else (javascript:, vbscript:, data:, blob: …) is a
 * finding. http: only for the site's own origin (the local preview runs on http://localhost).
 */
const ALLOWED_SCHEMES = new Set(['https', 'mailto', 'tel']);

/**
 * Where same-origin scripts may come from: Astro's bundles and the project's own public/scripts/.
 * Narrower than the CSP's script-src 'self' on purpose: any other same-origin script (Pagefind's
 * files, for one) loaded into a page it was not written for is a gadget, not a feature.
 */
const SCRIPT_PATHS = ['/_astro/', '/scripts/'];

/** Elements that embed another document or a plugin. */
const EMBEDDING = new Set(['iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'portal', 'fencedframe']);

/**
 * SVG elements that are not allowed in inline SVG. foreignObject embeds HTML inside the SVG;
 * the animation elements rewrite attributes after load (`<set attributeName="href" to="javascript:…">`),
 * which no static scan can follow. The site's icons use none of them.
 */
const SVG_FORBIDDEN = new Set([
  'foreignobject',
  'set',
  'animate',
  'animatemotion',
  'animatetransform',
  'animatecolor',
  'handler',
  'listener',
]);

/** Attributes whose value is one URL (any element, any namespace; `xlink:href` is `href` with prefix `xlink`). */
const URL_ATTRS = new Set([
  'href',
  'src',
  'action',
  'formaction',
  'poster',
  'data',
  'background',
  'cite',
  'longdesc',
  'lowsrc',
  'dynsrc',
  'usemap',
  'manifest',
  'codebase',
  'classid',
  'profile',
  'icon',
]);
/** Attributes with several URLs separated by white space. */
const URL_LIST_ATTRS = new Set(['ping', 'archive']);
/** Attributes in srcset syntax (URL, descriptors, comma). */
const SRCSET_ATTRS = new Set(['srcset', 'imagesrcset']);

/** `<link rel>` values that make the browser load (and for scripts and styles, apply) the target. */
const LOADING_RELS = new Set([
  'stylesheet',
  'preload',
  'modulepreload',
  'prefetch',
  'prerender',
  'import',
  'preconnect',
  'dns-prefetch',
  'icon',
  'apple-touch-icon',
  'manifest',
]);

/**
 * Attributes whose target the browser loads when the page loads (not when a link is followed):
 * a load from another origin is a third-party request, refused even where the CSP would block it.
 */
const LOADED_ATTRS = new Set(['src', 'srcset', 'imagesrcset', 'poster', 'background', 'data', 'lowsrc', 'dynsrc']);
/** SVG elements whose href is loaded, not followed. */
const SVG_LOADING = new Set(['image', 'use', 'feimage', 'script']);

const SUFFIX = 'ist aktiver Inhalt und darf nicht veröffentlicht werden.';
const FIX = 'Bitte aus dem Inhalt (content/) bzw. der Vorlage (src/) entfernen, aus der diese Seite entsteht.';

/** Shows invisible characters as U+XXXX, so that `java\tscript:` reads as what it is; shortens long values. */
export function visible(value: string, max = 80): string {
  const shown = value.replace(/[\u0000-\u001f\u007f-\u009f\u00ad\u200b-\u200f\u2028-\u202e\u2060-\u2064\ufeff]/g, (c) => {
    return `[U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}]`;
  });
  return shown.length > max ? `${shown.slice(0, max - 1)}…` : shown;
}

/**
 * Stricter than any browser: with every control, space and invisible formatting character removed,
 * does the value start with a script-capable scheme? Catches values that some parser, old or
 * future, might read as one; no legitimate URL looks like this.
 */
function looksLikeScriptScheme(url: string): string | null {
  const squeezed = url.replace(/[\u0000-\u0020\u007f-\u009f\u00ad\u200b-\u200f\u2028-\u202e\u2060-\u2064\ufeff]/g, '').toLowerCase();
  return /^(javascript|vbscript|data):/.exec(squeezed)?.[1] ?? null;
}

const PLACEHOLDER_ORIGIN = 'https://site.invalid';

/** The origin a URL points to when it is not the site's own; null when it stays on the site. Resolved as a browser does (WHATWG URL). */
export function foreignOrigin(url: string, siteOrigin?: string): string | null {
  const own = siteOrigin ? new URL(siteOrigin).origin : PLACEHOLDER_ORIGIN;
  let target: URL;
  try {
    target = new URL(url, `${own}/`);
  } catch {
    return url;
  }
  if (target.origin === own) return null;
  return target.origin === 'null' ? `${target.protocol}` : target.origin;
}

/** The URLs of a srcset value, split as the spec's srcset parser does (URLs may contain commas, e.g. data: URLs). */
export function srcsetUrls(value: string): string[] {
  const urls: string[] = [];
  let i = 0;
  const isSpace = (c: string | undefined) => c !== undefined && /[\t\n\f\r ]/.test(c);
  while (i < value.length) {
    while (i < value.length && (isSpace(value[i]) || value[i] === ',')) i++;
    const start = i;
    while (i < value.length && !isSpace(value[i])) i++;
    let url = value.slice(start, i);
    if (url.endsWith(',')) {
      url = url.replace(/,+$/, '');
    } else {
      // Skip the descriptors up to the next comma outside parentheses.
      let depth = 0;
      for (; i < value.length; i++) {
        const c = value[i];
        if (c === '(') depth++;
        else if (c === ')') depth = Math.max(0, depth - 1);
        else if (c === ',' && depth === 0) {
          i++;
          break;
        }
      }
    }
    if (url) urls.push(url);
  }
  return urls;
}

/** CSS with comments removed and escapes decoded (`\65 xpression(` is `expression(`). */
function decodeCss(css: string): string {
  return css
    .replace(/\/\*[\s\S]*?(?:\*\/|$)/g, '')
    .replace(/\\(?:([0-9a-fA-F]{1,6})[ \t\n\r\f]?|([\s\S]))/g, (_m, hex: string | undefined, ch: string | undefined) => {
      if (hex) {
        const code = parseInt(hex, 16);
        return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '\ufffd';
      }
      return ch === '\n' ? '' : (ch ?? '');
    });
}

/** What makes a piece of CSS active: `expression(`, script URLs, bindings, and url()/@import to other origins or schemes. */
export function cssProblems(css: string, siteOrigin?: string): string[] {
  const decoded = decodeCss(css);
  const compact = decoded.replace(/[\u0000-\u0020]/g, '').toLowerCase();
  const problems: string[] = [];
  if (compact.includes('expression(')) problems.push('„expression(“ führt in alten Browsern Programmcode aus');
  for (const s of ['javascript:', 'vbscript:']) if (compact.includes(s)) problems.push(`„${s}“ führt Programmcode aus`);
  if (compact.includes('-moz-binding') || compact.includes('behavior:')) problems.push('„-moz-binding“/„behavior“ binden Programmcode ein');
  const targets = [
    ...decoded.matchAll(/\b(?:url|src)\(\s*(?:"([^"]*)"|'([^']*)'|([^)\s]*))\s*\)/gi),
    ...decoded.matchAll(/@import\s*(?:"([^"]*)"|'([^']*)')/gi),
    ...decoded.matchAll(/image-set\(\s*(?:"([^"]*)"|'([^']*)')/gi),
  ].map((m) => m[1] ?? m[2] ?? m[3] ?? '');
  for (const target of targets) {
    const scheme = schemeOf(target);
    const foreign = foreignOrigin(target, siteOrigin);
    if (scheme === 'javascript' || scheme === 'vbscript') continue; // reported above
    if (scheme === 'data') problems.push(`url(${visible(target, 40)}) bettet Daten direkt ein`);
    else if (foreign) problems.push(`url(${visible(target, 60)}) lädt eine Datei von ${foreign}`);
  }
  return problems;
}

interface Context {
  file: string;
  siteOrigin: string | undefined;
  findings: ActiveContentFinding[];
}

function attr(el: Element, name: string): string | undefined {
  return el.attrs.find((a) => a.name === name && !a.prefix)?.value;
}

function attrName(a: { name: string; prefix?: string }): string {
  return a.prefix ? `${a.prefix}:${a.name}` : a.name;
}

function textOf(el: Element): string {
  return el.childNodes.map((c) => ('value' in c && c.nodeName === '#text' ? c.value : '')).join('');
}

function report(ctx: Context, el: Element, attrKey: string | null, rule: ActiveContentRule, element: string, why: string): void {
  const loc = el.sourceCodeLocation;
  const at = (attrKey && loc?.attrs?.[attrKey]) || loc;
  const line = at?.startLine ?? 1;
  const col = at?.startCol ?? 1;
  ctx.findings.push({
    file: ctx.file,
    line,
    col,
    rule,
    element,
    message: `${ctx.file}, Zeile ${line}, Spalte ${col}: ${element} ${SUFFIX} ${why} ${FIX}`,
  });
}

const SVG_NS = 'http://www.w3.org/2000/svg';
const tag = (el: Element) => `<${el.tagName}>${el.namespaceURI === SVG_NS && el.tagName !== 'svg' ? ' (in SVG)' : ''}`;
const tagWith = (el: Element, name: string, value: string) => `<${el.tagName} ${name}="${visible(value)}">`;

/** The scheme for which a URL is refused, or null. */
function badScheme(url: string, siteOrigin?: string): string | null {
  const scheme = schemeOf(url);
  if (scheme === 'http' && siteOrigin && foreignOrigin(url, siteOrigin) === null) return null;
  return scheme && !ALLOWED_SCHEMES.has(scheme) ? scheme : looksLikeScriptScheme(url);
}

function checkUrl(ctx: Context, el: Element, key: string, url: string): void {
  const bad = badScheme(url, ctx.siteOrigin);
  if (!bad) {
    checkLoad(ctx, el, key, url);
    return;
  }
  const why =
    bad === 'javascript' || bad === 'vbscript'
      ? `Die Adresse beginnt mit „${bad}:“ und führt beim Anklicken oder Laden Programmcode aus.`
      : bad === 'data'
        ? 'Eine „data:“-Adresse enthält die Datei selbst und kann eine ganze Seite oder ein Skript sein.'
        : `Das Adressschema „${visible(bad)}:“ ist nicht erlaubt.`;
  report(ctx, el, key, 'url-scheme', tagWith(el, key, url), `${why} Erlaubt sind https:, mailto:, tel: und Adressen im Auftritt selbst.`);
}

/** A target the page loads by itself, from another origin: a third-party request (privacy). */
function checkLoad(ctx: Context, el: Element, key: string, url: string): void {
  const name = key.replace(/^xlink:/, '').toLowerCase();
  const loads = LOADED_ATTRS.has(name) || (name === 'href' && el.namespaceURI === SVG_NS && SVG_LOADING.has(el.tagName.toLowerCase()));
  // <script src> has its own rule (checkScript), embedding elements are refused anyway, <link> is judged by its rel.
  if (!loads || el.tagName.toLowerCase() === 'script' || EMBEDDING.has(el.tagName.toLowerCase())) return;
  const foreign = foreignOrigin(url, ctx.siteOrigin);
  if (foreign)
    report(
      ctx,
      el,
      key,
      'offsite-resource',
      tagWith(el, key, url),
      `Es lädt eine Datei von ${visible(foreign)} (eine Anfrage an einen fremden Server).`,
    );
}

function checkAttributes(ctx: Context, el: Element): void {
  for (const a of el.attrs) {
    const key = attrName(a);
    const name = a.name.toLowerCase();
    if (name.startsWith('on')) {
      report(
        ctx,
        el,
        key,
        'event-handler',
        tagWith(el, key, a.value),
        `Das Attribut „${key}“ führt Programmcode aus, wenn ein Ereignis eintritt.`,
      );
      continue;
    }
    if (name === 'srcdoc') {
      report(ctx, el, key, 'srcdoc', tagWith(el, key, a.value), 'Das Attribut „srcdoc“ enthält eine ganze eingebettete Seite.');
      continue;
    }
    if (a.prefix === 'xml' && name === 'base') {
      report(ctx, el, key, 'base', tagWith(el, key, a.value), '„xml:base“ ändert, wohin die Links der Grafik führen.');
      continue;
    }
    if (name === 'style') {
      const problems = cssProblems(a.value, ctx.siteOrigin);
      if (problems.length) report(ctx, el, key, 'style', tagWith(el, key, a.value), `CSS: ${problems.join('; ')}.`);
      continue;
    }
    if (URL_ATTRS.has(name)) checkUrl(ctx, el, key, a.value);
    else if (URL_LIST_ATTRS.has(name)) for (const u of a.value.split(/[\t\n\f\r ]+/).filter(Boolean)) checkUrl(ctx, el, key, u);
    else if (SRCSET_ATTRS.has(name)) for (const u of srcsetUrls(a.value)) checkUrl(ctx, el, key, u);
  }
}

function checkScript(ctx: Context, el: Element): void {
  const type = (attr(el, 'type') ?? '').trim().toLowerCase();
  const src = attr(el, 'src');
  const svg = el.namespaceURI === SVG_NS;
  if (type === 'application/ld+json' && !svg) {
    const text = textOf(el);
    const why =
      src !== undefined
        ? 'Strukturierte Daten (JSON-LD) stehen in der Seite selbst, nicht in einer Datei (src).'
        : /<\/script|<!--/i.test(text)
          ? 'Die strukturierten Daten (JSON-LD) enthalten „</script“ oder „<!--“ und können so aus ihrem Block ausbrechen.'
          : jsonLdProblem(text);
    if (why) report(ctx, el, null, 'json-ld', '<script type="application/ld+json">', why);
    return;
  }
  if (src === undefined || svg) {
    report(
      ctx,
      el,
      null,
      'inline-script',
      tag(el),
      svg ? 'Ein <script> in einer SVG-Grafik führt Programmcode aus.' : 'Ein <script> im Seitentext führt Programmcode im Browser aus.',
    );
    return;
  }
  if (badScheme(src, ctx.siteOrigin)) return; // reported by checkUrl
  const foreign = foreignOrigin(src, ctx.siteOrigin);
  const path = foreign ? null : new URL(src, `${PLACEHOLDER_ORIGIN}/`).pathname;
  if (foreign || !SCRIPT_PATHS.some((p) => path?.startsWith(p))) {
    report(
      ctx,
      el,
      'src',
      'external-script',
      tagWith(el, 'src', src),
      foreign
        ? `Das Skript wird von ${visible(foreign)} geladen.`
        : `Nur die Skripte des Auftritts aus ${SCRIPT_PATHS.join(' und ')} sind erlaubt.`,
    );
  }
}

/**
 * JSON-LD is never run, but it must be data: valid JSON, and no string in it a script URL (search
 * engines show its `url` values as links; a `website: "javascript:…"` field would land here).
 */
function jsonLdProblem(text: string): string | null {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return 'Die strukturierten Daten (JSON-LD) sind kein gültiges JSON.';
  }
  const strings: string[] = [];
  const collect = (v: unknown): void => {
    if (typeof v === 'string') strings.push(v);
    else if (v && typeof v === 'object') for (const x of Object.values(v)) collect(x);
  };
  collect(data);
  const bad = strings.find((v) => looksLikeScriptScheme(v));
  return bad === undefined ? null : `Die strukturierten Daten (JSON-LD) enthalten die Adresse „${visible(bad)}“.`;
}

function checkElement(ctx: Context, el: Element): void {
  const name = el.tagName.toLowerCase();
  const svg = el.namespaceURI === SVG_NS;
  checkAttributes(ctx, el);
  if (name === 'script') checkScript(ctx, el);
  else if (EMBEDDING.has(name))
    report(ctx, el, null, 'embedding', tag(el), 'Es bettet eine andere Seite oder ein Programm in die Seite ein.');
  else if (name === 'base') report(ctx, el, null, 'base', tag(el), '<base> ändert, wohin alle Links und Skripte der Seite führen.');
  else if (name === 'meta') {
    const equiv = (attr(el, 'http-equiv') ?? '').trim().toLowerCase();
    if (equiv === 'refresh')
      report(
        ctx,
        el,
        'http-equiv',
        'meta-http-equiv',
        '<meta http-equiv="refresh">',
        'Es leitet Besucherinnen und Besucher ohne Klick auf eine andere Adresse weiter.',
      );
    else if (equiv === 'set-cookie')
      report(ctx, el, 'http-equiv', 'meta-http-equiv', '<meta http-equiv="set-cookie">', 'Es setzt Cookies.');
  } else if (name === 'form' || ((name === 'button' || name === 'input') && attr(el, 'formaction') !== undefined)) {
    const key = name === 'form' ? 'action' : 'formaction';
    const action = attr(el, key);
    // No or an empty action submits to the page itself; a refused scheme is reported by checkUrl.
    const foreign = action && action.trim() && !badScheme(action, ctx.siteOrigin) ? foreignOrigin(action, ctx.siteOrigin) : null;
    if (foreign)
      report(
        ctx,
        el,
        key,
        'offsite-form',
        tagWith(el, key, action ?? ''),
        `Es schickt die Eingaben an eine andere Website (${visible(foreign)}).`,
      );
  } else if (name === 'link') {
    const rels = (attr(el, 'rel') ?? '').toLowerCase().split(/[\t\n\f\r ]+/);
    const href = attr(el, 'href');
    const foreign =
      href !== undefined && !badScheme(href, ctx.siteOrigin) && rels.some((r) => LOADING_RELS.has(r))
        ? foreignOrigin(href, ctx.siteOrigin)
        : null;
    if (foreign) {
      const element = `<link rel="${visible(attr(el, 'rel') ?? '')}" href="${visible(href ?? '')}">`;
      report(ctx, el, 'href', 'offsite-resource', element, `Es lädt eine Datei von ${visible(foreign)} in die Seite.`);
    }
  } else if (name === 'style') {
    const problems = cssProblems(textOf(el), ctx.siteOrigin);
    if (problems.length) report(ctx, el, null, 'style', tag(el), `CSS: ${problems.join('; ')}.`);
  } else if (svg && SVG_FORBIDDEN.has(name)) {
    report(
      ctx,
      el,
      null,
      'svg',
      tag(el),
      name === 'foreignobject'
        ? 'Es bettet HTML in eine SVG-Grafik ein.'
        : 'SVG-Animationen ändern Attribute (etwa Links) erst nach dem Laden.',
    );
  }
}

function walk(ctx: Context, node: Node): void {
  if ('tagName' in node) checkElement(ctx, node);
  if ('childNodes' in node) for (const child of node.childNodes) walk(ctx, child);
  // A <template>'s content is a separate fragment, not among its childNodes; it becomes live when cloned.
  if ('content' in node) walk(ctx, node.content);
}

function hasNoscript(node: Node): boolean {
  if ('tagName' in node && node.tagName === 'noscript') return true;
  if ('content' in node && hasNoscript(node.content)) return true;
  return 'childNodes' in node && node.childNodes.some(hasNoscript);
}

/** One scan: findings with their place in the file only when `locations` is set (parse5 then records every node's position). */
function scanOnce(html: string, file: string, options: ScanOptions, locations: boolean): ActiveContentFinding[] {
  const ctx: Context = { file, siteOrigin: options.siteOrigin, findings: [] };
  const doc = parse(html, { sourceCodeLocationInfo: locations, scriptingEnabled: true });
  walk(ctx, doc);
  if (hasNoscript(doc)) walk(ctx, parse(html, { sourceCodeLocationInfo: locations, scriptingEnabled: false }));
  const seen = new Set<string>();
  return ctx.findings
    .filter((f) => {
      const key = `${f.line}:${f.col}:${f.rule}:${f.message}`;
      return seen.has(key) ? false : (seen.add(key), true);
    })
    .sort((a, b) => a.line - b.line || a.col - b.col);
}

/**
 * Every piece of active content in one HTML document, in source order.
 * A browser parses `<noscript>` as text when scripting is on and as markup when it is off; a
 * document with a `<noscript>` is scanned both ways, so neither reading hides anything
 * (`<noscript><p title="</noscript><img onerror=…>">` is harmless only with scripting off).
 * Parsed first without source positions (about a quarter less parse time, and a build scans every page):
 * nearly every page has no finding; a page that has one is parsed again for the lines and columns.
 */
export function scanHtml(html: string, file: string, options: ScanOptions = {}): ActiveContentFinding[] {
  const quick = scanOnce(html, file, options, false);
  return quick.length === 0 ? quick : scanOnce(html, file, options, true);
}

/** The build log's closing line for a list of findings. */
export function activeContentSummary(findings: ActiveContentFinding[], files: number): string {
  if (findings.length === 0) return `Prüfung auf aktive Inhalte: ${files} HTML-Dateien geprüft, nichts gefunden.`;
  const affected = new Set(findings.map((f) => f.file)).size;
  return (
    `Prüfung auf aktive Inhalte: ${findings.length} ${findings.length === 1 ? 'Fund' : 'Funde'} in ${affected} von ${files} HTML-Dateien. ` +
    'Der Build ist abgebrochen; `npm run build` veröffentlicht in diesem Fall nichts, dist/ bleibt, wie es war.'
  );
}
