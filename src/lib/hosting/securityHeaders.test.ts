import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, HEADER_ONLY_CSP_DIRECTIVES, META_CONTENT_SECURITY_POLICY, SECURITY_HEADERS } from './securityHeaders.ts';

/** A policy's directives in order, whitespace normalised. */
const directives = (policy: string) => policy.split(';').map((d) => d.trim().split(/\s+/).join(' '));

describe('security headers', () => {
  it('send the policy as a header', () => {
    expect(SECURITY_HEADERS['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY);
  });

  it('give the meta element every directive of the header except those a meta element cannot carry', () => {
    const header = directives(CONTENT_SECURITY_POLICY);
    const meta = directives(META_CONTENT_SECURITY_POLICY);
    expect(meta).toEqual(header.filter((d) => !HEADER_ONLY_CSP_DIRECTIVES.has(d.split(' ')[0] ?? '')));
    expect(meta.length).toBe(header.length - 1);
    expect(META_CONTENT_SECURITY_POLICY).not.toMatch(/frame-ancestors|report-uri|report-to|sandbox/);
    expect(META_CONTENT_SECURITY_POLICY).toMatch(/^default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; /);
  });

  it('names exactly the directives that CSP Level 3 ignores in a meta element, and report-to', () => {
    expect([...HEADER_ONLY_CSP_DIRECTIVES].sort()).toEqual(['frame-ancestors', 'report-to', 'report-uri', 'sandbox']);
  });

  it('keep the policy safe to put into an HTML attribute', () => {
    expect(META_CONTENT_SECURITY_POLICY).not.toMatch(/["<>&]/);
  });

  it('ask browsers to keep HTTPS for at least six months (the Observatory) and not preload', () => {
    const hsts = SECURITY_HEADERS['Strict-Transport-Security'] ?? '';
    expect(Number(/max-age=(\d+)/.exec(hsts)?.[1])).toBeGreaterThanOrEqual(15_552_000);
    expect(hsts).toBe('max-age=63072000; includeSubDomains');
  });
});
