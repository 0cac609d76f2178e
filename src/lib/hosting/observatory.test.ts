import { describe, expect, it } from 'vitest';
import { CORS_ORIGIN, gradeForScore, observatoryScore, parseCsp, type ObservatoryInput, type ObservedResponse } from './observatory.ts';
import { META_CONTENT_SECURITY_POLICY, SECURITY_HEADERS } from './securityHeaders.ts';

const HOST = 'kompass.test';
const lowerCase = (headers: Record<string, string>) => Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));
const SITE_HEADERS = { ...lowerCase(SECURITY_HEADERS), 'content-type': 'text/html; charset=utf-8' };
const html = (head: string) =>
  `<!doctype html><html lang="de"><head><meta charset="utf-8">${head}<script type="module" src="/_astro/page.js"></script></head><body></body></html>`;
const SITE_BODY = html(`<meta http-equiv="Content-Security-Policy" content="${META_CONTENT_SECURITY_POLICY}">`);

const page = (headers: Record<string, string> = SITE_HEADERS, body = SITE_BODY, url = `https://${HOST}/`): ObservedResponse => ({
  url,
  status: 200,
  headers,
  body,
});
const redirect = (from: string, to: string): ObservedResponse => ({ url: from, status: 301, headers: { ...SITE_HEADERS, location: to } });

/** The site as deploy/nginx.conf serves it: http:// redirects to the same host on https://. */
const site = (overrides: Partial<ObservatoryInput> = {}, pageResponse = page()): ObservatoryInput => ({
  httpChain: [redirect(`http://${HOST}/`, `https://${HOST}/`), pageResponse],
  httpsChain: [pageResponse],
  certificateVerified: true,
  corsPreflight: { url: `https://${HOST}/`, status: 405, headers: SITE_HEADERS },
  setCookies: [],
  ...overrides,
});
/** The site with changed headers and a page without the meta policy, which would narrow a changed header policy. */
const withHeaders = (changes: Record<string, string | undefined>) => {
  const headers: Record<string, string> = { ...SITE_HEADERS };
  for (const [name, value] of Object.entries(changes)) {
    if (value === undefined) delete headers[name];
    else headers[name] = value;
  }
  return site({}, page(headers, html('')));
};
const resultOf = (input: ObservatoryInput, test: string) => observatoryScore(input).tests[test]?.result;

describe('Observatory score', () => {
  it("grades the site's headers, meta policy and redirect A+ (140) with every test passed", () => {
    const result = observatoryScore(site());
    expect(result).toMatchObject({ grade: 'A+', score: 140, testsPassed: 12, testsFailed: 0 });
    // The results the scanner's own code (commit 94042bb) gave the nginx test server.
    expect(Object.fromEntries(Object.entries(result.tests).map(([name, t]) => [name, t.result]))).toEqual({
      'content-security-policy': 'csp-implemented-with-no-unsafe-default-src-none',
      cookies: 'cookies-not-found',
      'cross-origin-embedder-policy': 'coep-not-implemented',
      'cross-origin-opener-policy': 'coop-implemented-with-same-origin',
      'cross-origin-resource-sharing': 'cross-origin-resource-sharing-not-implemented',
      redirection: 'redirection-to-https',
      'referrer-policy': 'referrer-policy-private',
      'strict-transport-security': 'hsts-implemented-max-age-at-least-six-months',
      'subresource-integrity': 'sri-not-implemented-but-all-scripts-loaded-from-secure-origin',
      'x-content-type-options': 'x-content-type-options-nosniff',
      'x-frame-options': 'x-frame-options-implemented-via-csp',
      'cross-origin-resource-policy': 'corp-implemented-with-same-origin',
    });
  });

  it('grades the former HTTP-only configuration C+, failing redirection and HSTS (as the issue reports)', () => {
    const http = page(SITE_HEADERS, SITE_BODY, `http://${HOST}/`);
    const result = observatoryScore(site({ httpChain: [http], httpsChain: null }, http));
    expect(result).toMatchObject({ grade: 'C+', score: 60, testsFailed: 2 });
    expect(result.tests['redirection']?.result).toBe('redirection-missing');
    expect(result.tests['strict-transport-security']?.result).toBe('hsts-not-implemented-no-https');
  });

  it('fails HSTS and redirection when the certificate does not verify', () => {
    const result = observatoryScore(site({ certificateVerified: false }));
    expect(result.tests['strict-transport-security']?.result).toBe('hsts-invalid-cert');
    expect(result.tests['redirection']?.result).toBe('redirection-invalid-cert');
    expect(result.grade).toBe('C+');
  });

  it('adds extra credit only when the score without it is at least 90 (A), and A+ can hide a failed test', () => {
    const inline = observatoryScore(
      withHeaders({ 'content-security-policy': "default-src 'none'; script-src 'self' 'unsafe-inline'; frame-ancestors 'none'" }),
    );
    expect(inline.tests['content-security-policy']).toEqual({
      result: 'csp-implemented-with-unsafe-inline',
      pass: false,
      scoreModifier: -20,
    });
    expect(inline).toMatchObject({ score: 80, grade: 'B+' });
    const evalPolicy = observatoryScore(
      withHeaders({ 'content-security-policy': "default-src 'none'; script-src 'self' 'unsafe-eval'; frame-ancestors 'none'" }),
    );
    expect(evalPolicy).toMatchObject({ score: 120, grade: 'A+', testsFailed: 1 });
  });

  it("treats 'wasm-unsafe-eval' (Pagefind) as safe and rewards default-src 'none' over 'self'", () => {
    expect(resultOf(site(), 'content-security-policy')).toBe('csp-implemented-with-no-unsafe-default-src-none');
    const self = observatoryScore(
      withHeaders({
        'content-security-policy': "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; object-src 'none'; frame-ancestors 'none'",
      }),
    );
    expect(self.tests['content-security-policy']?.result).toBe('csp-implemented-with-no-unsafe');
    expect(self.score).toBe(135);
  });

  it('grades the policy that header and meta element enforce together: a meta element can only narrow it', () => {
    const looserMeta = html(
      `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'self' 'unsafe-inline' https:">`,
    );
    expect(resultOf(site({}, page(SITE_HEADERS, looserMeta)), 'content-security-policy')).toBe(
      'csp-implemented-with-no-unsafe-default-src-none',
    );
    expect(parseCsp(["script-src 'self' 'wasm-unsafe-eval'", "script-src 'self' 'unsafe-inline'"]).get('script-src')).toEqual(
      new Set(["'self'"]),
    );
  });

  it('counts frame-ancestors only from the header: a meta-only policy loses clickjacking protection', () => {
    const metaOnly = withHeaders({ 'content-security-policy': undefined });
    const onlyMeta = site(
      {},
      page(
        metaOnly.httpsChain?.[0]?.headers as Record<string, string>,
        html(`<meta http-equiv="Content-Security-Policy" content="${META_CONTENT_SECURITY_POLICY}; frame-ancestors 'none'">`),
      ),
    );
    const result = observatoryScore(onlyMeta);
    expect(result.tests['content-security-policy']?.pass).toBe(true);
    expect(result.tests['x-frame-options']?.result).toBe('x-frame-options-not-implemented');
  });

  it('refuses repeated directives and a missing policy', () => {
    expect(resultOf(withHeaders({ 'content-security-policy': "default-src 'none'; default-src 'self'" }), 'content-security-policy')).toBe(
      'csp-header-invalid',
    );
    const none = site(
      {},
      page(withHeaders({ 'content-security-policy': undefined }).httpsChain?.[0]?.headers as Record<string, string>, html('')),
    );
    expect(observatoryScore(none).tests['content-security-policy']).toEqual({
      result: 'csp-not-implemented',
      pass: false,
      scoreModifier: -25,
    });
  });

  it('wants HSTS for at least six months (15,552,000 s)', () => {
    expect(resultOf(withHeaders({ 'strict-transport-security': 'max-age=15552000' }), 'strict-transport-security')).toBe(
      'hsts-implemented-max-age-at-least-six-months',
    );
    expect(resultOf(withHeaders({ 'strict-transport-security': 'max-age=15551999' }), 'strict-transport-security')).toBe(
      'hsts-implemented-max-age-less-than-six-months',
    );
    expect(resultOf(withHeaders({ 'strict-transport-security': undefined }), 'strict-transport-security')).toBe('hsts-not-implemented');
    expect(resultOf(withHeaders({ 'strict-transport-security': 'max-age=1, max-age=2' }), 'strict-transport-security')).toBe(
      'hsts-header-invalid',
    );
  });

  it('wants http:// to redirect to the same host on https:// first', () => {
    const final = page();
    const offHost = site({
      httpChain: [redirect(`http://${HOST}/`, 'https://www.kompass.test/'), { ...final, url: 'https://www.kompass.test/' }],
    });
    expect(resultOf(offHost, 'redirection')).toBe('redirection-off-host-from-http');
    const httpFirst = site({
      httpChain: [redirect(`http://${HOST}/`, `http://www.${HOST}/`), redirect(`http://www.${HOST}/`, `https://${HOST}/`), final],
    });
    expect(resultOf(httpFirst, 'redirection')).toBe('redirection-not-to-https-on-initial-redirection');
    expect(resultOf(site({ httpChain: [{ ...final, url: `http://${HOST}/` }] }), 'redirection')).toBe('redirection-missing');
    expect(resultOf(site({ httpChain: null }), 'redirection')).toBe('redirection-not-needed-no-http');
  });

  it('checks nosniff, the referrer policy, X-Frame-Options, CORP, COOP and COEP', () => {
    expect(observatoryScore(withHeaders({ 'x-content-type-options': undefined })).tests['x-content-type-options']).toEqual({
      result: 'x-content-type-options-not-implemented',
      pass: false,
      scoreModifier: -5,
    });
    expect(resultOf(withHeaders({ 'referrer-policy': 'unsafe-url' }), 'referrer-policy')).toBe('referrer-policy-unsafe');
    expect(resultOf(withHeaders({ 'referrer-policy': 'unsafe-url, no-referrer' }), 'referrer-policy')).toBe('referrer-policy-private');
    const noFrameAncestors = withHeaders({ 'content-security-policy': "default-src 'none'" });
    expect(resultOf(noFrameAncestors, 'x-frame-options')).toBe('x-frame-options-not-implemented');
    expect(observatoryScore(noFrameAncestors)).toMatchObject({ score: 80, grade: 'B+' });
    expect(observatoryScore(withHeaders({ 'cross-origin-resource-policy': undefined })).score).toBe(130);
    expect(resultOf(withHeaders({ 'cross-origin-opener-policy': 'same-origin; report-to="a"' }), 'cross-origin-opener-policy')).toBe(
      'coop-implemented-with-same-origin',
    );
    expect(resultOf(withHeaders({ 'cross-origin-opener-policy': '"same-origin"' }), 'cross-origin-opener-policy')).toBe(
      'coop-header-invalid',
    );
    expect(observatoryScore(withHeaders({ 'cross-origin-embedder-policy': 'require-corp' })).score).toBe(150);
  });

  it('fails cookies without Secure and HttpOnly, and universal CORS', () => {
    expect(resultOf(site({ setCookies: ['sessionid=1'] }), 'cookies')).toBe('cookies-session-without-httponly-flag');
    expect(resultOf(site({ setCookies: ['theme=dark; Secure; SameSite=Lax'] }), 'cookies')).toBe(
      'cookies-secure-with-httponly-sessions-and-samesite',
    );
    const universal = site({
      corsPreflight: {
        url: `https://${HOST}/`,
        status: 200,
        headers: { 'access-control-allow-origin': CORS_ORIGIN, 'access-control-allow-credentials': 'true' },
      },
    });
    expect(observatoryScore(universal).tests['cross-origin-resource-sharing']).toMatchObject({ pass: false, scoreModifier: -50 });
  });

  it('fails scripts from other sites over HTTP without integrity', () => {
    const external = page(SITE_HEADERS, html('<script src="http://cdn.example.org/x.js"></script>'));
    expect(resultOf(site({}, external), 'subresource-integrity')).toBe('sri-not-implemented-and-external-scripts-not-loaded-securely');
  });

  it('maps scores to grades as the scanner does', () => {
    expect([150, 100, 99, 90, 85, 60, 59, 50, 20, 0, -10].map(gradeForScore)).toEqual([
      'A+',
      'A+',
      'A',
      'A',
      'A-',
      'C+',
      'C',
      'C',
      'F',
      'F',
      'F',
    ]);
  });

  it('stops, like the scanner, when the site does not answer or answers with an error', () => {
    expect(() => observatoryScore(site({ httpChain: null, httpsChain: null }))).toThrow('down');
    expect(() => observatoryScore(site({}, { ...page(), status: 500 }))).toThrow('500');
  });
});
