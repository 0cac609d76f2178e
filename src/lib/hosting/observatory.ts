/**
 * The MDN HTTP Observatory's grading, run over responses the nginx test collects from the real
 * server. The scanner itself (npm `@mdn/mdn-http-observatory`) cannot be installed here: its install
 * scripts download the HSTS preload list and Mozilla's CA bundle from the internet, and the registry
 * offers only 1.4.8, whose command line cannot scan a test port. So this module repeats its tests and
 * score, taken from github.com/mdn/mdn-http-observatory at commit 94042bb (2026-08-20, algorithm
 * version 6): src/scanner/index.js (score), src/grader/charts.js (modifiers, grades,
 * MINIMUM_SCORE_FOR_EXTRA_CREDIT), src/analyzer/cspParser.js, src/analyzer/tests/*.js (one function
 * below per file), src/retriever/utils.js (meta elements). Simplified where this site cannot differ:
 * no HSTS preload list (an input), a site's own domain is its host name and subdomains (the scanner
 * asks tldts for the registrable domain), Set-Cookie headers instead of a cookie jar. Stricter in two
 * places, on purpose: frame-ancestors counts only from the header (browsers ignore it in a meta
 * element; the scanner's X-Frame-Options test also reads it there), and an HSTS max-age that is not
 * a number is invalid (the scanner lets NaN pass).
 * Cross-checked on 2026-12-01: the scanner's own code at that commit (run offline, with an empty
 * preload list) graded the nginx test server exactly as this module does.
 */
import { parseHTML } from 'linkedom';

/** One HTTP response as the nginx test saw it. Header names in lower case. */
export interface ObservedResponse {
  url: string;
  status: number;
  headers: Readonly<Record<string, string | readonly string[]>>;
  /** The body, for HTML responses (meta elements and scripts). */
  body?: string | undefined;
}

export interface ObservatoryInput {
  /** From `http://host/`: every response, following redirects; null when HTTP does not answer. */
  httpChain: readonly ObservedResponse[] | null;
  /** From `https://host/`: likewise; its last response is the page graded. Null without HTTPS. */
  httpsChain: readonly ObservedResponse[] | null;
  /** The certificate chain verified (the scanner fails HSTS and redirection otherwise). */
  certificateVerified: boolean;
  /** The answer to a CORS preflight (`OPTIONS`, `Origin: ${CORS_ORIGIN}`) for the page. */
  corsPreflight: ObservedResponse | null;
  /** Every Set-Cookie value of the scan (page, redirects, /robots.txt). */
  setCookies: readonly string[];
  /** The host is on the browsers' HSTS preload list. */
  hstsPreloaded?: boolean | undefined;
}

/** The Origin the scanner's CORS preflight sends (src/config.js, retriever.corsOrigin). */
export const CORS_ORIGIN = 'https://http-observatory.security.mozilla.org';

export interface TestResult {
  result: string;
  pass: boolean;
  scoreModifier: number;
}

export interface ObservatoryResult {
  grade: string;
  score: number;
  testsPassed: number;
  testsFailed: number;
  tests: Record<string, TestResult>;
}

/** src/grader/charts.js, SCORE_TABLE: the modifier of every result this module can produce. */
const MODIFIERS: Readonly<Record<string, number>> = {
  'csp-implemented-with-no-unsafe-default-src-none': 10,
  'csp-implemented-with-no-unsafe': 5,
  'csp-implemented-with-unsafe-inline-in-style-src-only': 0,
  'csp-implemented-with-insecure-scheme-in-passive-content-only': -10,
  'csp-implemented-with-unsafe-eval': -10,
  'csp-implemented-with-unsafe-inline': -20,
  'csp-implemented-with-insecure-scheme': -20,
  'csp-header-invalid': -25,
  'csp-not-implemented': -25,
  'csp-not-implemented-but-reporting-enabled': -25,
  'csp-implemented-but-duplicate-directives': 0,
  'cookies-secure-with-httponly-sessions-and-samesite': 5,
  'cookies-secure-with-httponly-sessions': 0,
  'cookies-not-found': 0,
  'cookies-without-secure-flag-but-protected-by-hsts': -5,
  'cookies-session-without-secure-flag-but-protected-by-hsts': -10,
  'cookies-without-secure-flag': -20,
  'cookies-samesite-flag-invalid': -20,
  'cookies-anticsrf-without-samesite-flag': -20,
  'cookies-session-without-httponly-flag': -30,
  'cookies-session-without-secure-flag': -40,
  'cross-origin-resource-sharing-not-implemented': 0,
  'cross-origin-resource-sharing-implemented-with-public-access': 0,
  'cross-origin-resource-sharing-implemented-with-restricted-access': 0,
  'cross-origin-resource-sharing-implemented-with-universal-access': -50,
  'redirection-all-redirects-preloaded': 0,
  'redirection-to-https': 0,
  'redirection-not-needed-no-http': 0,
  'redirection-off-host-from-http': -5,
  'redirection-not-to-https-on-initial-redirection': -10,
  'redirection-not-to-https': -20,
  'redirection-missing': -20,
  'redirection-invalid-cert': -20,
  'referrer-policy-private': 5,
  'referrer-policy-not-implemented': 0,
  'referrer-policy-unsafe': -5,
  'referrer-policy-header-invalid': -5,
  'hsts-preloaded': 5,
  'hsts-implemented-max-age-at-least-six-months': 0,
  'hsts-implemented-max-age-less-than-six-months': -10,
  'hsts-not-implemented': -20,
  'hsts-header-invalid': -20,
  'hsts-not-implemented-no-https': -20,
  'hsts-invalid-cert': -20,
  'sri-implemented-and-all-scripts-loaded-securely': 5,
  'sri-implemented-and-external-scripts-loaded-securely': 5,
  'sri-not-implemented-response-not-html': 0,
  'sri-not-implemented-but-no-scripts-loaded': 0,
  'sri-not-implemented-but-all-scripts-loaded-from-secure-origin': 0,
  'sri-not-implemented-but-external-scripts-loaded-securely': -5,
  'sri-implemented-but-external-scripts-not-loaded-securely': -20,
  'sri-not-implemented-and-external-scripts-not-loaded-securely': -50,
  'x-content-type-options-nosniff': 0,
  'x-content-type-options-not-implemented': -5,
  'x-content-type-options-header-invalid': -5,
  'x-frame-options-implemented-via-csp': 5,
  'x-frame-options-sameorigin-or-deny': 5,
  'x-frame-options-allow-from-origin': 0,
  'x-frame-options-not-implemented': -20,
  'x-frame-options-header-invalid': -20,
  'corp-header-invalid': -5,
  'corp-implemented-with-cross-origin': 0,
  'corp-implemented-with-same-origin': 10,
  'corp-implemented-with-same-site': 10,
  'corp-not-implemented': 0,
  'coep-implemented-with-require-corp': 10,
  'coep-implemented-with-credentialless': 10,
  'coep-implemented-with-unsafe-none': 0,
  'coep-not-implemented': 0,
  'coep-header-invalid': -5,
  'coop-implemented-with-same-origin': 10,
  'coop-implemented-with-same-origin-allow-popups': 10,
  'coop-implemented-with-noopener-allow-popups': 10,
  'coop-implemented-with-unsafe-none': 0,
  'coop-not-implemented': 0,
  'coop-header-invalid': -5,
};

/** src/grader/charts.js: GRADE_CHART and MINIMUM_SCORE_FOR_EXTRA_CREDIT. */
const GRADES: ReadonlyArray<readonly [minimum: number, grade: string]> = [
  [100, 'A+'],
  [90, 'A'],
  [85, 'A-'],
  [80, 'B+'],
  [70, 'B'],
  [65, 'B-'],
  [60, 'C+'],
  [50, 'C'],
  [45, 'C-'],
  [40, 'D+'],
  [30, 'D'],
  [25, 'D-'],
  [0, 'F'],
];
const MINIMUM_SCORE_FOR_EXTRA_CREDIT = 90;

/** The scanner's page: the last response from HTTPS, else from HTTP ("auto" in src/retriever/retriever.js). */
interface Page {
  response: ObservedResponse;
  url: URL;
  metaCsp: string[];
  metaReferrer: string[];
  /** The parsed body, or null when the response is not HTML. */
  document: Document | null;
}

const HTML_TYPES = new Set(['text/html', 'application/xhtml+xml']);

function headerValues(response: ObservedResponse | null | undefined, name: string): string[] {
  if (!response) return [];
  const value = response.headers[name.toLowerCase()];
  return value === undefined ? [] : typeof value === 'string' ? [value] : [...value];
}
const firstHeader = (response: ObservedResponse | null | undefined, name: string) => headerValues(response, name)[0] ?? null;

/** `startUrl`: the URL the scan began with, which the scanner's CSP and SRI tests read the scheme of. */
function readPage(response: ObservedResponse, startUrl: string): Page {
  const type = (firstHeader(response, 'content-type') ?? '').split(';', 1)[0]?.trim() ?? '';
  const isHtml = HTML_TYPES.has(type);
  const metaCsp: string[] = [];
  const metaReferrer: string[] = [];
  // The scanner parses a body unless its type is known and not HTML (src/analyzer/tests/subresource-integrity.js).
  const document = isHtml || !type ? (parseHTML(response.body ?? '').document as unknown as Document) : null;
  if (document && isHtml) {
    for (const meta of document.querySelectorAll('meta')) {
      const content = meta.getAttribute('content');
      if (meta.hasAttribute('http-equiv') && content !== null) {
        if (meta.getAttribute('http-equiv')?.trim().toLowerCase() === 'content-security-policy' && content) metaCsp.push(content);
      } else if (meta.getAttribute('name')?.trim().toLowerCase() === 'referrer' && content) {
        metaReferrer.splice(0, metaReferrer.length, content);
      }
    }
  }
  return { response, url: new URL(startUrl), metaCsp, metaReferrer, document };
}

// ---------------------------------------------------------------------------------------------
// src/analyzer/cspParser.js

type Csp = Map<string, Set<string>>;
const DUPLICATE_WARNINGS_KEY = '_observatory_duplicate_key_warnings';
const ALLOWED_DUPLICATE_KEYS = new Set(['report-uri', 'report-to']);
/** The scanner's meta list (src/analyzer/cspParser.js); it keeps report-to, which browsers ignore too. */
const DIRECTIVES_DISALLOWED_IN_META = ['frame-ancestors', 'report-uri', 'sandbox'];

function pathPartMatch(pathA: string, pathB: string): boolean {
  if (pathA.length === 0) return true;
  if (pathA === '/' && pathB.length === 0) return true;
  const exactMatch = !pathA.endsWith('/');
  const partsA = pathA.split('/');
  const partsB = pathB.split('/');
  if (partsA.length > partsB.length) return false;
  if (exactMatch && partsA.length !== partsB.length) return false;
  if (!exactMatch) partsA.pop();
  return partsA.every((part, i) => partsB[i] !== undefined && safeDecode(part) === safeDecode(partsB[i]));
}
function safeDecode(part: string | undefined): string {
  try {
    return decodeURIComponent(part ?? '');
  } catch {
    return part ?? '';
  }
}

/**
 * Several policies (header values, then meta elements) combine as the browser enforces them: a
 * source counts only if every policy that names the directive allows it. Throws on an unparseable
 * policy or a repeated directive, which the scanner grades as an invalid header.
 */
export function parseCsp(policies: readonly string[]): Csp {
  const clean = policies.map((p) => p.replaceAll(/[\r\n]/g, '').trim());
  if (clean.length === 0) return new Map();
  for (const p of clean) if (p.length < 'img-src'.length - 1) throw new Error(`Invalid policy: ${p}`);
  type Source = { source: string; index: number; keep: boolean };
  const csp = new Map<string, Source[]>();
  const duplicates = new Set<string>();
  clean.forEach((policy, policyIndex) => {
    const seen = new Set<string>();
    for (const [directiveEntry, ...valueEntries] of policy.split(';').map((entry) => entry.trim().split(/\s+/))) {
      if (!directiveEntry) continue;
      const directive = directiveEntry.toLowerCase();
      if (seen.has(directive)) {
        if (ALLOWED_DUPLICATE_KEYS.has(directive)) duplicates.add(directive);
        else throw new Error(`Duplicate directive ${directive} in policy ${policyIndex}`);
      } else seen.add(directive);
      const keep = policyIndex === 0;
      const values: Source[] =
        valueEntries.length > 0
          ? valueEntries.map((raw) => ({ source: raw.trim().toLocaleLowerCase(), index: policyIndex, keep }))
          : directive.endsWith('-src')
            ? [{ source: "'none'", index: policyIndex, keep }]
            : [];
      const combined = policyIndex === 0 ? [...values] : [...(csp.get(directive) ?? []), ...values];
      combined.sort((a, b) => a.source.localeCompare(b.source, 'en'));
      for (let i = 1; i < combined.length; i++) {
        const source = combined[i];
        const prev = combined[i - 1];
        if (!source || !prev) continue;
        if (source.index === prev.index && source.source.startsWith(prev.source)) source.keep = false;
        if (source.index !== prev.index && pathPartMatch(prev.source, source.source)) source.keep = true;
      }
      csp.set(
        directive,
        combined.filter((s) => s.keep),
      );
      if (policyIndex === 0 && policies.length > 1) for (const s of csp.get(directive) ?? []) s.keep = false;
    }
  });
  const result: Csp = new Map(
    [...csp].map(([directive, sources]) => [directive, sources.length > 0 ? new Set(sources.map((s) => s.source)) : new Set(["'none'"])]),
  );
  if (duplicates.size > 0) result.set(DUPLICATE_WARNINGS_KEY, duplicates);
  return result;
}

function parseCspMeta(policies: readonly string[]): Csp {
  const csp = parseCsp(policies);
  for (const directive of DIRECTIVES_DISALLOWED_IN_META) csp.delete(directive);
  return csp;
}

// ---------------------------------------------------------------------------------------------
// src/analyzer/tests/*.js

const DANGEROUSLY_BROAD = new Set(['ftp:', 'http:', 'https:', '*', 'http://*', 'http://*.*', 'https://*', 'https://*.*']);
const UNSAFE_INLINE = new Set(["'unsafe-inline'", 'data:']);
const BROAD_OR_UNSAFE_INLINE = new Set([...DANGEROUSLY_BROAD, ...UNSAFE_INLINE]);
const NONCES_HASHES = ["'sha256-", "'sha384-", "'sha512-", "'nonce-"];
const hasNonceOrHash = (sources: Iterable<string>) => [...sources].some((s) => NONCES_HASHES.some((prefix) => s.startsWith(prefix)));
const splitPolicies = (values: readonly string[]) => values.flatMap((v) => v.split(',').map((s) => s.trim()));

interface CspOutcome {
  result: string;
  pass: boolean;
  /** The combined policy, when it parsed (the X-Frame-Options test reads frame-ancestors from it). */
  data: Csp | null;
}

function cspTest(page: Page): CspOutcome {
  const httpPolicies = splitPolicies(headerValues(page.response, 'content-security-policy'));
  const metaPolicies = splitPolicies(page.metaCsp);
  let csp: Csp;
  try {
    csp = parseCsp([...httpPolicies, ...metaPolicies]);
  } catch {
    return { result: 'csp-header-invalid', pass: false, data: null };
  }
  const attempt = (parse: () => Csp) => {
    try {
      return parse();
    } catch {
      return new Map<string, Set<string>>();
    }
  };
  const headerOnly = attempt(() => parseCsp(httpPolicies));
  const meta = attempt(() => parseCspMeta(metaPolicies));
  if (headerOnly.size + meta.size === 0) {
    const reportOnly = firstHeader(page.response, 'content-security-policy-report-only');
    return { result: reportOnly ? 'csp-not-implemented-but-reporting-enabled' : 'csp-not-implemented', pass: false, data: null };
  }
  // The same Set objects as in the policy, as in the scanner: removing sources from script-src below
  // (nonces, 'strict-dynamic') also removes them from default-src when script-src falls back to it.
  const objectSrc = csp.get('object-src') ?? csp.get('default-src') ?? new Set(['*']);
  const scriptSrc = csp.get('script-src') ?? csp.get('default-src') ?? new Set(['*']);
  const styleSrc = csp.get('style-src') ?? csp.get('default-src') ?? new Set(['*']);
  for (const list of [scriptSrc, styleSrc]) if (hasNonceOrHash(list) && list.has("'unsafe-inline'")) list.delete("'unsafe-inline'");
  let result: string | null = null;
  if (hasNonceOrHash(scriptSrc) && scriptSrc.has("'strict-dynamic'")) {
    for (const source of [...scriptSrc])
      if ([...DANGEROUSLY_BROAD].some((b) => source.startsWith(b)) || source === "'self'" || source === "'unsafe-inline'")
        scriptSrc.delete(source);
  } else if (scriptSrc.has("'strict-dynamic'")) result = 'csp-header-invalid';
  const passive = new Set(['img-src', 'media-src']);
  const activeSources = [
    ...[...csp].filter(([directive]) => !passive.has(directive) && directive !== 'script-src').flatMap(([, sources]) => [...sources]),
    ...scriptSrc,
  ];
  const passiveSources = [...passive].flatMap((d) => [...(csp.get(d) ?? csp.get('default-src') ?? new Set<string>())]);
  const insecure = (sources: string[]) =>
    page.url.protocol === 'https:' && sources.some((s) => s.startsWith('http:') || s.startsWith('ftp:'));
  const setOnce = (value: string) => (result ??= value);
  if ([...scriptSrc].some((s) => BROAD_OR_UNSAFE_INLINE.has(s)) || [...objectSrc].some((s) => DANGEROUSLY_BROAD.has(s)))
    setOnce('csp-implemented-with-unsafe-inline');
  if (insecure(activeSources)) setOnce('csp-implemented-with-insecure-scheme');
  if (scriptSrc.has("'unsafe-eval'") || styleSrc.has("'unsafe-eval'")) setOnce('csp-implemented-with-unsafe-eval');
  if (insecure(passiveSources)) setOnce('csp-implemented-with-insecure-scheme-in-passive-content-only');
  if ([...styleSrc].some((s) => BROAD_OR_UNSAFE_INLINE.has(s))) setOnce('csp-implemented-with-unsafe-inline-in-style-src-only');
  const defaultSrc = csp.get('default-src');
  let outcome = setOnce(
    defaultSrc?.has("'none'") && defaultSrc.size === 1
      ? 'csp-implemented-with-no-unsafe-default-src-none'
      : 'csp-implemented-with-no-unsafe',
  );
  const pass = [
    'csp-implemented-with-no-unsafe',
    'csp-implemented-with-no-unsafe-default-src-none',
    'csp-implemented-with-unsafe-inline-in-style-src-only',
    'csp-implemented-with-insecure-scheme-in-passive-content-only',
  ].includes(outcome);
  if (pass && csp.has(DUPLICATE_WARNINGS_KEY)) outcome = 'csp-implemented-but-duplicate-directives';
  // frame-ancestors counts from the header only (a meta element cannot carry it).
  const data = new Map(csp);
  data.delete(DUPLICATE_WARNINGS_KEY);
  if (headerOnly.has('frame-ancestors')) data.set('frame-ancestors', headerOnly.get('frame-ancestors') ?? new Set());
  else data.delete('frame-ancestors');
  return { result: outcome, pass, data };
}

/** The most severe result wins ("onlyIfWorse" with the test's order, best first). */
const worse = (next: string, current: string | null, order: readonly string[]) =>
  current === null || order.indexOf(next) > order.indexOf(current) ? next : current;

interface Cookie {
  name: string;
  secure: boolean;
  httpOnly: boolean;
  sameSite: string | null;
}
function parseSetCookie(header: string): Cookie {
  const [pair = '', ...attributes] = header.split(';');
  const attribute = (name: string) => attributes.map((a) => a.trim().split('=')).find(([key]) => key?.trim().toLowerCase() === name);
  return {
    name: pair.split('=')[0]?.trim() ?? '',
    secure: attribute('secure') !== undefined,
    httpOnly: attribute('httponly') !== undefined,
    sameSite: attribute('samesite')?.[1]?.trim() ?? null,
  };
}

function cookiesTest(input: ObservatoryInput, hstsPasses: boolean): TestResult['result'] {
  const order = [
    'cookies-without-secure-flag-but-protected-by-hsts',
    'cookies-without-secure-flag',
    'cookies-session-without-secure-flag-but-protected-by-hsts',
    'cookies-samesite-flag-invalid',
    'cookies-anticsrf-without-samesite-flag',
    'cookies-session-without-httponly-flag',
    'cookies-session-without-secure-flag',
  ];
  let result: string | null = null;
  for (const raw of input.setCookies) {
    const sameSite = parseSetCookie(raw).sameSite;
    const invalid =
      raw.split(';').some((part) => part.trim().split('=')[0]?.trim().toLowerCase() === 'samesite') &&
      (!sameSite || !['lax', 'strict', 'none'].includes(sameSite.toLowerCase()));
    if (invalid) result = worse('cookies-samesite-flag-invalid', result, order);
  }
  // A cookie jar keeps the last cookie of each name.
  const byName = new Map(input.setCookies.map(parseSetCookie).map((c) => [c.name, c]));
  const cookies = [...byName.values()].filter((c) => c.name && c.name !== 'heroku-session-affinity');
  if (cookies.length === 0) return 'cookies-not-found';
  let missingSameSite = false;
  for (const cookie of cookies) {
    const session = ['login', 'sess'].some((s) => cookie.name.toLowerCase().includes(s));
    const antiCsrf = cookie.name.toLowerCase().includes('csrf');
    if (!cookie.secure && cookie.sameSite?.toLowerCase() === 'none') result = worse('cookies-samesite-flag-invalid', result, order);
    if (!cookie.secure)
      result = worse(hstsPasses ? 'cookies-without-secure-flag-but-protected-by-hsts' : 'cookies-without-secure-flag', result, order);
    if (antiCsrf && !cookie.sameSite) result = worse('cookies-anticsrf-without-samesite-flag', result, order);
    if (session && !cookie.secure)
      result = worse(
        hstsPasses ? 'cookies-session-without-secure-flag-but-protected-by-hsts' : 'cookies-session-without-secure-flag',
        result,
        order,
      );
    if (session && !cookie.httpOnly) result = worse('cookies-session-without-httponly-flag', result, order);
    if (!cookie.sameSite) missingSameSite = true;
  }
  return result ?? (missingSameSite ? 'cookies-secure-with-httponly-sessions' : 'cookies-secure-with-httponly-sessions-and-samesite');
}

/**
 * A structured-field token (RFC 8941 item), as the scanner reads COOP and COEP: parameters after `;`
 * are allowed, a quoted string or anything else is not a token.
 */
function structuredFieldToken(value: string): string | null {
  const match = /^([A-Za-z*][A-Za-z0-9:/!#$%&'*+\-.^_`|~]*)((?:; *[a-z*][a-z0-9_\-.*]*(?:=[^;]*)?)*)$/.exec(value.trim());
  return match?.[1] ?? null;
}

function policyTokenTest(page: Page, header: string, prefix: string, values: readonly string[]): string {
  const headers = headerValues(page.response, header);
  if (headers.length === 0) return `${prefix}-not-implemented`;
  if (headers.length > 1) return `${prefix}-header-invalid`;
  const token = structuredFieldToken((headers[0] ?? '').slice(0, 1024));
  return token !== null && values.includes(token) ? `${prefix}-implemented-with-${token}` : `${prefix}-header-invalid`;
}

function corsTest(input: ObservatoryInput): string {
  const allowOrigin = firstHeader(input.corsPreflight, 'access-control-allow-origin');
  if (!allowOrigin) return 'cross-origin-resource-sharing-not-implemented';
  const value = allowOrigin.slice(0, 256).trim().toLowerCase();
  if (value === '*') return 'cross-origin-resource-sharing-implemented-with-public-access';
  const credentials = firstHeader(input.corsPreflight, 'access-control-allow-credentials');
  if (allowOrigin === CORS_ORIGIN && credentials?.toLowerCase().trim() === 'true')
    return 'cross-origin-resource-sharing-implemented-with-universal-access';
  return 'cross-origin-resource-sharing-implemented-with-restricted-access';
}

function redirectionTest(input: ObservatoryInput): string {
  const chain = input.httpChain;
  if (!chain || chain.length === 0) return 'redirection-not-needed-no-http';
  if (!input.certificateVerified) return 'redirection-invalid-cert';
  if (input.hstsPreloaded) return 'redirection-all-redirects-preloaded';
  const route = chain.map((r) => new URL(r.url));
  if (route.length === 1) return 'redirection-missing';
  if (route.at(-1)?.protocol !== 'https:') return 'redirection-not-to-https';
  if (route[1]?.protocol === 'http:') return 'redirection-not-to-https-on-initial-redirection';
  if (route[0]?.protocol === 'http:' && route[1]?.protocol === 'https:' && route[0].hostname !== route[1].hostname)
    return 'redirection-off-host-from-http';
  return 'redirection-to-https';
}

function referrerTest(page: Page): { result: string; pass: boolean } {
  const good = ['no-referrer', 'same-origin', 'strict-origin', 'strict-origin-when-cross-origin'];
  const bad = ['origin', 'origin-when-cross-origin', 'unsafe-url', 'no-referrer-when-downgrade'];
  const values = [...headerValues(page.response, 'referrer-policy'), ...page.metaReferrer];
  if (values.length === 0) return { result: 'referrer-policy-not-implemented', pass: true };
  // The last valid policy wins (a meta element after the header).
  const policy =
    values
      .join(', ')
      .split(',')
      .map((p) => p.trim().toLowerCase())
      .filter((p) => good.includes(p) || bad.includes(p))
      .at(-1) ?? '';
  const result = good.includes(policy)
    ? 'referrer-policy-private'
    : bad.includes(policy)
      ? 'referrer-policy-unsafe'
      : 'referrer-policy-header-invalid';
  return { result, pass: result === 'referrer-policy-private' };
}

/** 15,768,000 s is six months; the scanner accepts 15,552,000 ("a white lie"). */
export const HSTS_SIX_MONTHS = 15_552_000;

function hstsTest(input: ObservatoryInput): string {
  const response = input.httpsChain?.at(-1) ?? null;
  if (input.hstsPreloaded && response) return 'hsts-preloaded';
  if (!response) return 'hsts-not-implemented-no-https';
  if (!input.certificateVerified) return 'hsts-invalid-cert';
  const header = firstHeader(response, 'strict-transport-security');
  if (header === null) return 'hsts-not-implemented';
  const data = header.slice(0, 1024);
  if (data.includes(',')) return 'hsts-header-invalid';
  const maxAge = data
    .split(';')
    .map((p) => p.trim().toLowerCase())
    .find((p) => p.startsWith('max-age='));
  if (maxAge === undefined) return 'hsts-header-invalid';
  const seconds = Number.parseInt(maxAge.slice(8, 128), 10);
  if (Number.isNaN(seconds)) return 'hsts-header-invalid';
  return seconds < HSTS_SIX_MONTHS ? 'hsts-implemented-max-age-less-than-six-months' : 'hsts-implemented-max-age-at-least-six-months';
}

function sriTest(page: Page): string {
  if (!page.document) return 'sri-not-implemented-response-not-html';
  const scripts = [...page.document.querySelectorAll('script')];
  if (scripts.length === 0) return 'sri-not-implemented-but-no-scripts-loaded';
  const order = [
    'sri-implemented-and-all-scripts-loaded-securely',
    'sri-implemented-and-external-scripts-loaded-securely',
    'sri-implemented-but-external-scripts-not-loaded-securely',
    'sri-not-implemented-but-external-scripts-loaded-securely',
    'sri-not-implemented-and-external-scripts-not-loaded-securely',
    'sri-not-implemented-response-not-html',
  ];
  const host = page.url.hostname;
  const sameDomain = (other: string) => other === host || other.endsWith(`.${host}`) || host.endsWith(`.${other}`);
  let result: string | null = null;
  let foreign = false;
  for (const script of scripts) {
    const src = script.getAttribute('src');
    if (!src) continue;
    const integrity = script.getAttribute('integrity');
    const protocolRelative = /^(\/\/)[^/]/.test(src);
    const full = /^https?:\/\//.test(src);
    const relative = !protocolRelative && !full;
    const sameSecondLevel = protocolRelative || relative || (full && sameDomain(new URL(src).hostname));
    const secureOrigin = relative || (sameSecondLevel && !protocolRelative);
    const secureScheme = (full && new URL(src).protocol === 'https:') || (relative && page.url.protocol === 'https:');
    if (!secureOrigin) {
      foreign = true;
      if (integrity && !secureScheme) result = worse('sri-implemented-but-external-scripts-not-loaded-securely', result, order);
      else if (!integrity && secureScheme) result = worse('sri-not-implemented-but-external-scripts-loaded-securely', result, order);
      else if (!integrity) result = worse('sri-not-implemented-and-external-scripts-not-loaded-securely', result, order);
    } else if (integrity && secureScheme && !result) result = 'sri-implemented-and-all-scripts-loaded-securely';
  }
  return (
    result ??
    (foreign ? 'sri-implemented-and-external-scripts-loaded-securely' : 'sri-not-implemented-but-all-scripts-loaded-from-secure-origin')
  );
}

function xContentTypeOptionsTest(page: Page): string {
  const header = firstHeader(page.response, 'x-content-type-options');
  if (header === null) return 'x-content-type-options-not-implemented';
  return header.slice(0, 256).trim().toLowerCase() === 'nosniff'
    ? 'x-content-type-options-nosniff'
    : 'x-content-type-options-header-invalid';
}

function xFrameOptionsTest(page: Page, csp: CspOutcome): string {
  if (csp.data?.has('frame-ancestors')) return 'x-frame-options-implemented-via-csp';
  const header = firstHeader(page.response, 'x-frame-options');
  if (header === null) return 'x-frame-options-not-implemented';
  const value = header.slice(0, 1024).trim().toLowerCase();
  if (value === 'deny' || value === 'sameorigin') return 'x-frame-options-sameorigin-or-deny';
  return value.startsWith('allow-from') ? 'x-frame-options-allow-from-origin' : 'x-frame-options-header-invalid';
}

function corpTest(page: Page): string {
  const header = headerValues(page.response, 'cross-origin-resource-policy').join(', ');
  if (!header) return 'corp-not-implemented';
  const value = header.slice(0, 256).trim().toLowerCase();
  return (
    {
      'same-site': 'corp-implemented-with-same-site',
      'same-origin': 'corp-implemented-with-same-origin',
      'cross-origin': 'corp-implemented-with-cross-origin',
    }[value] ?? 'corp-header-invalid'
  );
}

/** The results that pass each test (its expectation and the extra ones its source lists). */
const PASSING: Readonly<Record<string, readonly string[]>> = {
  cookies: ['cookies-not-found', 'cookies-secure-with-httponly-sessions-and-samesite', 'cookies-secure-with-httponly-sessions'],
  'cross-origin-embedder-policy': [
    'coep-not-implemented',
    'coep-implemented-with-require-corp',
    'coep-implemented-with-credentialless',
    'coep-implemented-with-unsafe-none',
  ],
  'cross-origin-opener-policy': [
    'coop-not-implemented',
    'coop-implemented-with-same-origin',
    'coop-implemented-with-same-origin-allow-popups',
    'coop-implemented-with-noopener-allow-popups',
    'coop-implemented-with-unsafe-none',
  ],
  'cross-origin-resource-sharing': [
    'cross-origin-resource-sharing-not-implemented',
    'cross-origin-resource-sharing-implemented-with-public-access',
    'cross-origin-resource-sharing-implemented-with-restricted-access',
  ],
  redirection: ['redirection-to-https', 'redirection-not-needed-no-http', 'redirection-all-redirects-preloaded'],
  'strict-transport-security': ['hsts-implemented-max-age-at-least-six-months', 'hsts-preloaded'],
  'subresource-integrity': [
    'sri-implemented-and-all-scripts-loaded-securely',
    'sri-implemented-and-external-scripts-loaded-securely',
    'sri-not-implemented-response-not-html',
    'sri-not-implemented-but-all-scripts-loaded-from-secure-origin',
    'sri-not-implemented-but-no-scripts-loaded',
  ],
  'x-content-type-options': ['x-content-type-options-nosniff'],
  'x-frame-options': ['x-frame-options-allow-from-origin', 'x-frame-options-sameorigin-or-deny', 'x-frame-options-implemented-via-csp'],
  'cross-origin-resource-policy': [
    'corp-not-implemented',
    'corp-implemented-with-same-site',
    'corp-implemented-with-same-origin',
    'corp-implemented-with-cross-origin',
  ],
};

export function gradeForScore(score: number): string {
  const key = Math.min(Math.max(score, 0) - (Math.max(score, 0) % 5), 100);
  return GRADES.find(([minimum]) => key >= minimum)?.[1] ?? 'F';
}

/** Grades a scan like the Observatory (src/scanner/index.js, analyzeScan). */
export function observatoryScore(input: ObservatoryInput): ObservatoryResult {
  const chain = input.httpsChain?.length ? input.httpsChain : input.httpChain;
  const last = chain?.at(-1);
  if (!chain?.[0] || !last) throw new Error('The site seems to be down.');
  if (last.status < 200 || (last.status >= 400 && ![401, 403].includes(last.status)))
    throw new Error(`Site did respond with an unexpected HTTP status code ${last.status}.`);
  const page = readPage(last, chain[0].url);
  const csp = cspTest(page);
  const hsts = hstsTest(input);
  const referrer = referrerTest(page);
  const results: Record<string, { result: string; pass?: boolean }> = {
    'content-security-policy': csp,
    cookies: { result: cookiesTest(input, PASSING['strict-transport-security']?.includes(hsts) ?? false) },
    'cross-origin-embedder-policy': {
      result: policyTokenTest(page, 'cross-origin-embedder-policy', 'coep', ['require-corp', 'credentialless', 'unsafe-none']),
    },
    'cross-origin-opener-policy': {
      result: policyTokenTest(page, 'cross-origin-opener-policy', 'coop', [
        'same-origin',
        'same-origin-allow-popups',
        'noopener-allow-popups',
        'unsafe-none',
      ]),
    },
    'cross-origin-resource-sharing': { result: corsTest(input) },
    redirection: { result: redirectionTest(input) },
    'referrer-policy': referrer,
    'strict-transport-security': { result: hsts },
    'subresource-integrity': { result: sriTest(page) },
    'x-content-type-options': { result: xContentTypeOptionsTest(page) },
    'x-frame-options': { result: xFrameOptionsTest(page, csp) },
    'cross-origin-resource-policy': { result: corpTest(page) },
  };
  const tests: Record<string, TestResult> = {};
  let withExtraCredit = 100;
  let uncurved = 100;
  for (const [name, { result, pass }] of Object.entries(results)) {
    const scoreModifier = MODIFIERS[result] ?? 0;
    tests[name] = { result, pass: pass ?? PASSING[name]?.includes(result) ?? false, scoreModifier };
    withExtraCredit += scoreModifier;
    if (scoreModifier < 0) uncurved += scoreModifier;
  }
  const score = Math.max(uncurved >= MINIMUM_SCORE_FOR_EXTRA_CREDIT ? withExtraCredit : uncurved, 0);
  const testsPassed = Object.values(tests).filter((t) => t.pass).length;
  return { grade: gradeForScore(score), score, testsPassed, testsFailed: Object.keys(tests).length - testsPassed, tests };
}
